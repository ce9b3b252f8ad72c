// SIGTERM at a random moment of a bell burst: the server stops taking new connections, finishes
// the requests in flight (scripts/server/serve.mjs closes its HTTP server on SIGTERM and exits once the
// open requests are answered), and exits; it is then started again and the browsers retry. Every
// request that got a 2xx must be in the database; the others got an error (retried), never a
// false "saved".
//
// Usage: npm run build && npx tsx --conditions=react-server bench/sigterm.ts
//   --runs 3  --db sqlite|postgres  --students 300  --answers 10  --think 0   BENCH_PORT=3120
import { numberFlag, flag } from "./support/args";
import { crashRun, describe, passed } from "./support/crash";

const runs = numberFlag("runs", 3);
const options = { db: flag("db", "sqlite") as "sqlite" | "postgres", signal: "SIGTERM" as const, students: numberFlag("students", 300), answers: numberFlag("answers", 10), thinkMs: numberFlag("think", 0) };
console.log(`SIGTERM × ${runs} on ${options.db}: ${options.students} students × ${options.answers} answers each run`);
let ok = 0;
for (let i = 1; i <= runs; i++) {
  const r = await crashRun(options);
  // Graceful: the process exits by itself with 143 (128 + SIGTERM) after draining, not by the signal.
  const graceful = r.exit === "exit code 143";
  if (passed(r) && graceful) ok++;
  console.log(describe(i, r) + (graceful ? "" : "   ← did not exit gracefully") + (passed(r) ? "" : "   ← FAILED"));
}
console.log(`\n${ok}/${runs} runs passed (exited gracefully, lost 0, duplicates 0, all students finished, integrity ok)`);
process.exit(ok === runs ? 0 : 1);
