import "server-only";
import { database } from "./db";
import { ARCHIVE_RETENTION_MS, purgeArchivedClasses } from "./dal/privacy";

const DAY = 24 * 3600_000;

/** Archived classes past the retention period are deleted at start and once a day (decision 0008). */
async function purgeExpired(): Promise<void> {
  try {
    const { db } = await database();
    const purged = await purgeArchivedClasses(db, ARCHIVE_RETENTION_MS);
    if (purged > 0) console.log(JSON.stringify({ event: "retention.purged-classes", count: purged }));
  } catch (e) {
    console.error(JSON.stringify({ event: "retention.failed", error: e instanceof Error ? e.name : "unknown" }));
  }
}

export async function openAtStartup(): Promise<void> {
  try {
    const { dialect } = await database();
    console.log(JSON.stringify({ event: "database.ready", dialect }));
  } catch (e) {
    console.error(`\nEvident cannot start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
  await purgeExpired();
  setInterval(() => void purgeExpired(), DAY).unref();
}
