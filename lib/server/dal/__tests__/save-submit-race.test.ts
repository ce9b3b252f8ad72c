// A bell rings while answers are still in flight: saves racing a submit. Whatever order the
// database applies them in, an acknowledged save is graded by the submit, and a save that lost
// the race was refused (never a "saved" that the score ignores). Both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import { actorFromToken, joinClass, signUpTeacher } from "../auth";
import { createClass } from "../classes";
import { createQuizFromLibrary, loadQuiz } from "../quizzes";
import { assignQuiz } from "../assignments";
import { openAttempt, saveAnswer, submitAttempt } from "../attempts";

describe.each(dialects)("saves racing a submit on %s", (dialect) => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  beforeAll(async () => {
    h = await freshDatabase(dialect);
  }, 60_000);
  afterAll(async () => h?.dispose());

  it("grades every acknowledged save and refuses the rest", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const teacher = await actorFromToken(db, (await signUpTeacher(db, { email: "race@school.example", password: "a long enough password", displayName: "T", ip: "1" })).token);
    const cls = await createClass(db, teacher, "Race");
    const quiz = await createQuizFromLibrary(db, teacher, "bloomberg-tillerson-un-north-korea");
    const questions = (await loadQuiz(db, quiz.id))!.questions;
    const assignmentId = await assignQuiz(db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-submit" });
    for (let round = 0; round < 5; round++) {
      const student = await actorFromToken(db, (await joinClass(db, { joinCode: cls.joinCode, displayName: `S${round}`, ip: "2" })).token);
      const { attemptId } = await openAttempt(db, student, assignmentId);
      const saves = questions.map((q, i) => saveAnswer(db, student, { attemptId, questionId: q.id, answer: q.options ? 0 : "an answer", seq: 1, idempotencyKey: `${round}-${i}` }));
      // The submit lands somewhere among the saves.
      const submit = new Promise((r) => setTimeout(r, round)).then(() => submitAttempt(db, student, attemptId));
      const outcomes = await Promise.allSettled(saves);
      await submit;
      const rows = await db.selectFrom("answers").select(["question_id", "verdict"]).where("attempt_id", "=", attemptId).execute();
      outcomes.forEach((o, i) => {
        const row = rows.find((r) => r.question_id === questions[i]!.id);
        if (o.status === "fulfilled") expect(row?.verdict, `acknowledged save ${i} graded`).not.toBeNull();
        else expect(String(o.reason)).toMatch(/already submitted/);
      });
      expect(rows.every((r) => r.verdict !== null)).toBe(true);
    }
  }, 60_000);
});
