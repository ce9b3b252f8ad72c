import "server-only";
// Fixed-window counters in the database, so limits hold across app instances.
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema";

/** Counts one attempt under `key`; returns false when the limit for the window is exceeded. */
export async function hit(db: Kysely<Database>, key: string, limit: number, windowMs: number, now = Date.now()): Promise<boolean> {
  const windowStart = now - (now % windowMs);
  await db
    .insertInto("rate_limits")
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql`case when rate_limits.window_start = ${windowStart} then rate_limits.count + 1 else 1 end`,
        window_start: windowStart,
      }),
    )
    .execute();
  const row = await db.selectFrom("rate_limits").select("count").where("key", "=", key).executeTakeFirst();
  return (row?.count ?? 0) <= limit;
}

/** True when `key` is already at its limit in this window: checked before a guess is even looked at. */
export async function exhausted(db: Kysely<Database>, key: string, limit: number, windowMs: number, now = Date.now()): Promise<boolean> {
  const windowStart = now - (now % windowMs);
  const row = await db.selectFrom("rate_limits").select(["count", "window_start"]).where("key", "=", key).executeTakeFirst();
  return !!row && Number(row.window_start) === windowStart && row.count >= limit;
}
