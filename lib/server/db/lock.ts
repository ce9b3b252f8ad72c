import "server-only";
// One server process per embedded data folder: two processes writing one SQLite file through
// separate caches is how data gets lost. The lock file holds the owner's pid; a stale lock (its
// process is gone) is taken over.
import path from "node:path";
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";

export class DataFolderLocked extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function acquireDataFolderLock(dataDir: string): () => void {
  const file = path.join(/*turbopackIgnore: true*/ dataDir, "evident.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, "utf8") === String(process.pid)) unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const owner = Number(readFileSync(file, "utf8"));
      if (owner && owner !== process.pid && alive(owner)) {
        throw new DataFolderLocked(
          `Another Evident server (process ${owner}) is already using the data folder ${dataDir}. Stop it first, or set EVIDENT_DATA_DIR to another folder.`,
        );
      }
      if (owner === process.pid) return () => {};
      unlinkSync(file); // stale: its process is gone
    }
  }
  throw new DataFolderLocked(`Could not lock the data folder ${dataDir}.`);
}
