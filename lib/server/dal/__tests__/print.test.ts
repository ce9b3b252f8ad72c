// The printable worksheet's read: the teacher's own quiz with numbered paragraphs and a key in
// words; anyone else (another teacher, a student) gets "not found".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import { actorFromToken, joinClass, signUpTeacher } from "../auth";
import { createClass } from "../classes";
import { createQuizFromLibrary, loadQuiz, quizForPrint } from "../quizzes";

describe.each(dialects)("quizForPrint on %s", (dialect) => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  afterAll(async () => h?.dispose());
  beforeAll(async () => {
    h = await freshDatabase(dialect);
  }, 60_000);

  it("lays out the owner's quiz for paper and hides it from everyone else", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const teacher = await actorFromToken(db, (await signUpTeacher(db, { email: `p${Date.now()}@s.example`, password: "long enough password", displayName: "T", ip: "1" })).token);
    const quiz = await createQuizFromLibrary(db, teacher, "bloomberg-tillerson-un-north-korea");
    const full = (await loadQuiz(db, quiz.id))!;
    const sheet = await quizForPrint(db, teacher, quiz.id);

    expect(sheet.title).toBe(quiz.title);
    expect(sheet.paragraphs.length).toBe(full.analysis.article.paragraphs.length);
    expect(sheet.paragraphs[0]).toBe(full.analysis.text.slice(full.analysis.article.paragraphs[0]!.start, full.analysis.article.paragraphs[0]!.end));
    expect(sheet.questions.map((q) => q.number)).toEqual(full.questions.map((_, i) => i + 1));
    for (const [i, q] of sheet.questions.entries()) {
      const src = full.questions[i]!;
      expect(q.prompt).toBe(src.prompt);
      if (q.options && src.key.option !== undefined) {
        // The key names the lettered option, e.g. "C. …".
        expect(q.answer).toBe(`${"ABCDEFGHIJ"[src.key.option]}. ${q.options[src.key.option]}`);
      }
      for (const n of q.evidenceParagraphs) expect(n).toBeGreaterThanOrEqual(1);
      for (const n of q.evidenceParagraphs) expect(n).toBeLessThanOrEqual(sheet.paragraphs.length);
    }
    // True/false questions always print their three choices.
    for (const q of sheet.questions.filter((x) => x.format === "tf")) expect(q.options).toHaveLength(3);
    // Evidence is located: most questions point at a paragraph.
    expect(sheet.questions.filter((q) => q.evidenceParagraphs.length > 0).length).toBeGreaterThan(sheet.questions.length / 2);

    const other = await actorFromToken(db, (await signUpTeacher(db, { email: `o${Date.now()}@s.example`, password: "long enough password", displayName: "O", ip: "1" })).token);
    await expect(quizForPrint(db, other, quiz.id)).rejects.toThrow(/not found/i);
    await expect(quizForPrint(db, teacher, "no-such-quiz")).rejects.toThrow(/not found/i);
    const cls = await createClass(db, teacher, "P1");
    const student = await actorFromToken(db, (await joinClass(db, { joinCode: cls.joinCode, displayName: "Ana", ip: "2" })).token);
    await expect(quizForPrint(db, student, quiz.id)).rejects.toThrow();
    await expect(quizForPrint(db, null, quiz.id)).rejects.toThrow();
  }, 60_000);
});
