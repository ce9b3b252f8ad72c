// A teacher reviews a partial answer: the score changes everywhere, and the same answer to the
// same question is suggested that score next time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import { actorFromToken, joinClass, signUpTeacher } from "../auth";
import { createClass } from "../classes";
import { createQuizFromLibrary, loadQuiz } from "../quizzes";
import { assignQuiz } from "../assignments";
import { openAttempt, saveAnswer, submitAttempt, assignmentResults } from "../attempts";
import { overrideAnswer, reviewQueue } from "../review";

describe.each(dialects)("review queue on %s", (dialect) => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  afterAll(async () => h?.dispose());
  beforeAll(async () => {
    h = await freshDatabase(dialect);
  }, 60_000);

  it("lists open answers for review, applies a teacher's score, and remembers it", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const teacher = await actorFromToken(db, (await signUpTeacher(db, { email: `t${Date.now()}@s.example`, password: "long enough password", displayName: "T", ip: "1" })).token);
    const cls = await createClass(db, teacher, "P1");
    const quiz = await createQuizFromLibrary(db, teacher, "bloomberg-tillerson-un-north-korea");
    // The quiz gets an open question a teacher could have written, so there is one to review.
    const generated = (await loadQuiz(db, quiz.id))!.questions;
    const openQ = { ...generated[0]!, id: "teacher-open", type: "whats-missing" as const, format: "open" as const, options: undefined, key: {}, prompt: "What would you check in another source?" };
    await db.updateTable("quizzes").set({ questions: JSON.stringify([...generated, openQ]), updated_at: Date.now() + 1 }).where("id", "=", quiz.id).execute();
    const full = (await loadQuiz(db, quiz.id))!;
    const assignment = await assignQuiz(db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-review" });
    const students = [];
    for (const name of ["Ana", "Ben"]) {
      const s = await actorFromToken(db, (await joinClass(db, { joinCode: cls.joinCode, displayName: name, ip: "2" })).token);
      const { attemptId } = await openAttempt(db, s, assignment);
      await saveAnswer(db, s, { attemptId, questionId: openQ.id, answer: "I would check the date in another news site.", seq: 1, idempotencyKey: `${name}-1` });
      await submitAttempt(db, s, attemptId);
      students.push({ s, attemptId });
    }
    const queue = await reviewQueue(db, teacher, assignment);
    expect(queue.map((i) => i.studentName)).toEqual(["Ana", "Ben"]);
    expect(queue[0]!.verdict).toBe("needs-review");
    expect(queue[0]!.suggestion).toBeNull();

    const { attemptScore } = await overrideAnswer(db, teacher, { attemptId: students[0]!.attemptId, questionId: openQ.id, score: 1, comment: "Good idea." });
    expect(attemptScore).toBeCloseTo(1 / full.questions.length, 3);
    const results = await assignmentResults(db, teacher, assignment);
    expect(results.rows.find((r) => r.displayName === "Ana")!.score).toBeCloseTo(attemptScore, 6);

    const after = await reviewQueue(db, teacher, assignment);
    expect(after.map((i) => i.studentName)).toEqual(["Ben"]);
    expect(after[0]!.suggestion).toEqual({ score: 1, comment: "Good idea." });

    await expect(overrideAnswer(db, students[1]!.s, { attemptId: students[1]!.attemptId, questionId: openQ.id, score: 1, comment: null })).rejects.toThrow(/teachers/);
    await expect(overrideAnswer(db, teacher, { attemptId: students[1]!.attemptId, questionId: openQ.id, score: 2, comment: null })).rejects.toThrow(/between 0 and 1/);
  }, 60_000);
});
