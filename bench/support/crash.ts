// A server stopped in the middle of a burst — kill -9 (a crash) or SIGTERM (a deploy or a
// shutdown) — at a random moment, then started again while the students' browsers keep retrying.
// Afterwards the database must hold every acknowledged save and submit, exactly once, and pass
// its integrity check. For SIGTERM it also reports what happened to the requests that were in
// flight when the signal came: answered (drained) or cut off (an error, which the browser retries
// — never a false "saved").
import { runBurst, type BurstResult } from "./burst";
import { startStack } from "./stack";
import type { Outcome } from "./student";
import { verify, type Verdict } from "./verify";

export interface CrashOptions {
  db: "sqlite" | "postgres";
  signal: "SIGKILL" | "SIGTERM";
  students: number;
  answers: number;
  thinkMs: number;
}

export interface CrashRun {
  killedAfter: number;
  totalRequests: number;
  /** From the signal until the restarted server answered its health check. */
  downMs: number;
  exit: string;
  /** SIGTERM: requests in flight when the signal came, and how many of those got an answer. */
  inFlight: number;
  answeredInFlight: number;
  /** Requests that failed (during the outage) and were retried by the client. */
  failedAttempts: number;
  burst: BurstResult;
  verdict: Verdict;
}

export async function crashRun(o: CrashOptions): Promise<CrashRun> {
  const stack = await startStack({ db: o.db });
  const total = o.students * (o.answers + 3);
  // A random moment of the burst, counted in completed requests (joins, page loads, saves, submits).
  const killAfter = 1 + Math.floor(Math.random() * total * 0.9);
  let done = 0;
  let signalledAt = 0;
  let downMs = 0;
  let exit = "";
  let restarted: Promise<void> = Promise.resolve();
  const victim = Math.floor(Math.random() * stack.servers.length);
  let burst: BurstResult;
  try {
    burst = await runBurst({
      base: stack.base,
      room: stack.room,
      students: o.students,
      answers: o.answers,
      thinkMs: o.thinkMs,
      prefix: "Student",
      giveUpMs: 180_000,
      onRequest: () => {
        if (++done !== killAfter) return;
        const server = stack.servers[victim]!;
        signalledAt = performance.now();
        server.child.kill(o.signal);
        restarted = (async () => {
          const ended = await server.exited;
          exit = ended.signal ?? `exit code ${ended.code}`;
          await stack.restart(victim);
          downMs = performance.now() - signalledAt;
        })();
      },
    });
    await restarted;
  } finally {
    await stack.stop();
  }
  const verdict = await verify(stack.target, burst.ackedSaves, burst.ackedSubmits);
  stack.dispose();
  const all: Outcome[] = [...burst.join, ...burst.open, ...burst.save, ...burst.submit];
  const inFlight = all.filter((x) => x.start < signalledAt && x.end > signalledAt);
  return {
    killedAfter: killAfter,
    totalRequests: total,
    downMs,
    exit,
    inFlight: inFlight.length,
    answeredInFlight: inFlight.filter((x) => x.status !== 0).length,
    failedAttempts: all.filter((x) => !x.ok).length,
    burst,
    verdict,
  };
}

export function describe(i: number, r: CrashRun): string {
  const v = r.verdict;
  return [
    `run ${String(i).padStart(2)}: signal after request ${r.killedAfter}/${r.totalRequests} (${r.exit}), back in ${(r.downMs / 1000).toFixed(1)} s`,
    `in flight ${r.inFlight} (answered ${r.answeredInFlight})`,
    `failed attempts retried ${r.failedAttempts}`,
    `acked saves ${r.burst.ackedSaves.length} submits ${r.burst.ackedSubmits.length} unfinished ${r.burst.unfinished}`,
    `lost ${v.lost} lost submits ${v.lostSubmits} duplicates ${v.duplicates} repeated joins ${v.repeatedJoins}`,
    `integrity: ${v.integrity}`,
  ].join(" | ");
}

/** Zero lost saves or submits, zero duplicates, every student finished, integrity intact. */
export function passed(r: CrashRun): boolean {
  const v = r.verdict;
  return v.lost === 0 && v.lostSubmits === 0 && v.duplicates === 0 && r.burst.unfinished === 0 && /^ok; foreign keys ok$|^amcheck ok .*; 0 orphan answers$/.test(v.integrity);
}
