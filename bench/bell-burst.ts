// Bell burst: 300 students released at once, each saving 10 answers through the same HTTP
// endpoint the browser's autosave uses, against the production build on this machine. Prints
// requests, errors, save latency percentiles, the same for a trivial route of the same app in the
// same run (so Evident's own cost is a ratio), and lost = acknowledged saves missing from the
// database afterwards (read from the database, not from the responses).
//
// Usage: npm run build && npx tsx --conditions=react-server bench/bell-burst.ts [students] [answers]
// Setup (teacher, class, quiz, students, their sessions and attempts) is written straight into
// a fresh data folder before the server starts; the burst itself is pure HTTP.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../lib/server/db/open";
import { actorFromToken, joinClass, signUpTeacher } from "../lib/server/dal/auth";
import { createClass } from "../lib/server/dal/classes";
import { createQuizFromLibrary } from "../lib/server/dal/quizzes";
import { assignQuiz } from "../lib/server/dal/assignments";
import { openAttempt } from "../lib/server/dal/attempts";

const STUDENTS = Number(process.argv[2] ?? 300);
const ANSWERS = Number(process.argv[3] ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3600);
const BASE = `http://127.0.0.1:${PORT}`;
const COOKIE = "__Host-evident_session";

interface Student {
  token: string;
  attemptId: string;
  questions: { id: string; options: number }[];
}

async function setup(dataDir: string): Promise<Student[]> {
  const { db, close } = await openDatabase({ databaseUrl: null, dataDir });
  const teacher = await actorFromToken(db, (await signUpTeacher(db, { email: "bench@school.example", password: "bench password 123", displayName: "Bench", ip: "bench" })).token);
  const cls = await createClass(db, teacher, "Bench class");
  const quiz = await createQuizFromLibrary(db, teacher, "bloomberg-tillerson-un-north-korea");
  const assignment = await assignQuiz(db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-submit" });
  const students: Student[] = [];
  for (let i = 0; i < STUDENTS; i++) {
    // Distinct addresses so the join limiter (per network) does not see one classroom as an attack.
    const joined = await joinClass(db, { joinCode: cls.joinCode, displayName: `Student ${i + 1}`, ip: `bench-${i}` });
    const view = await openAttempt(db, await actorFromToken(db, joined.token), assignment);
    students.push({ token: joined.token, attemptId: view.attemptId, questions: view.questions.map((q) => ({ id: q.id, options: q.options?.length ?? 0 })) });
  }
  await close();
  return students;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

async function waitUp() {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

async function timed(fn: () => Promise<Response>): Promise<{ ms: number; ok: boolean; body: unknown }> {
  const t0 = performance.now();
  try {
    const res = await fn();
    const body = await res.json().catch(() => null);
    return { ms: performance.now() - t0, ok: res.ok, body };
  } catch {
    return { ms: performance.now() - t0, ok: false, body: null };
  }
}

function report(label: string, results: { ms: number; ok: boolean }[]) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const errors = results.filter((r) => !r.ok).length;
  console.log(`${label.padEnd(22)} requests ${String(results.length).padStart(5)}  errors ${String(errors).padStart(4)}  p50 ${percentile(ms, 50).toFixed(0).padStart(5)} ms  p95 ${percentile(ms, 95).toFixed(0).padStart(5)} ms  p99 ${percentile(ms, 99).toFixed(0).padStart(5)} ms`);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), errors };
}

const dataDir = mkdtempSync(path.join(tmpdir(), "evident-bell-"));
console.log(`Bell burst: ${STUDENTS} students × ${ANSWERS} answers, SQLite in ${dataDir}`);
const students = await setup(dataDir);
const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", EVIDENT_DATA_DIR: dataDir, NODE_ENV: "production" },
  stdio: "ignore",
  detached: true,
});
const acknowledged: { attemptId: string; questionId: string; seq: number }[] = [];
try {
  await waitUp();
  // Warm both routes so first-request compilation is not measured.
  await fetch(`${BASE}/api/health`);
  // The same shape of load on a trivial route: STUDENTS clients at once, ANSWERS requests each.
  const baseline = (
    await Promise.all(
      students.map(async () => {
        const out: { ms: number; ok: boolean }[] = [];
        for (let k = 0; k < ANSWERS; k++) out.push(await timed(() => fetch(`${BASE}/api/health`)));
        return out;
      }),
    )
  ).flat();
  // Every student starts at the same instant (the bell) and saves their answers one after another.
  const saves = (
    await Promise.all(
      students.map(async (s, i) => {
        const out: { ms: number; ok: boolean }[] = [];
        for (let k = 0; k < ANSWERS; k++) {
          const q = s.questions[k % s.questions.length]!;
          const seq = k + 1;
          const answer = q.options ? (i + k) % q.options : `answer ${k} from student ${i}`;
          const r = await timed(() =>
            fetch(`${BASE}/student/api/save`, {
              method: "POST",
              headers: { "Content-Type": "application/json", Origin: BASE, Cookie: `${COOKIE}=${s.token}` },
              body: JSON.stringify({ attemptId: s.attemptId, questionId: q.id, answer, seq, idempotencyKey: `${i}-${k}-bench` }),
            }),
          );
          if (r.ok && (r.body as { storedSeq?: number })?.storedSeq !== undefined) acknowledged.push({ attemptId: s.attemptId, questionId: q.id, seq });
          out.push(r);
        }
        return out;
      }),
    )
  ).flat();
  console.log("");
  const b = report("trivial route", baseline);
  const s = report("autosave", saves);
  console.log(`\np95 ratio autosave / trivial route: ${(s.p95 / b.p95).toFixed(2)}×   (target: autosave p95 < 500 ms)`);
} finally {
  process.kill(-server.pid!, "SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));
}
// Read back from the database: every acknowledged save must be there with at least its seq.
const { db, close } = await openDatabase({ databaseUrl: null, dataDir });
let lost = 0;
for (const a of acknowledged) {
  const row = await db.selectFrom("answers").select("seq").where("attempt_id", "=", a.attemptId).where("question_id", "=", a.questionId).executeTakeFirst();
  if (!row || row.seq < a.seq) lost++;
}
const rows = await db.selectFrom("answers").select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
await close();
console.log(`acknowledged saves ${acknowledged.length}   rows in database ${rows.n}   lost ${lost}`);
