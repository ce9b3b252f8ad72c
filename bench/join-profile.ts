// Where one join's time goes. First without HTTP: the statements `joinClass` runs (count and
// median time of each, through Kysely's log) and the whole call. Then against the production
// build, one request at a time (so each figure is the server's own cost, not queueing): the join
// form's server action as the browser sends it, the welcome page's RSC payload on its own, and the
// trivial route. The machine is shared, so every figure is a median.
//
// Usage: npm run build && npx tsx --conditions=react-server bench/join-profile.ts [joins]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../lib/server/db/schema";
import { markDialect } from "../lib/server/db/dialect";
import { joinClass } from "../lib/server/dal/auth";
import { startStack } from "./support/stack";
import { Student } from "./support/student";

const N = Number(process.argv[2] ?? 100);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const stack = await startStack({ db: "sqlite" });
const http = { join: [] as number[], welcome: [] as number[], trivial: [] as number[] };
try {
  const timed = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  for (let i = 0; i < N + 5; i++) {
    const s = new Student(stack.base, `Profile ${i}`);
    const join = await s.join(stack.room.joinCode);
    if (!join.ok) throw new Error(`join ${i} failed with status ${join.status}`);
    const welcome = await timed(async () => {
      const res = await fetch(`${stack.base}/student/welcome`, { headers: { RSC: "1", Cookie: `__Host-evident_session=${s.token}` } });
      if (!res.ok) throw new Error(`welcome page answered ${res.status}`);
      await res.text();
    });
    const trivial = await timed(async () => (await fetch(`${stack.base}/api/health`)).text());
    // The first few warm the route bundles.
    if (i < 5) continue;
    http.join.push(join.ms);
    http.welcome.push(welcome);
    http.trivial.push(trivial);
  }
} finally {
  await stack.stop();
}

// The DAL alone, on a copy of the bench's database, with every statement's duration logged.
const dir = mkdtempSync(path.join(tmpdir(), "evident-join-profile-"));
const sqlite = new SQLite(path.join(stack.target.dataDir!, "evident.sqlite"));
await sqlite.backup(path.join(dir, "evident.sqlite"));
sqlite.close();
stack.dispose();
const copy = new SQLite(path.join(dir, "evident.sqlite"));
copy.pragma("journal_mode = WAL");
copy.pragma("synchronous = FULL");
copy.pragma("foreign_keys = ON");
const byStatement = new Map<string, number[]>();
const db = new Kysely<Database>({
  dialect: new SqliteDialect({ database: copy }),
  log: (e) => {
    const key = e.query.sql.replace(/\s+/g, " ").slice(0, 70);
    byStatement.set(key, [...(byStatement.get(key) ?? []), e.queryDurationMillis]);
  },
});
markDialect(db, "sqlite");
const dal: number[] = [];
for (let i = 0; i < N; i++) {
  const t0 = performance.now();
  await joinClass(db, { joinCode: stack.room.joinCode, displayName: `DAL ${i}`, ip: "profile", joinToken: `profile-join-token-${i}-0123456789` });
  dal.push(performance.now() - t0);
}
await db.destroy();
rmSync(dir, { recursive: true, force: true });

console.log(`${N} joins, one at a time; medians:`);
console.log(`  HTTP: join request ${median(http.join).toFixed(1)} ms   welcome page alone ${median(http.welcome).toFixed(1)} ms   trivial route ${median(http.trivial).toFixed(1)} ms`);
console.log(`  DAL: joinClass ${median(dal).toFixed(2)} ms (including its durable commit)`);
console.log("statements (runs per join, median ms):");
for (const [stmt, ms] of byStatement) console.log(`  ${(ms.length / N).toFixed(2).padStart(5)} × ${median(ms).toFixed(3)} ms  ${stmt}`);
