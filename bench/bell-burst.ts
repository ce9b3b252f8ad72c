// Bell burst: students released at the same instant, each joining the class, opening the
// assignment, saving answers one after another and submitting — through the same HTTP endpoints
// the browser uses — against the production build. Prints requests, errors and latency
// percentiles per step; the same shape of load on a trivial route of the same app in the same
// run (so Evident's own cost reads as a ratio on a busy, shared machine); and, read from the
// database afterwards, lost = acknowledged saves missing or older, duplicates, integrity.
//
// Usage: npm run build && npx tsx --conditions=react-server bench/bell-burst.ts
//   --db sqlite|postgres|both (sqlite)  --students 300  --answers 10  --think 0 (mean ms between a
//   student's requests; 0 = back to back)  --rounds 1 (bursts per database, each with new students)
//   --join-page 1 (students loaded the join page before the bell, as in class; 0 = they did not)
//   --typing 8000 (ms between loading the join page and the bell: longer than Node's default
//   5 s keep-alive, as a class typing a code and names is)
//   --instances 2 (PostgreSQL only)  BENCH_PORT=3120 (proxy or single instance; instances after it)
import { flag, numberFlag } from "./support/args";
import { runBurst, runTrivial, type Acked } from "./support/burst";
import { startStack } from "./support/stack";
import { line, summarize } from "./support/stats";
import { verify } from "./support/verify";

const STUDENTS = numberFlag("students", 300);
const ANSWERS = numberFlag("answers", 10);
const THINK = numberFlag("think", 0);
const ROUNDS = numberFlag("rounds", 1);
const JOIN_PAGE_OPEN = numberFlag("join-page", 1) === 1;
const dbs = flag("db", "sqlite") === "both" ? (["sqlite", "postgres"] as const) : ([flag("db", "sqlite") as "sqlite" | "postgres"] as const);

let failed = false;
for (const db of dbs) {
  const stack = await startStack({ db, instances: numberFlag("instances", 2) });
  console.log(`\nBell burst — ${stack.label}: ${STUDENTS} students × ${ANSWERS} answers, think ${THINK} ms, ${ROUNDS} round(s), join page ${JOIN_PAGE_OPEN ? "open before the bell" : "not loaded"}`);
  const ackedSaves: Acked[] = [];
  const ackedSubmits: string[] = [];
  let errors = 0;
  let savesP95: number[] = [];
  try {
    // One student first, so first-request work (route loading, the quiz's caches) is not measured.
    await runBurst({ base: stack.base, room: stack.room, students: 1, answers: 2, thinkMs: 0, prefix: "Warm-up" });
    for (let round = 1; round <= ROUNDS; round++) {
      const trivial = summarize(await runTrivial({ base: stack.base, clients: STUDENTS, requests: ANSWERS + 3, thinkMs: THINK }));
      const r = await runBurst({ base: stack.base, room: stack.room, students: STUDENTS, answers: ANSWERS, thinkMs: THINK, prefix: `Round ${round} student`, joinPageOpen: JOIN_PAGE_OPEN, typingMs: numberFlag("typing", 8000) });
      ackedSaves.push(...r.ackedSaves);
      ackedSubmits.push(...r.ackedSubmits);
      const save = summarize(r.save);
      savesP95.push(save.p95);
      errors += [r.join, r.open, r.save, r.submit].reduce((n, s) => n + s.filter((x) => !x.ok).length, 0) + r.unfinished;
      console.log(`\nround ${round} (${(r.wallMs / 1000).toFixed(1)} s)`);
      console.log(line("trivial route", trivial));
      console.log(line("join", summarize(r.join)));
      console.log(line("open assignment", summarize(r.open)));
      console.log(line("autosave", save));
      console.log(line("submit", summarize(r.submit)));
      console.log(`autosave / trivial route: p50 ${(save.p50 / trivial.p50).toFixed(2)}×  p95 ${(save.p95 / trivial.p95).toFixed(2)}×   unfinished students ${r.unfinished}`);
    }
  } finally {
    await stack.stop();
  }
  const v = await verify(stack.target, ackedSaves, ackedSubmits);
  stack.dispose();
  savesP95 = savesP95.sort((a, b) => a - b);
  console.log(`\nacknowledged saves ${ackedSaves.length}, submits ${ackedSubmits.length}; answer rows ${v.answerRows}`);
  console.log(`database: lost ${v.lost}  lost submits ${v.lostSubmits}  duplicates ${v.duplicates}  repeated joins ${v.repeatedJoins}  integrity: ${v.integrity}`);
  console.log(`errors ${errors}; autosave p95 per round: ${savesP95.map((x) => x.toFixed(0)).join(", ")} ms (target < 500 ms on SQLite)`);
  if (v.lost || v.lostSubmits || v.duplicates || errors) failed = true;
}
process.exit(failed ? 1 : 0);
