// Highlights and notes kept with a student's attempt, on both databases: only the owner reads or
// writes them, spans must lie in the article, a stale save never overwrites a newer one, and
// submitting freezes them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import type { Actor } from "../actor";
import { actorFromToken, joinClass, signUpTeacher } from "../auth";
import { createClass } from "../classes";
import { createQuizFromLibrary } from "../quizzes";
import { assignQuiz } from "../assignments";
import { openAttempt, submitAttempt } from "../attempts";
import { attemptHighlights, saveHighlights } from "../highlights";
import { MAX_HIGHLIGHTS, MAX_NOTE_LENGTH } from "@/lib/highlights/model";

const SEED = "bloomberg-tillerson-un-north-korea";

describe.each(dialects)("highlights on %s", (dialect) => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  let teacher: Actor, student: Actor, classmate: Actor;
  let attemptId = "", textLength = 0, assignmentId = "";

  beforeAll(async () => {
    h = await freshDatabase(dialect);
    if (!h) return;
    const db = h.db;
    teacher = await actorFromToken(db, (await signUpTeacher(db, { email: "t@school.example", password: "correct horse battery", displayName: "Ms Rivera", ip: "10.0.0.1" })).token);
    const cls = await createClass(db, teacher, "Period 3");
    student = await actorFromToken(db, (await joinClass(db, { joinCode: cls.joinCode, displayName: "Ana", ip: "10.0.0.2" })).token);
    classmate = await actorFromToken(db, (await joinClass(db, { joinCode: cls.joinCode, displayName: "Ben", ip: "10.0.0.3" })).token);
    const quiz = await createQuizFromLibrary(db, teacher, SEED);
    assignmentId = await assignQuiz(db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-submit" });
    const view = await openAttempt(db, student, assignmentId);
    attemptId = view.attemptId;
    textLength = view.article.text.length;
  }, 60_000);
  afterAll(async () => h?.dispose());

  const db = () => {
    if (!h) throw new Error("skip");
    return h.db;
  };
  const maybe = (name: string, fn: () => Promise<void>) => it(name, async (ctx) => (h ? fn() : ctx.skip()), 30_000);

  maybe("an attempt starts with no highlights", async () => {
    expect(await attemptHighlights(db(), student, attemptId)).toEqual({ highlights: [], seq: 0 });
  });

  maybe("the student saves highlights with notes; they come back sorted, and an older save does not overwrite them", async () => {
    const list = [
      { id: "b", start: 40, end: 60, note: "" },
      { id: "a", start: 0, end: 12, note: "Who says this?" },
    ];
    expect(await saveHighlights(db(), student, { attemptId, seq: 2, highlights: list })).toEqual({ storedSeq: 2 });
    expect(await saveHighlights(db(), student, { attemptId, seq: 1, highlights: [] })).toEqual({ storedSeq: 2 });
    const stored = await attemptHighlights(db(), student, attemptId);
    expect(stored.seq).toBe(2);
    expect(stored.highlights.map((x) => x.id)).toEqual(["a", "b"]);
    expect(stored.highlights[0]!.note).toBe("Who says this?");
  });

  maybe("spans outside the article, overlapping spans, too many or too-long notes change nothing", async () => {
    const bad = [
      [{ id: "x", start: 0, end: textLength + 1, note: "" }],
      [{ id: "x", start: 10, end: 10, note: "" }],
      [{ id: "x", start: -1, end: 3, note: "" }],
      [
        { id: "x", start: 0, end: 20, note: "" },
        { id: "y", start: 10, end: 30, note: "" },
      ],
      [{ id: "x", start: 0, end: 5, note: "n".repeat(MAX_NOTE_LENGTH + 1) }],
      Array.from({ length: MAX_HIGHLIGHTS + 1 }, (_, i) => ({ id: `h${i}`, start: i, end: i + 1, note: "" })),
      [{ id: "x", start: 0, end: 5, note: "", colour: "red" }],
    ];
    for (const highlights of bad) await expect(saveHighlights(db(), student, { attemptId, seq: 50, highlights })).rejects.toMatchObject({ code: "invalid" });
    expect((await attemptHighlights(db(), student, attemptId)).seq).toBe(2);
  });

  maybe("a classmate and the teacher cannot read or write the student's highlights", async () => {
    await expect(attemptHighlights(db(), classmate, attemptId)).rejects.toMatchObject({ code: "not-found" });
    await expect(saveHighlights(db(), classmate, { attemptId, seq: 99, highlights: [] })).rejects.toMatchObject({ code: "not-found" });
    await expect(saveHighlights(db(), teacher, { attemptId, seq: 99, highlights: [] })).rejects.toMatchObject({ code: "forbidden" });
    await expect(attemptHighlights(db(), null, attemptId)).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await attemptHighlights(db(), student, attemptId)).highlights).toHaveLength(2);
  });

  maybe("after submitting, the highlights stay as handed in", async () => {
    await submitAttempt(db(), student, attemptId);
    await expect(saveHighlights(db(), student, { attemptId, seq: 3, highlights: [] })).rejects.toMatchObject({ code: "conflict" });
    expect((await attemptHighlights(db(), student, attemptId)).highlights).toHaveLength(2);
  });
});
