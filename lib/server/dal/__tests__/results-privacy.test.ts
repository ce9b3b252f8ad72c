// A teacher takes a copy of a student's (or a class's) data and deletes it. The deletion check
// does not list tables by hand: it reads every table the database has and looks for anything of
// the deleted student in any column, so a table added later without deletion handling fails here.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import { actorFromToken, joinClass, NO_OPEN_CLASS, signUpTeacher } from "../auth";
import { createClass, listClasses } from "../classes";
import { createQuizFromLibrary, loadQuiz } from "../quizzes";
import { assignQuiz } from "../assignments";
import { openAttempt, saveAnswer, submitAttempt } from "../attempts";
import { saveHighlights } from "../highlights";
import { overrideAnswer } from "../review";
import { hit } from "../rate-limit";
import { deleteClass, deleteStudentData, exportClassData, exportStudentData, listArchivedClasses, purgeArchivedClasses, setClassArchived } from "../privacy";

type Handle = Db & { dispose(): Promise<void> };

async function allTables(h: Handle): Promise<string[]> {
  const q =
    h.dialect === "sqlite"
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`;
  return (await q.execute(h.db)).rows.map((r) => r.name);
}

/** Every row of every table that mentions one of the needles, as "table: row". */
async function rowsMentioning(h: Handle, needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of await allTables(h)) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(h.db)).rows;
    for (const row of rows) {
      const text = JSON.stringify(row).toLowerCase();
      for (const n of needles) if (text.includes(n.toLowerCase())) found.push(`${table}: ${JSON.stringify(row).slice(0, 200)}`);
    }
  }
  return found;
}

describe.each(dialects)("student data export and deletion on %s", (dialect) => {
  let h: Handle | null = null;
  afterAll(async () => h?.dispose());
  beforeAll(async () => {
    h = await freshDatabase(dialect);
  }, 60_000);

  async function classroom(db: Handle["db"]) {
    const teacher = await actorFromToken(db, (await signUpTeacher(db, { email: `t${Date.now()}${Math.random()}@s.example`, password: "long enough password", displayName: "T", ip: "1" })).token);
    const cls = await createClass(db, teacher, `Period ${Math.random().toString(36).slice(2, 8)}`);
    const quiz = await createQuizFromLibrary(db, teacher, "bloomberg-tillerson-un-north-korea");
    const generated = (await loadQuiz(db, quiz.id))!.questions;
    const openQ = { ...generated[0]!, id: "teacher-open", type: "whats-missing" as const, format: "open" as const, options: undefined, key: {}, prompt: "What would you check in another source?" };
    await db.updateTable("quizzes").set({ questions: JSON.stringify([...generated, openQ]), updated_at: Date.now() + 1 }).where("id", "=", quiz.id).execute();
    const assignment = await assignQuiz(db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-review" });
    const students: { name: string; id: string; code: string; token: string; attemptId: string; text: string }[] = [];
    const join = async (name: string, text: string) => {
      const j = await joinClass(db, { joinCode: cls.joinCode, displayName: name, ip: "2" });
      const s = await actorFromToken(db, j.token);
      const { attemptId } = await openAttempt(db, s, assignment);
      await saveAnswer(db, s, { attemptId, questionId: openQ.id, answer: text, seq: 1, idempotencyKey: `${name}-1` });
      await saveAnswer(db, s, { attemptId, questionId: generated[0]!.id, answer: 0, seq: 1, idempotencyKey: `${name}-2` });
      await saveHighlights(db, s, { attemptId, seq: 1, highlights: [{ id: "h1", start: 0, end: 12, note: `Note by ${name}` }] });
      await submitAttempt(db, s, attemptId);
      await overrideAnswer(db, teacher, { attemptId, questionId: openQ.id, score: 0.5, comment: `Comment for ${name}` });
      students.push({ name, id: j.studentId, code: j.personalCode, token: j.token, attemptId, text });
    };
    return { teacher, cls, quiz, assignment, openQ, students, join };
  }

  it("exports one student's answers, verdicts and comments, and refuses anyone but the class's teacher", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const c = await classroom(db);
    await c.join("Marisol Quintero", "Check the embassy statement about the talks.");
    await c.join("Ben", "Another paper.");
    const { filename, data } = await exportStudentData(db, c.teacher, c.cls.id, c.students[0]!.id);
    expect(filename).toBe("evident-student-marisol-quintero.json");
    expect(data.students).toHaveLength(1);
    const s = data.students[0]!;
    expect(s.displayName).toBe("Marisol Quintero");
    expect(s.personalCode).toBe(c.students[0]!.code);
    expect(s.attempts).toHaveLength(1);
    const open = s.attempts[0]!.answers.find((a) => a.questionId === c.openQ.id)!;
    expect(open).toMatchObject({ answer: "Check the embassy statement about the talks.", score: 0.5, verdict: "needs-review", teacherComment: "Comment for Marisol Quintero", question: c.openQ.prompt });
    expect(s.attempts[0]!.highlights).toEqual([{ id: "h1", start: 0, end: 12, note: "Note by Marisol Quintero" }]);
    expect(JSON.stringify(data)).not.toContain("Ben");

    const whole = await exportClassData(db, c.teacher, c.cls.id);
    expect(whole.data.students.map((x) => x.displayName)).toEqual(["Ben", "Marisol Quintero"]);
    expect(whole.data.assignments).toHaveLength(1);

    const other = await actorFromToken(db, (await signUpTeacher(db, { email: `o${Date.now()}@s.example`, password: "long enough password", displayName: "O", ip: "1" })).token);
    await expect(exportStudentData(db, other, c.cls.id, c.students[0]!.id)).rejects.toThrow(/not found/);
    await expect(exportClassData(db, other, c.cls.id)).rejects.toThrow(/not found/);
    const student = await actorFromToken(db, c.students[0]!.token);
    await expect(exportClassData(db, student, c.cls.id)).rejects.toThrow(/teachers/);
    await expect(deleteStudentData(db, other, { classId: c.cls.id, studentId: c.students[0]!.id, confirmName: "Marisol Quintero" })).rejects.toThrow(/not found/);
    // A student of another class, asked for through this class, is not found either.
    const elsewhere = await classroom(db);
    await elsewhere.join("Cy", "x");
    await expect(exportStudentData(db, c.teacher, c.cls.id, elsewhere.students[0]!.id)).rejects.toThrow(/not found/);
  }, 90_000);

  it("deletes a student from every table, keeps classmates' data, and needs the name typed", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const c = await classroom(db);
    await c.join("Zephyrine Okonkwo-Baptiste", "I would look for the zeppelin registry record.");
    await c.join("Ben", "I would look at another newspaper.");
    // Ben gave the same answer as a third student: the remembered score for it must survive.
    await c.join("Dee", "I would look at another newspaper.");
    const [zeph, ben] = c.students;
    // A limiter keyed by student (none exists today) is cleaned up as well.
    await hit(db, `test:student:${zeph!.id}`, 5, 60_000);
    const needles = [zeph!.id, zeph!.attemptId, zeph!.code, "Zephyrine", "zeppelin", `Comment for Zephyrine`];
    expect((await rowsMentioning(h, needles)).length).toBeGreaterThan(4);

    await expect(deleteStudentData(db, c.teacher, { classId: c.cls.id, studentId: zeph!.id, confirmName: "Ben" })).rejects.toThrow(/Type the student's name/);
    expect((await rowsMentioning(h, [zeph!.id])).length).toBeGreaterThan(0);

    await deleteStudentData(db, c.teacher, { classId: c.cls.id, studentId: zeph!.id, confirmName: "  zephyrine  okonkwo-baptiste " });
    expect(await rowsMentioning(h, needles)).toEqual([]);
    expect(await actorFromToken(db, zeph!.token)).toBeNull();
    // Classmates are untouched, and so is the remembered score for their shared answer.
    expect((await rowsMentioning(h, [ben!.id, ben!.attemptId])).length).toBeGreaterThan(2);
    const remembered = await db.selectFrom("remembered_overrides").select("answer_key").where("quiz_id", "=", c.quiz.id).execute();
    expect(remembered.map((r) => r.answer_key)).toEqual(["i would look at another newspaper"]);
    await expect(exportStudentData(db, c.teacher, c.cls.id, zeph!.id)).rejects.toThrow(/not found/);
  }, 90_000);

  it("archives a class (students signed out, hidden from the dashboard), and deletes it from every table", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const c = await classroom(db);
    await c.join("Anouk Vandersteen", "One.");
    await c.join("Bartholomew Ngata", "Two.");
    const keep = await classroom(db);
    await keep.join("Kept Student", "Kept answer.");

    await setClassArchived(db, c.teacher, c.cls.id, true);
    expect((await listClasses(db, c.teacher)).map((x) => x.id)).not.toContain(c.cls.id);
    expect((await listArchivedClasses(db, c.teacher)).map((x) => x.id)).toEqual([c.cls.id]);
    expect(await actorFromToken(db, c.students[0]!.token)).toBeNull();
    await expect(joinClass(db, { joinCode: c.cls.joinCode, displayName: "Late", ip: "3" })).rejects.toThrow(NO_OPEN_CLASS);
    await setClassArchived(db, c.teacher, c.cls.id, false);
    expect((await listClasses(db, c.teacher)).map((x) => x.id)).toContain(c.cls.id);

    await expect(deleteClass(db, c.teacher, { classId: c.cls.id, confirmName: "Period" })).rejects.toThrow(/Type the class name/);
    const needles = [c.cls.id, c.cls.joinCode, c.assignment, ...c.students.flatMap((s) => [s.id, s.attemptId, s.code]), "Anouk", "Bartholomew"];
    await deleteClass(db, c.teacher, { classId: c.cls.id, confirmName: c.cls.name });
    expect(await rowsMentioning(h, needles)).toEqual([]);
    // The teacher's quiz stays; the other class is untouched.
    expect(await loadQuiz(db, c.quiz.id)).not.toBeNull();
    expect((await exportClassData(db, keep.teacher, keep.cls.id)).data.students[0]!.attempts[0]!.answers).toHaveLength(2);
  }, 90_000);

  it("purges classes archived longer ago than the retention period, and no others", async (ctx) => {
    if (!h) return ctx.skip();
    const db = h.db;
    const old = await classroom(db);
    await old.join("Old", "Old answer.");
    const recent = await classroom(db);
    await recent.join("Recent", "Recent answer.");
    await setClassArchived(db, old.teacher, old.cls.id, true);
    await setClassArchived(db, recent.teacher, recent.cls.id, true);
    const year = 365 * 24 * 3600_000;
    await db.updateTable("classes").set({ archived_at: Date.now() - year - 1000 }).where("id", "=", old.cls.id).execute();
    expect(await purgeArchivedClasses(db, year)).toBe(1);
    expect(await rowsMentioning(h, [old.cls.id, old.students[0]!.id])).toEqual([]);
    expect((await listArchivedClasses(db, recent.teacher)).map((x) => x.id)).toEqual([recent.cls.id]);
  }, 90_000);
});
