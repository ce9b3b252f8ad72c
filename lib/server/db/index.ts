import "server-only";
// The app's database client: opened once per process from the environment.
import { env } from "../env";
import { openDatabase, type Db } from "./open";

let opening: Promise<Db> | null = null;

export function database(): Promise<Db> {
  if (!opening) {
    const e = env();
    opening = openDatabase({ databaseUrl: e.databaseUrl, dataDir: e.dataDir }).catch((err) => {
      opening = null;
      throw err;
    });
  }
  return opening;
}
