// The quiz builder's writes: only the owning teacher, only questions that hold together, a key
// the article does not support is kept but flagged, and an assigned quiz is never edited in
// place (decision 0007).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import { assignQuiz } from "../assignments";
import { actorFromToken, joinClass, signUpTeacher } from "../auth";
import { createClass } from "../classes";
import { copyQuiz, editQuiz, loadBuilder, updateQuizQuestions, type QuestionDraft } from "../quiz-builder";
import { createQuizFromLibrary, loadQuiz } from "../quizzes";

const SLUG = "bloomberg-tillerson-un-north-korea";

describe.each(dialects)("quiz builder on %s", (dialect) => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  afterAll(async () => h?.dispose());
  beforeAll(async () => {
    h = await freshDatabase(dialect);
  }, 60_000);

  let n = 0;
  async function teacher() {
    const db = h!.db;
    return actorFromToken(db, (await signUpTeacher(db, { email: `b${Date.now()}-${n++}@s.example`, password: "long enough password", displayName: "Ms. B", ip: "1" })).token);
  }

  it("picks, reorders, deletes and keeps the published list in step with the builder", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const t = await teacher();
    const quiz = await createQuizFromLibrary(db, t, SLUG);
    const b = await loadBuilder(db, t, quiz.id);
    expect(b.items.length).toBe(quiz.questions);
    expect(b.items.every((i) => i.picked && i.origin === "generated" && i.check === null)).toBe(true);
    expect(b.assignedTo).toEqual([]);
    const [first, second, third] = b.items.map((i) => i.question.id);

    let r = await editQuiz(db, t, quiz.id, b.version, { op: "pick", id: first!, picked: false });
    expect(r.version).toBeGreaterThan(b.version);
    r = await editQuiz(db, t, quiz.id, r.version, { op: "move", id: third!, by: -1 });
    r = await editQuiz(db, t, quiz.id, r.version, { op: "delete", id: second! });
    expect(r.items.map((i) => i.question.id)).not.toContain(second);
    expect(r.items.map((i) => i.question.id).slice(0, 2)).toEqual([first, third]);

    // Students, print and export read the picked questions in order; the loadQuiz cache follows.
    const published = (await loadQuiz(db, quiz.id))!.questions.map((q) => q.id);
    expect(published).toEqual(r.items.filter((i) => i.picked).map((i) => i.question.id));
    expect(published).not.toContain(first);
    expect(published[0]).toBe(third);

    // Picking it again puts it back where it stands in the builder.
    r = await editQuiz(db, t, quiz.id, r.version, { op: "pick", id: first!, picked: true });
    expect((await loadQuiz(db, quiz.id))!.questions[0]!.id).toBe(first);

    // A write from an old version (another tab) changes nothing.
    await expect(editQuiz(db, t, quiz.id, b.version, { op: "delete", id: third! })).rejects.toMatchObject({ code: "conflict" });
    expect((await loadBuilder(db, t, quiz.id)).items.map((i) => i.question.id)).toContain(third);
  }, 60_000);

  it("re-checks an edited key against the article and flags one it does not support", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const t = await teacher();
    const quiz = await createQuizFromLibrary(db, t, SLUG);
    const b = await loadBuilder(db, t, quiz.id);
    const mc = b.items.find((i) => i.question.format === "mc" && i.question.category === "comprehension")!.question;
    const draft = (key: string): QuestionDraft => {
      const options = [...mc.options!];
      options[mc.key.option!] = key;
      return { format: "mc", prompt: mc.prompt, options, keyOption: mc.key.option!, explanation: mc.explanation };
    };

    let r = await editQuiz(db, t, quiz.id, b.version, { op: "edit", id: mc.id, draft: draft("bananas from Brazil") });
    let item = r.items.find((i) => i.question.id === mc.id)!;
    expect(item.origin).toBe("edited");
    expect(item.check?.status).toBe("unsupported");
    // Saved anyway (the teacher's call), and the flag is still there on reload.
    expect((await loadQuiz(db, quiz.id))!.questions.find((q) => q.id === mc.id)!.options![mc.key.option!]).toBe("bananas from Brazil");
    expect((await loadBuilder(db, t, quiz.id)).items.find((i) => i.question.id === mc.id)!.check?.status).toBe("unsupported");

    r = await editQuiz(db, t, quiz.id, r.version, { op: "edit", id: mc.id, draft: draft("crude oil shipments") });
    item = r.items.find((i) => i.question.id === mc.id)!;
    expect(item.check?.status).toBe("supported");
    // The evidence moves to the sentence that says it.
    expect(item.question.evidence).toHaveLength(1);
    expect(item.question.evidence[0]!.text).toContain("crude oil shipments");

    // A teacher's own question: short answer located automatically; true/false judged both ways.
    r = await editQuiz(db, t, quiz.id, r.version, { op: "add", draft: { format: "short", prompt: "Which country called the meeting?", accepted: ["Japan"], explanation: "" } });
    const own = r.items.find((i) => i.question.id === r.focus)!;
    expect(own.origin).toBe("teacher");
    expect(own.question.type).toBe("teacher-written");
    expect(own.check?.status).toBe("supported");
    expect(own.question.evidence[0]!.text).toContain("called by Japan");
    r = await editQuiz(db, t, quiz.id, r.version, { op: "add", draft: { format: "tf", prompt: "The meeting was called by Brazil.", keyOption: 0, explanation: "" } });
    expect(r.items.find((i) => i.question.id === r.focus)!.check?.status).toBe("unsupported");
    // Evidence the teacher chose is kept as chosen.
    const para = b.paragraphs[2]!;
    r = await editQuiz(db, t, quiz.id, r.version, { op: "add", draft: { format: "mc", prompt: "Who must earn its way back?", options: ["North Korea", "Japan"], keyOption: 0, explanation: "", evidence: [para] } });
    const chosen = r.items.find((i) => i.question.id === r.focus)!;
    expect(chosen.question.evidence.map((s) => [s.start, s.end])).toEqual([[para.start, para.end]]);
    expect(chosen.check?.status).toBe("supported");
  }, 60_000);

  it("refuses edits that would not hold together, and changes nothing", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const t = await teacher();
    const quiz = await createQuizFromLibrary(db, t, SLUG);
    const b = await loadBuilder(db, t, quiz.id);
    const before = JSON.stringify((await loadQuiz(db, quiz.id))!.questions);
    const add = (draft: QuestionDraft) => editQuiz(db, t, quiz.id, b.version, { op: "add", draft });
    await expect(add({ format: "mc", prompt: "Who?", options: ["Only one"], keyOption: 0, explanation: "" })).rejects.toMatchObject({ code: "invalid" });
    await expect(add({ format: "mc", prompt: "Who?", options: ["A", "B"], keyOption: 5, explanation: "" })).rejects.toMatchObject({ code: "invalid" });
    await expect(add({ format: "mc", prompt: "Who?", options: ["A", "a"], keyOption: 0, explanation: "" })).rejects.toMatchObject({ code: "invalid" });
    await expect(add({ format: "short", prompt: "Who?", accepted: [" "], explanation: "" })).rejects.toMatchObject({ code: "invalid" });
    await expect(add({ format: "tf", prompt: "  ", keyOption: 0, explanation: "" })).rejects.toMatchObject({ code: "invalid" });
    await expect(add({ format: "open", prompt: "Why?", explanation: "" })).rejects.toMatchObject({ code: "invalid" });
    await expect(add({ format: "short", prompt: "Who?", accepted: ["Japan"], explanation: "", evidence: [{ start: 0, end: b.text.length + 10 }] })).rejects.toMatchObject({ code: "invalid" });
    // A question keeps its format; an unknown question is not found.
    const mc = b.items.find((i) => i.question.format === "mc")!.question;
    await expect(editQuiz(db, t, quiz.id, b.version, { op: "edit", id: mc.id, draft: { format: "short", prompt: "x", accepted: ["y"], explanation: "" } })).rejects.toMatchObject({ code: "invalid" });
    await expect(editQuiz(db, t, quiz.id, b.version, { op: "delete", id: "no-such-question" })).rejects.toMatchObject({ code: "not-found" });
    // Unpicking every question would leave an empty quiz.
    const all = b.items.map((i) => ({ ...i, picked: false }));
    await expect(updateQuizQuestions(db, t, quiz.id, b.version, all)).rejects.toMatchObject({ code: "invalid" });
    const dup = [...b.items, b.items[0]!];
    await expect(updateQuizQuestions(db, t, quiz.id, b.version, dup)).rejects.toMatchObject({ code: "invalid" });
    expect(JSON.stringify((await loadQuiz(db, quiz.id))!.questions)).toBe(before);
    expect((await loadBuilder(db, t, quiz.id)).version).toBe(b.version);
  }, 60_000);

  it("suggests an alternate the quiz does not have yet", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const t = await teacher();
    const quiz = await createQuizFromLibrary(db, t, SLUG);
    const b = await loadBuilder(db, t, quiz.id);
    const target = b.items[1]!.question;
    const r = await editQuiz(db, t, quiz.id, b.version, { op: "alternate", id: target.id });
    const ids = r.items.map((i) => i.question.id);
    expect(ids).not.toContain(target.id);
    expect(r.focus).toBe(ids[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const alt = r.items[1]!;
    expect(alt.origin).toBe("alternate");
    expect(alt.question.evidence.length).toBeGreaterThan(0);
    expect(b.items.map((i) => i.question.prompt)).not.toContain(alt.question.prompt);
    // Asking again moves on: the replaced question does not come back.
    const again = await editQuiz(db, t, quiz.id, r.version, { op: "alternate", id: alt.question.id });
    expect(again.items.map((i) => i.question.id)).not.toContain(target.id);
    expect(again.items.map((i) => i.question.id)).not.toContain(alt.question.id);
  }, 60_000);

  it("lets only the owning teacher read or edit, and never edits an assigned quiz in place", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const t = await teacher();
    const quiz = await createQuizFromLibrary(db, t, SLUG);
    const b = await loadBuilder(db, t, quiz.id);
    const id = b.items[0]!.question.id;

    const other = await teacher();
    await expect(loadBuilder(db, other, quiz.id)).rejects.toMatchObject({ code: "not-found" });
    await expect(editQuiz(db, other, quiz.id, b.version, { op: "delete", id })).rejects.toMatchObject({ code: "not-found" });
    await expect(updateQuizQuestions(db, other, quiz.id, b.version, b.items)).rejects.toMatchObject({ code: "not-found" });
    await expect(copyQuiz(db, other, quiz.id)).rejects.toMatchObject({ code: "not-found" });
    const cls = await createClass(db, t, "Period 2");
    const student = await actorFromToken(db, (await joinClass(db, { joinCode: cls.joinCode, displayName: "Ana", ip: "2" })).token);
    await expect(loadBuilder(db, student, quiz.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(editQuiz(db, student, quiz.id, b.version, { op: "delete", id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(editQuiz(db, null, quiz.id, b.version, { op: "delete", id })).rejects.toMatchObject({ code: "unauthenticated" });

    // Once assigned, students may have answers graded against these questions: locked.
    await assignQuiz(db, t, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-submit" });
    const locked = await loadBuilder(db, t, quiz.id);
    expect(locked.assignedTo).toEqual(["Period 2"]);
    const before = JSON.stringify((await loadQuiz(db, quiz.id))!.questions);
    await expect(editQuiz(db, t, quiz.id, locked.version, { op: "delete", id })).rejects.toMatchObject({ code: "locked" });
    await expect(updateQuizQuestions(db, t, quiz.id, locked.version, locked.items.slice(1))).rejects.toMatchObject({ code: "locked" });
    expect(JSON.stringify((await loadQuiz(db, quiz.id))!.questions)).toBe(before);

    // The copy has the same questions and article, is not assigned, and can be edited.
    const copy = await copyQuiz(db, t, quiz.id);
    const cb = await loadBuilder(db, t, copy.id);
    expect(cb.title).toBe(`${quiz.title} (copy)`);
    expect(cb.assignedTo).toEqual([]);
    expect(cb.text).toBe(locked.text);
    expect(cb.items.map((i) => i.question.id)).toEqual(locked.items.map((i) => i.question.id));
    await editQuiz(db, t, copy.id, cb.version, { op: "delete", id });
    expect((await loadQuiz(db, copy.id))!.questions.map((q) => q.id)).not.toContain(id);
    expect(JSON.stringify((await loadQuiz(db, quiz.id))!.questions)).toBe(before);
  }, 60_000);
});
