// The classroom's data rules, on both databases: accounts, classes, joining, saving, submitting,
// and that nobody reaches what is not theirs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import type { Actor } from "../actor";
import { actorFromToken, joinClass, reenterStudent, revokeSession, signInTeacher, signUpTeacher } from "../auth";
import { createClass, getClass, removeStudent, resetJoinCode, setJoinOpen } from "../classes";
import { createQuizFromLibrary } from "../quizzes";
import { assignQuiz, listAssignments } from "../assignments";
import { assignmentResults, openAttempt, saveAnswer, submitAttempt } from "../attempts";
import { assignmentReport, gradebookCsv } from "../results";
import { quizQtiPackage } from "../exports";
import { CODE_ALPHABET } from "../ids";

const SEED = "bloomberg-tillerson-un-north-korea";

describe.each(dialects)("classroom on %s", (dialect) => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  let teacher: Actor, otherTeacher: Actor, student: Actor, otherStudent: Actor;
  let quizId = "";
  let classId = "", joinCode = "", assignmentId = "", attemptId = "", personalCode = "";

  beforeAll(async () => {
    h = await freshDatabase(dialect);
    if (!h) return;
    const db = h.db;
    const t = await signUpTeacher(db, { email: "Ms.Rivera@school.example", password: "correct horse battery", displayName: "Ms Rivera", ip: "10.0.0.1" });
    teacher = await actorFromToken(db, t.token);
    const o = await signUpTeacher(db, { email: "other@school.example", password: "another long password", displayName: "Mr Other", ip: "10.0.0.1" });
    otherTeacher = await actorFromToken(db, o.token);
    const cls = await createClass(db, teacher, "Period 3");
    classId = cls.id;
    joinCode = cls.joinCode;
    const joined = await joinClass(db, { joinCode: joinCode.toLowerCase(), displayName: "Ana", ip: "10.0.0.2" });
    personalCode = joined.personalCode;
    student = await actorFromToken(db, joined.token);
    const otherCls = await createClass(db, otherTeacher, "Other class");
    otherStudent = await actorFromToken(db, (await joinClass(db, { joinCode: otherCls.joinCode, displayName: "Ben", ip: "10.0.0.3" })).token);
    const quiz = await createQuizFromLibrary(db, teacher, SEED);
    quizId = quiz.id;
    assignmentId = await assignQuiz(db, teacher, { quizId: quiz.id, classId, dueAt: null, feedbackMode: "after-submit" });
    attemptId = (await openAttempt(db, student, assignmentId)).attemptId;
  }, 60_000);
  afterAll(async () => h?.dispose());

  const db = () => {
    if (!h) throw new Error("skip");
    return h.db;
  };
  const maybe = (name: string, fn: () => Promise<void>) => it(name, async (ctx) => (h ? fn() : ctx.skip()), 30_000);

  maybe("join codes are 8 characters from the unambiguous alphabet", async () => {
    expect(joinCode).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
    expect(joinCode).not.toMatch(/[0O1lI]/);
  });

  maybe("a teacher signs in with the right password only, and signing out revokes the session", async () => {
    await expect(signInTeacher(db(), { email: "ms.rivera@school.example", password: "wrong", ip: "10.0.0.9" })).rejects.toThrow(/do not match/);
    const { token } = await signInTeacher(db(), { email: "ms.rivera@school.example", password: "correct horse battery", ip: "10.0.0.9" });
    expect(await actorFromToken(db(), token)).toEqual(teacher);
    await revokeSession(db(), token);
    expect(await actorFromToken(db(), token)).toBeNull();
  });

  maybe("a student comes back with the class code and their personal code, not the class code alone", async () => {
    const back = await reenterStudent(db(), { joinCode, personalCode: personalCode.toLowerCase(), ip: "10.0.0.2" });
    expect(back.studentId).toBe(student!.id);
    await expect(reenterStudent(db(), { joinCode, personalCode: "AAAAAAAA", ip: "10.0.0.2" })).rejects.toThrow(/do not match/);
  });

  maybe("the student sees questions without keys, evidence or explanations", async () => {
    const view = await openAttempt(db(), student, assignmentId);
    expect(view.questions.length).toBeGreaterThanOrEqual(8);
    const json = JSON.stringify(view.questions);
    for (const field of ['"key":', '"evidence":', '"explanation":', '"accepted":']) expect(json).not.toContain(field);
    expect(view.feedback).toEqual({});
  });

  maybe("the same save sent five times at once keeps one row", async () => {
    const view = await openAttempt(db(), student, assignmentId);
    const q = view.questions.find((x) => x.options)!;
    const save = { attemptId, questionId: q.id, answer: 1, seq: 1, idempotencyKey: "k1" };
    const results = await Promise.all(Array.from({ length: 5 }, () => saveAnswer(db(), student, save)));
    expect(results.every((r) => r.storedSeq === 1)).toBe(true);
    const rows = await db().selectFrom("answers").selectAll().where("attempt_id", "=", attemptId).where("question_id", "=", q.id).execute();
    expect(rows).toHaveLength(1);
  });

  maybe("an older save arriving late never overwrites a newer one", async () => {
    const view = await openAttempt(db(), student, assignmentId);
    const q = view.questions.filter((x) => x.options)[1]!;
    await saveAnswer(db(), student, { attemptId, questionId: q.id, answer: 0, seq: 8, idempotencyKey: "s8" });
    const late = await saveAnswer(db(), student, { attemptId, questionId: q.id, answer: 1, seq: 7, idempotencyKey: "s7" });
    expect(late.storedSeq).toBe(8);
    expect((await openAttempt(db(), student, assignmentId)).answers[q.id]).toEqual({ answer: 0, seq: 8 });
  });

  maybe("submit sent three times gives one submission and one grade; answers are then closed", async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => submitAttempt(db(), student, attemptId)));
    expect(a!.submittedAt).toBe(b!.submittedAt);
    expect(b!.submittedAt).toBe(c!.submittedAt);
    expect(a!.score).toBeGreaterThanOrEqual(0);
    const view = await openAttempt(db(), student, assignmentId);
    expect(view.submittedAt).toBe(a!.submittedAt);
    expect(Object.keys(view.feedback).length).toBeGreaterThan(0); // after-submit: released now
    await expect(saveAnswer(db(), student, { attemptId, questionId: view.questions[0]!.id, answer: 0, seq: 99, idempotencyKey: "x" })).rejects.toThrow(/already submitted/);
    const results = await assignmentResults(db(), teacher, assignmentId);
    expect(results.rows).toEqual([expect.objectContaining({ displayName: "Ana", status: "submitted", score: a!.score })]);
    const report = await assignmentReport(db(), teacher, assignmentId);
    expect(report.items.filter((i) => i.answered === 1)).toHaveLength(2);
    const { csv } = await gradebookCsv(db(), teacher, assignmentId);
    const [header, row] = csv.trim().split("\r\n");
    expect(header).toMatch(/^Student,Status,Score \(%\),Q1,Q2/);
    expect(row).toMatch(new RegExp(`^Ana,submitted,${Math.round(a!.score! * 1000) / 10},`));
    await expect(gradebookCsv(db(), otherTeacher, assignmentId)).rejects.toThrow(/not found/);
  });

  maybe("nobody reaches another class's data: each call is denied and changes nothing", async () => {
    const denied = /not found|Only|sign in|join/i;
    await expect(getClass(db(), otherTeacher, classId)).rejects.toThrow(denied);
    await expect(getClass(db(), student, classId)).rejects.toThrow(denied);
    await expect(getClass(db(), null, classId)).rejects.toThrow(denied);
    await expect(resetJoinCode(db(), otherTeacher, classId)).rejects.toThrow(denied);
    await expect(setJoinOpen(db(), otherTeacher, classId, false)).rejects.toThrow(denied);
    await expect(removeStudent(db(), otherTeacher, classId, student!.id)).rejects.toThrow(denied);
    await expect(openAttempt(db(), otherStudent, assignmentId)).rejects.toThrow(denied);
    await expect(saveAnswer(db(), otherStudent, { attemptId, questionId: "x", answer: 0, seq: 1000, idempotencyKey: "evil" })).rejects.toThrow(denied);
    await expect(submitAttempt(db(), otherStudent, attemptId)).rejects.toThrow(denied);
    await expect(assignmentResults(db(), otherTeacher, assignmentId)).rejects.toThrow(denied);
    await expect(assignmentResults(db(), student, assignmentId)).rejects.toThrow(denied);
    await expect(quizQtiPackage(db(), otherTeacher, quizId)).rejects.toThrow(denied);
    await expect(quizQtiPackage(db(), student, quizId)).rejects.toThrow(denied);
    expect((await quizQtiPackage(db(), teacher, quizId)).bytes.length).toBeGreaterThan(1000);
    expect(await listAssignments(db(), otherStudent)).toEqual([]);
    const cls = await getClass(db(), teacher, classId);
    expect(cls.joinCode).toBe(joinCode);
    expect(cls.roster.map((s) => s.displayName)).toEqual(["Ana"]);
  });

  maybe("a locked class refuses new students but lets a student re-enter", async () => {
    await setJoinOpen(db(), teacher, classId, false);
    await expect(joinClass(db(), { joinCode, displayName: "Late", ip: "10.0.0.5" })).rejects.toThrow(/not taking new students/);
    expect((await reenterStudent(db(), { joinCode, personalCode, ip: "10.0.0.5" })).studentId).toBe(student!.id);
    await setJoinOpen(db(), teacher, classId, true);
  });

  maybe("wrong class codes are rate limited per network", async () => {
    let refused = 0;
    for (let i = 0; i < 25; i++) {
      try {
        await joinClass(db(), { joinCode: "ZZZZZZZZ", displayName: "Guess", ip: "10.9.9.9" });
      } catch (e) {
        if (/Too many/.test((e as Error).message)) refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});
