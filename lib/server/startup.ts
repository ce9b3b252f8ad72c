import "server-only";
import { database } from "./db";

export async function openAtStartup(): Promise<void> {
  try {
    const { dialect } = await database();
    console.log(JSON.stringify({ event: "database.ready", dialect }));
  } catch (e) {
    console.error(`\nEvident cannot start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
