// kill -9 at a random moment of a bell burst, restart, let the students' browsers retry; repeated.
// Each run must end with every acknowledged save and submit in the database (lost 0), nothing
// twice (duplicates 0), every student finished, and the database's integrity check passing.
// "Repeated joins" counts students whose join was committed but whose answer was cut off by the
// crash, so their retry made a second roster entry (reported, not a lost or duplicated answer).
//
// Usage: npm run build && npx tsx --conditions=react-server bench/kill9.ts
//   --runs 10  --db sqlite|postgres (sqlite; postgres kills one of two instances)
//   --students 300  --answers 10  --think 0   BENCH_PORT=3120
import { numberFlag, flag } from "./support/args";
import { crashRun, describe, passed } from "./support/crash";

const runs = numberFlag("runs", 10);
const options = { db: flag("db", "sqlite") as "sqlite" | "postgres", signal: "SIGKILL" as const, students: numberFlag("students", 300), answers: numberFlag("answers", 10), thinkMs: numberFlag("think", 0) };
console.log(`kill -9 × ${runs} on ${options.db}: ${options.students} students × ${options.answers} answers each run`);
let ok = 0;
for (let i = 1; i <= runs; i++) {
  const r = await crashRun(options);
  if (passed(r)) ok++;
  console.log(describe(i, r) + (passed(r) ? "" : "   ← FAILED"));
}
console.log(`\n${ok}/${runs} runs passed (lost 0, duplicates 0, all students finished, integrity ok)`);
process.exit(ok === runs ? 0 : 1);
