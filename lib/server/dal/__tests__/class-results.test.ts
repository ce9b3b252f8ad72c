// A class across two assignments: each student's scores, averages, skill summaries and the class
// gradebook CSV, computed by hand from the answers given.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import { actorFromToken, joinClass, signUpTeacher } from "../auth";
import { createClass } from "../classes";
import { createQuizFromLibrary, loadQuiz } from "../quizzes";
import { assignQuiz } from "../assignments";
import { openAttempt, saveAnswer, submitAttempt } from "../attempts";
import { classGradebookCsv, classReport } from "../class-results";
import { assignmentReport } from "../results";

describe.each(dialects)("class results on %s", (dialect) => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  afterAll(async () => h?.dispose());
  beforeAll(async () => {
    h = await freshDatabase(dialect);
  }, 60_000);

  it("scores every student on every assignment, by skill, and exports one row per student", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const teacher = await actorFromToken(db, (await signUpTeacher(db, { email: `t${Date.now()}@s.example`, password: "long enough password", displayName: "T", ip: "1" })).token);
    const cls = await createClass(db, teacher, "Period 3");
    const quiz = (await loadQuiz(db, (await createQuizFromLibrary(db, teacher, "bloomberg-tillerson-un-north-korea")).id))!;
    const choice = quiz.questions.filter((q) => q.options && q.key.option !== undefined);
    expect(choice.length).toBeGreaterThanOrEqual(2);
    const [q1, q2] = choice as [(typeof choice)[number], (typeof choice)[number]];
    const wrong = (q: typeof q1) => (q.key.option! + 1) % q.options!.length;
    const first = await assignQuiz(db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-submit" });
    const second = await assignQuiz(db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-submit" });
    const n = quiz.questions.length;

    const join = async (name: string) => actorFromToken(db, (await joinClass(db, { joinCode: cls.joinCode, displayName: name, ip: "2" })).token);
    const work = async (s: Awaited<ReturnType<typeof join>>, assignment: string, picks: [number, number], submit = true) => {
      const { attemptId } = await openAttempt(db, s, assignment);
      await saveAnswer(db, s, { attemptId, questionId: q1.id, answer: picks[0], seq: 1, idempotencyKey: `${attemptId}-1` });
      await saveAnswer(db, s, { attemptId, questionId: q2.id, answer: picks[1], seq: 1, idempotencyKey: `${attemptId}-2` });
      if (submit) await submitAttempt(db, s, attemptId);
    };
    const ana = await join("Ana");
    const ben = await join("Ben");
    await join("Cy"); // never starts
    await work(ana, first, [q1.key.option!, q2.key.option!]); // 2 of n
    await work(ana, second, [q1.key.option!, wrong(q2)]); // 1 of n
    await work(ben, first, [wrong(q1), wrong(q2)]); // 0
    await work(ben, second, [q1.key.option!, q2.key.option!], false); // in progress: no score

    const r = await classReport(db, teacher, cls.id);
    expect(r.assignments.map((a) => a.id)).toEqual([first, second]);
    expect(r.students.map((s) => s.displayName)).toEqual(["Ana", "Ben", "Cy"]);
    const [a, b, c] = r.students as [(typeof r.students)[number], (typeof r.students)[number], (typeof r.students)[number]];
    expect(a.cells[first]!.score).toBeCloseTo(2 / n, 3);
    expect(a.cells[second]!.score).toBeCloseTo(1 / n, 3);
    expect(a.average).toBeCloseTo(1.5 / n, 3);
    expect(b.cells[second]).toEqual({ status: "in progress", score: null });
    expect(b.average).toBe(0);
    expect(c.cells[first]).toEqual({ status: "not started", score: null });
    expect(c.average).toBeNull();
    expect(r.assignments[0]!.average).toBeCloseTo(1 / n, 3);
    expect(r.assignments[1]!.submitted).toBe(1);

    // Skills: only submitted, graded answers count. Ana: q1 1,1 and q2 1,0; Ben: q1 0, q2 0.
    const all = [...r.skills.bySkill].reduce((n2, s) => n2 + s.answered, 0);
    expect(all).toBe(6);
    if (q1.skill !== q2.skill) {
      expect(r.skills.bySkill.find((s) => s.key === q1.skill)).toMatchObject({ percent: 66.7, answered: 3 });
      expect(r.skills.bySkill.find((s) => s.key === q2.skill)).toMatchObject({ percent: 33.3, answered: 3 });
      expect(a.skills.bySkill.find((s) => s.key === q2.skill)).toMatchObject({ percent: 50, answered: 2 });
    } else {
      expect(r.skills.bySkill[0]).toMatchObject({ percent: 50, answered: 6 });
    }
    expect(c.skills).toEqual({ byCategory: [], bySkill: [] });

    // The assignment report's per-skill view agrees with the class view for that assignment.
    const one = await assignmentReport(db, teacher, first);
    expect(one.skills.bySkill.reduce((n2, s) => n2 + s.answered, 0)).toBe(4);
    expect(one.students.find((s) => s.displayName === "Ana")!.timeSpentMs).toBeGreaterThanOrEqual(0);
    expect(one.students.find((s) => s.displayName === "Cy")!.timeSpentMs).toBeNull();

    const { filename, csv } = await classGradebookCsv(db, teacher, cls.id);
    expect(filename).toBe("evident-period-3-class-gradebook.csv");
    const quoted = (t: string) => (/[",]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
    const pct = (x: number) => String(Math.round(x * 1000) / 10);
    expect(csv.split("\r\n")).toEqual([
      `Student,${quoted(`${quiz.title} (%)`)},${quoted(`${quiz.title} (2) (%)`)},Average (%)`,
      `Ana,${pct(Math.round((2 / n) * 1000) / 1000)},${pct(Math.round((1 / n) * 1000) / 1000)},${pct((Math.round((2 / n) * 1000) / 1000 + Math.round((1 / n) * 1000) / 1000) / 2)}`,
      "Ben,0,,0",
      "Cy,,,",
      "",
    ]);

    const other = await actorFromToken(db, (await signUpTeacher(db, { email: `o${Date.now()}@s.example`, password: "long enough password", displayName: "O", ip: "1" })).token);
    await expect(classReport(db, other, cls.id)).rejects.toThrow(/not found/);
    await expect(classGradebookCsv(db, ana, cls.id)).rejects.toThrow(/teachers/);
  }, 90_000);
});
