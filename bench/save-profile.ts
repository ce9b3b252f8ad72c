// Where one autosave's time goes, without HTTP: the statements it runs (count and mean time of
// each, through Kysely's log), the whole save, and one durable commit (fsync) on this disk. The
// machine is shared, so every figure is the median of several rounds.
//
// Usage: npx tsx --conditions=react-server bench/save-profile.ts [saves per round] [rounds]
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../lib/server/db/schema";
import { openDatabase } from "../lib/server/db/open";
import { actorFromToken, joinClass, signUpTeacher } from "../lib/server/dal/auth";
import { createClass } from "../lib/server/dal/classes";
import { createQuizFromLibrary } from "../lib/server/dal/quizzes";
import { assignQuiz } from "../lib/server/dal/assignments";
import { openAttempt, saveAnswer } from "../lib/server/dal/attempts";
import { markDialect } from "../lib/server/db/dialect";

const N = Number(process.argv[2] ?? 300);
const ROUNDS = Number(process.argv[3] ?? 5);
const dataDir = mkdtempSync(path.join(tmpdir(), "evident-profile-"));
const setup = await openDatabase({ databaseUrl: null, dataDir });
const teacher = await actorFromToken(setup.db, (await signUpTeacher(setup.db, { email: "p@school.example", password: "profile password 1", displayName: "P", ip: "p" })).token);
const cls = await createClass(setup.db, teacher, "Profile");
const quiz = await createQuizFromLibrary(setup.db, teacher, "bloomberg-tillerson-un-north-korea");
const assignment = await assignQuiz(setup.db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-submit" });
const joined = await joinClass(setup.db, { joinCode: cls.joinCode, displayName: "S", ip: "p" });
const view = await openAttempt(setup.db, await actorFromToken(setup.db, joined.token), assignment);
await setup.close();

// The same settings as the app's connection, with every statement's duration logged.
const sqlite = new SQLite(path.join(dataDir, "evident.sqlite"));
sqlite.pragma("journal_mode = WAL");
sqlite.pragma("synchronous = FULL");
sqlite.pragma("foreign_keys = ON");
const byStatement = new Map<string, number[]>();
const db = new Kysely<Database>({
  dialect: new SqliteDialect({ database: sqlite }),
  log: (e) => {
    const key = e.query.sql.replace(/\s+/g, " ").slice(0, 60);
    byStatement.set(key, [...(byStatement.get(key) ?? []), e.queryDurationMillis]);
  },
});
markDialect(db, "sqlite");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let seq = 0;
const actorMs: number[] = [];
const saveMs: number[] = [];
const commitMs: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  let tActor = 0;
  let tSave = 0;
  for (let i = 0; i < N; i++) {
    const q = view.questions[i % view.questions.length]!;
    seq++;
    const t0 = performance.now();
    const a = await actorFromToken(db, joined.token);
    const t1 = performance.now();
    await saveAnswer(db, a, { attemptId: view.attemptId, questionId: q.id, answer: q.options ? seq % q.options.length : `answer ${seq}`, seq, idempotencyKey: `key-${seq}-profile` });
    tSave += performance.now() - t1;
    tActor += t1 - t0;
  }
  actorMs.push(tActor / N);
  saveMs.push(tSave / N);
  // One durable commit on this disk: a one-row insert in its own transaction.
  const raw = new SQLite(path.join(dataDir, `fsync-${r}.sqlite`));
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = FULL");
  raw.exec("create table t (k integer primary key, v text)");
  const ins = raw.prepare("insert into t (v) values (?)");
  const c0 = performance.now();
  for (let i = 0; i < N; i++) ins.run(`row ${i}`);
  commitMs.push((performance.now() - c0) / N);
  raw.close();
}
await db.destroy();

const saves = N * ROUNDS;
console.log(`${saves} sequential saves, ${ROUNDS} rounds; medians of the rounds' means:`);
console.log(`  session lookup ${median(actorMs).toFixed(2)} ms   save ${median(saveMs).toFixed(2)} ms   one durable one-row commit ${median(commitMs).toFixed(3)} ms`);
console.log("statements (runs per save, median ms):");
for (const [stmt, ms] of byStatement) console.log(`  ${(ms.length / saves).toFixed(2).padStart(5)} × ${median(ms).toFixed(3)} ms  ${stmt}`);
