// The classroom burst every load bench runs: students released at the same instant (a barrier),
// each joining, opening the assignment, saving answers one after another and submitting, with
// the browser's retry policy. Returns every request's latency and what the server acknowledged,
// so the bench can check the acknowledgements against the database afterwards.
import type { Classroom } from "./fixture";
import type { Sample } from "./stats";
import { Student, untilOk, type Outcome } from "./student";

export interface Acked {
  attemptId: string;
  questionId: string;
  seq: number;
}

export interface BurstResult {
  join: Outcome[];
  open: Outcome[];
  save: Outcome[];
  submit: Outcome[];
  /** Saves the server acknowledged (2xx with a stored sequence at least as new). */
  ackedSaves: Acked[];
  /** Attempts whose submit was acknowledged. */
  ackedSubmits: string[];
  /** Students who could not finish (a request failed for good). */
  unfinished: number;
  wallMs: number;
}

export interface BurstOptions {
  base: string;
  room: Classroom;
  students: number;
  answers: number;
  /** Mean pause between one student's requests (uniform 0.5–1.5× this); 0 = back to back. */
  thinkMs: number;
  /** Display names are `${prefix} ${n}` so repeated runs on one class stay distinct. */
  prefix: string;
  /** How long a student keeps retrying one request (the server may be restarting). */
  giveUpMs?: number;
  /**
   * Students already have the join page open when the bell rings (loaded before it, all at once),
   * as in class; false makes every join open a new connection at the bell, the worst case.
   */
  joinPageOpen?: boolean;
  /** How long students type their code and name between loading the join page and the bell (ms). */
  typingMs?: number;
  /** Called after every request (used to pick a moment for a kill). */
  onRequest?: () => void;
}

const counted = (o: BurstOptions, fn: () => Promise<Outcome>) => async () => {
  const out = await fn();
  o.onRequest?.();
  return out;
};

const pause = (thinkMs: number) => (thinkMs > 0 ? new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random()))) : Promise.resolve());

export async function runBurst(o: BurstOptions): Promise<BurstResult> {
  const r: BurstResult = { join: [], open: [], save: [], submit: [], ackedSaves: [], ackedSubmits: [], unfinished: 0, wallMs: 0 };
  const giveUp = o.giveUpMs ?? 180_000;
  let release!: () => void;
  const bell = new Promise<void>((res) => (release = res));
  let loaded = 0;
  let allLoaded!: () => void;
  const ready = new Promise<void>((res) => (allLoaded = res));
  const runs = Array.from({ length: o.students }, async (_, i) => {
    const s = new Student(o.base, `${o.prefix} ${i + 1}`);
    if (o.joinPageOpen ?? true) await untilOk(() => s.loadJoinPage(), [], giveUp);
    if (++loaded === o.students) allLoaded();
    await bell;
    if (!(await untilOk(counted(o, () => s.join(o.room.joinCode)), r.join, giveUp))) return void r.unfinished++;
    if (!(await untilOk(counted(o, () => s.open(o.room.assignmentId)), r.open, giveUp))) return void r.unfinished++;
    for (let k = 0; k < o.answers; k++) {
      await pause(o.thinkMs);
      const q = s.questions[k % s.questions.length]!;
      const seq = k + 1;
      const answer = q.options ? (i + k) % q.options : `answer ${k} from student ${i}`;
      // One idempotency key per save, reused by its retries, as the outbox does.
      const key = `${o.prefix}-${i}-${k}-bench`;
      if (!(await untilOk(counted(o, () => s.save(q.id, answer, seq, key)), r.save, giveUp))) return void r.unfinished++;
      r.ackedSaves.push({ attemptId: s.attemptId, questionId: q.id, seq });
    }
    await pause(o.thinkMs);
    if (!(await untilOk(counted(o, () => s.submit(o.room.assignmentId)), r.submit, giveUp))) return void r.unfinished++;
    r.ackedSubmits.push(s.attemptId);
  });
  await ready;
  if (o.joinPageOpen ?? true) await new Promise((res) => setTimeout(res, o.typingMs ?? 8000));
  const t0 = performance.now();
  release();
  await Promise.all(runs);
  r.wallMs = performance.now() - t0;
  return r;
}

/** The same shape of load on the app's trivial route: as many clients, requests and pauses. */
export async function runTrivial(o: { base: string; clients: number; requests: number; thinkMs: number }): Promise<Sample[]> {
  const out: Sample[] = [];
  let release!: () => void;
  const bell = new Promise<void>((res) => (release = res));
  const runs = Array.from({ length: o.clients }, async () => {
    await bell;
    for (let k = 0; k < o.requests; k++) {
      if (k > 1) await pause(o.thinkMs);
      const t0 = performance.now();
      try {
        const res = await fetch(`${o.base}/api/health`, { signal: AbortSignal.timeout(120_000) });
        await res.text();
        out.push({ ms: performance.now() - t0, ok: res.ok });
      } catch {
        out.push({ ms: performance.now() - t0, ok: false });
      }
    }
  });
  release();
  await Promise.all(runs);
  return out;
}
