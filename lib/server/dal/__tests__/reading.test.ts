// Reading supports on the assignment page, on both databases: a student of the class gets the
// sentences, the pre-teach words and meanings in the article's sense, but never the meaning of a
// word a vocabulary question asks about (that meaning is the key); nobody else gets anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import type { Actor } from "../actor";
import { actorFromToken, joinClass, signUpTeacher } from "../auth";
import { createClass } from "../classes";
import { createQuizFromLibrary, loadQuiz } from "../quizzes";
import { assignQuiz } from "../assignments";
import { assignmentReading, defineForAssignment } from "../reading";
import { AppError } from "../errors";

const SEED = "bloomberg-tillerson-un-north-korea";

describe.each(dialects)("reading supports on an assignment on %s", (dialect) => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  let student: Actor, outsider: Actor, teacher: Actor;
  let assignmentId = "", quizId = "";
  /** The word the quiz's vocabulary question asks about, as the article writes it, and its key. */
  let tested = { word: "", start: 0, key: "" };

  beforeAll(async () => {
    h = await freshDatabase(dialect);
    if (!h) return;
    const db = h.db;
    teacher = await actorFromToken(db, (await signUpTeacher(db, { email: "t@school.example", password: "correct horse battery", displayName: "Ms Rivera", ip: "10.0.0.1" })).token);
    const other = await actorFromToken(db, (await signUpTeacher(db, { email: "o@school.example", password: "correct horse battery", displayName: "Mr Other", ip: "10.0.0.4" })).token);
    const cls = await createClass(db, teacher, "Period 3");
    const otherClass = await createClass(db, other, "Period 5");
    student = await actorFromToken(db, (await joinClass(db, { joinCode: cls.joinCode, displayName: "Ana", ip: "10.0.0.2" })).token);
    outsider = await actorFromToken(db, (await joinClass(db, { joinCode: otherClass.joinCode, displayName: "Zed", ip: "10.0.0.3" })).token);
    const quiz = await createQuizFromLibrary(db, teacher, SEED);
    quizId = quiz.id;
    assignmentId = await assignQuiz(db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-submit" });
    const loaded = (await loadQuiz(db, quiz.id))!;
    const q = loaded.questions.find((x) => x.type === "vocabulary");
    if (!q) throw new Error("The seed quiz has no vocabulary question; this test needs one to withhold.");
    const span = q.evidence[0]!;
    const key = q.key.option !== undefined ? q.options![q.key.option]! : "";
    tested = { word: loaded.analysis.text.slice(span.start, span.end), start: span.start, key };
  }, 60_000);
  afterAll(async () => h?.dispose());

  const db = () => {
    if (!h) throw new Error("skip");
    return h.db;
  };
  const maybe = (name: string, fn: () => Promise<void>) => it(name, async (ctx) => (h ? fn() : ctx.skip()), 30_000);

  maybe("the student gets the sentences to read aloud and the words to know, without the one a question asks about", async () => {
    const reading = await assignmentReading(db(), student, assignmentId);
    expect(reading.sentences.length).toBeGreaterThan(10);
    for (const [a, b] of reading.sentences) expect(b).toBeGreaterThan(a);
    expect(reading.vocabulary.length).toBeGreaterThan(0);
    expect(reading.vocabulary.map((v) => v.text.toLowerCase())).not.toContain(tested.word.toLowerCase());
    expect(JSON.stringify(reading)).not.toContain(tested.key);
    // Only what the list shows travels: no distractors or other senses.
    expect(Object.keys(reading.vocabulary[0]!).sort()).toEqual(["definition", "lemma", "paragraph", "pos", "text"]);
  });

  maybe("a word is defined in the article's sense; the tested word is withheld however it is picked", async () => {
    const word = (await assignmentReading(db(), student, assignmentId)).vocabulary[0]!;
    expect(await defineForAssignment(db(), student, assignmentId, word.text, null)).toMatchObject({ found: true, definition: { lemma: word.lemma, inArticleSense: true } });
    const lemma = (await loadQuiz(db(), quizId))!.analysis.vocabulary.find((v) => v.start === tested.start)?.lemma ?? tested.word;
    for (const [form, at] of [[tested.word, tested.start], [tested.word.toUpperCase(), null], [lemma, null], ["Zqxv", tested.start + 1]] as const) {
      const result = await defineForAssignment(db(), student, assignmentId, form, at);
      expect(result, form).toEqual({ found: false, word: form, withheld: true });
    }
    expect(await defineForAssignment(db(), student, assignmentId, "Pxqzv", null)).toEqual({ found: false, word: "Pxqzv" });
  });

  maybe("a student of another class and the teacher are refused", async () => {
    for (const who of [outsider, teacher, null]) {
      await expect(defineForAssignment(db(), who, assignmentId, "council", null)).rejects.toBeInstanceOf(AppError);
      await expect(assignmentReading(db(), who, assignmentId)).rejects.toBeInstanceOf(AppError);
    }
  });
});
