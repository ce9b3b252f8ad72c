// The authorization matrix at the data-access layer, on SQLite and PostgreSQL: every DAL function
// named in lib/server/authz/surface.ts is called with each wrong actor for the victim class's ids.
// Each call must be refused (unauthenticated, forbidden or not found — the last two look alike on
// purpose) or return none of the victim's data, and the victim's rows must be unchanged after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strToU8 } from "fflate";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import type { Actor } from "../../dal/actor";
import { AppError } from "../../dal/errors";
import { actorFromToken, joinClass, reenterStudent, signUpTeacher } from "../../dal/auth";
import { createClass, getClass, listClasses, removeStudent, resetJoinCode, setJoinOpen } from "../../dal/classes";
import { createQuizFromArticle, createQuizFromLibrary, listQuizzes, quizForPrint } from "../../dal/quizzes";
import { assignQuiz, listAssignments } from "../../dal/assignments";
import { assignmentResults, openAttempt, saveAnswer, submitAttempt } from "../../dal/attempts";
import { assignmentReport, gradebookCsv } from "../../dal/results";
import { reviewQueue, overrideAnswer } from "../../dal/review";
import { quizQtiPackage } from "../../dal/exports";
import { studentProfile } from "../../dal/students";
import { readUpload } from "../../uploads";
import { copyQuiz, editQuiz, loadBuilder } from "../../dal/quiz-builder";
import { classGradebookCsv, classReport } from "../../dal/class-results";
import { classDataSummary, deleteClass, deleteStudentData, exportClassData, exportStudentData, listArchivedClasses, setClassArchived } from "../../dal/privacy";
import { saveHighlights } from "../../dal/highlights";
import { assignmentReading, defineForAssignment } from "../../dal/reading";
import { SURFACE, WRONG_ACTORS, type Who } from "../surface";

const SEED = "bloomberg-tillerson-un-north-korea";

describe.each(dialects)("authorization matrix (data-access layer) on %s", (dialect) => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  const actors = {} as Record<Who, Actor>;
  const v = { classId: "", joinCode: "", personalCode: "", studentId: "", quizId: "", assignmentId: "", attemptId: "", questionId: "" };
  /** What each caller must never see: everything of the victim class for outsiders; for people inside it, what is not theirs. */
  const secrets = { outsider: [] as string[], classmate: [] as string[], victimStudent: [] as string[] };
  const secretsFor = (who: Who) => (who === "victimTeacher" ? [] : who === "victimStudent" ? secrets.victimStudent : who === "classmate" ? secrets.classmate : secrets.outsider);

  beforeAll(async () => {
    h = await freshDatabase(dialect);
    if (!h) return;
    const db = h.db;
    const teacher = async (email: string) => actorFromToken(db, (await signUpTeacher(db, { email, password: "correct horse battery", displayName: "T", ip: "10.1.0.1" })).token);
    actors.anonymous = null;
    actors.victimTeacher = await teacher("victim@school.example");
    actors.otherTeacher = await teacher("other@school.example");
    const cls = await createClass(db, actors.victimTeacher, "Victim class Zephyr");
    Object.assign(v, { classId: cls.id, joinCode: cls.joinCode });
    const joined = await joinClass(db, { joinCode: cls.joinCode, displayName: "Quillon", ip: "10.1.0.2" });
    Object.assign(v, { personalCode: joined.personalCode, studentId: joined.studentId });
    actors.victimStudent = await actorFromToken(db, joined.token);
    const mate = await joinClass(db, { joinCode: cls.joinCode, displayName: "Mate", ip: "10.1.0.2" });
    actors.classmate = await actorFromToken(db, mate.token);
    const other = await createClass(db, actors.otherTeacher, "Other class");
    actors.otherStudent = await actorFromToken(db, (await joinClass(db, { joinCode: other.joinCode, displayName: "Outsider", ip: "10.1.0.3" })).token);
    v.quizId = (await createQuizFromLibrary(db, actors.victimTeacher, SEED)).id;
    v.assignmentId = await assignQuiz(db, actors.victimTeacher, { quizId: v.quizId, classId: v.classId, dueAt: null, feedbackMode: "after-review" });
    const view = await openAttempt(db, actors.victimStudent, v.assignmentId);
    v.attemptId = view.attemptId;
    const written = view.questions.find((q) => !q.options) ?? view.questions[0]!;
    v.questionId = written.id;
    await saveAnswer(db, actors.victimStudent, { attemptId: v.attemptId, questionId: written.id, answer: written.options ? 0 : "Tillerson Quillonsecret", seq: 1, idempotencyKey: "victim-1" });
    secrets.outsider.push(v.classId, v.joinCode, v.personalCode, v.studentId, v.attemptId, "Victim class Zephyr", "Quillon", mate.personalCode);
    secrets.classmate.push(v.personalCode, v.attemptId, "Quillonsecret");
    secrets.victimStudent.push(mate.personalCode);
  }, 90_000);
  afterAll(async () => h?.dispose());

  /** The victim's rows, to prove a refused call changed nothing. */
  async function snapshot() {
    const db = h!.db;
    const [classes, students, quizzes, assignments, attempts, answers, sessions, highlights] = await Promise.all([
      db.selectFrom("classes").selectAll().where("id", "=", v.classId).execute(),
      db.selectFrom("students").selectAll().where("class_id", "=", v.classId).orderBy("id").execute(),
      db.selectFrom("quizzes").select(["id", "teacher_id", "questions", "updated_at"]).orderBy("id").execute(),
      db.selectFrom("assignments").selectAll().orderBy("id").execute(),
      db.selectFrom("attempts").selectAll().where("id", "=", v.attemptId).execute(),
      db.selectFrom("answers").selectAll().where("attempt_id", "=", v.attemptId).orderBy("question_id").execute(),
      db.selectFrom("sessions").select(["token_hash", "revoked_at"]).where("user_id", "=", v.studentId).orderBy("token_hash").execute(),
      db.selectFrom("attempt_highlights").selectAll().where("attempt_id", "=", v.attemptId).execute(),
    ]);
    return JSON.stringify({ classes, students, quizzes, assignments, attempts, answers, sessions, highlights });
  }

  const article = "The city council voted on Tuesday to build a new library downtown. Mayor Ann Lee said the building would open in two years. Residents who spoke at the meeting mostly supported the plan, though some worried about the cost of the project. The council will vote on the budget next month, officials said.";

  /** Each DAL function the surface names, called for the victim's ids. */
  const calls: Record<string, (actor: Actor) => Promise<unknown>> = {
    studentProfile: (a) => studentProfile(h!.db, a),
    listAssignments: (a) => listAssignments(h!.db, a),
    openAttempt: (a) => openAttempt(h!.db, a, v.assignmentId),
    listClasses: (a) => listClasses(h!.db, a),
    listQuizzes: (a) => listQuizzes(h!.db, a),
    getClass: (a) => getClass(h!.db, a, v.classId),
    assignmentResults: (a) => assignmentResults(h!.db, a, v.assignmentId),
    assignmentReport: (a) => assignmentReport(h!.db, a, v.assignmentId),
    reviewQueue: (a) => reviewQueue(h!.db, a, v.assignmentId),
    quizForPrint: (a) => quizForPrint(h!.db, a, v.quizId),
    saveAnswer: (a) => saveAnswer(h!.db, a, { attemptId: v.attemptId, questionId: v.questionId, answer: "overwritten", seq: 99, idempotencyKey: "attack-99" }),
    gradebookCsv: (a) => gradebookCsv(h!.db, a, v.assignmentId),
    quizQtiPackage: (a) => quizQtiPackage(h!.db, a, v.quizId),
    submitAttempt: (a) => submitAttempt(h!.db, a, v.attemptId),
    createClass: (a) => createClass(h!.db, a, "Sneaky class"),
    createQuizFromLibrary: (a) => createQuizFromLibrary(h!.db, a, SEED),
    createQuizFromArticle: async (a) => {
      const r = await readUpload("a.txt", strToU8(article));
      if (!r.ok) throw new Error(r.error.message);
      return createQuizFromArticle(h!.db, a, { title: null, article: r.article });
    },
    assignQuiz: (a) => assignQuiz(h!.db, a, { quizId: v.quizId, classId: v.classId, dueAt: null, feedbackMode: "per-question" }),
    overrideAnswer: (a) => overrideAnswer(h!.db, a, { attemptId: v.attemptId, questionId: v.questionId, score: 1, comment: "pwned" }),
    resetJoinCode: (a) => resetJoinCode(h!.db, a, v.classId),
    setJoinOpen: (a) => setJoinOpen(h!.db, a, v.classId, false),
    removeStudent: (a) => removeStudent(h!.db, a, v.classId, v.studentId),
    listArchivedClasses: (a) => listArchivedClasses(h!.db, a),
    loadBuilder: (a) => loadBuilder(h!.db, a, v.quizId),
    editQuiz: (a) => editQuiz(h!.db, a, v.quizId, 0, { op: "pick", id: v.questionId, picked: false }),
    copyQuiz: (a) => copyQuiz(h!.db, a, v.quizId),
    classReport: (a) => classReport(h!.db, a, v.classId),
    classGradebookCsv: (a) => classGradebookCsv(h!.db, a, v.classId),
    classDataSummary: (a) => classDataSummary(h!.db, a, v.classId),
    exportClassData: (a) => exportClassData(h!.db, a, v.classId),
    exportStudentData: (a) => exportStudentData(h!.db, a, v.classId, v.studentId),
    setClassArchived: (a) => setClassArchived(h!.db, a, v.classId, true),
    deleteStudentData: (a) => deleteStudentData(h!.db, a, { classId: v.classId, studentId: v.studentId, confirmName: "Quillon" }),
    deleteClass: (a) => deleteClass(h!.db, a, { classId: v.classId, confirmName: "Victim class Zephyr" }),
    saveHighlights: (a) => saveHighlights(h!.db, a, { attemptId: v.attemptId, seq: 99, highlights: [{ id: "pwned", start: 0, end: 5, note: "pwned" }] }),
    assignmentReading: (a) => assignmentReading(h!.db, a, v.assignmentId),
    defineForAssignment: (a) => defineForAssignment(h!.db, a, v.assignmentId, "council", null),
  };

  const rows = SURFACE.filter((e) => e.checked.includes("dal") && e.audience !== "public" && e.audience !== "session");

  it("has a call for every data-access function the matrix names", () => {
    const missing = [...new Set(rows.flatMap((e) => e.dal))].filter((name) => !calls[name]);
    expect(missing).toEqual([]);
  });

  for (const entry of rows) {
    for (const who of WRONG_ACTORS[entry.audience]) {
      it(`${entry.kind} ${entry.name} (${entry.audience}) as ${who}: denied, unchanged, nothing leaked`, async (ctx) => {
        if (!h) return ctx.skip();
        const before = await snapshot();
        for (const name of entry.dal) {
          let result: unknown;
          try {
            result = await calls[name]!(actors[who]);
          } catch (e) {
            expect(e, `${name} as ${who}`).toBeInstanceOf(AppError);
            expect(["unauthenticated", "forbidden", "not-found"], `${name} as ${who}: ${(e as Error).message}`).toContain((e as AppError).code);
            for (const s of secretsFor(who)) expect((e as Error).message).not.toContain(s);
            continue;
          }
          // Allowed only where the call is scoped to the caller's own things (a list of their own
          // classes, say; the page itself turns them away): then it holds nothing not theirs.
          const json = JSON.stringify(result ?? null);
          for (const s of secretsFor(who)) expect(json, `${name} as ${who} returned the victim's ${s}`).not.toContain(s);
        }
        expect(await snapshot()).toBe(before);
      }, 60_000);
    }
  }

  it("and the rightful actors still get through (so the refusals above are not a broken setup)", async (ctx) => {
    if (!h) return ctx.skip();
    expect((await getClass(h.db, actors.victimTeacher, v.classId)).roster.map((s) => s.displayName)).toContain("Quillon");
    expect((await openAttempt(h.db, actors.victimStudent, v.assignmentId)).attemptId).toBe(v.attemptId);
    expect((await assignmentReading(h.db, actors.victimStudent, v.assignmentId)).sentences.length).toBeGreaterThan(0);
    expect(await defineForAssignment(h.db, actors.victimStudent, v.assignmentId, "council", null)).toMatchObject({ found: true });
    expect((await quizForPrint(h.db, actors.victimTeacher, v.quizId)).questions.length).toBeGreaterThan(0);
    expect((await reenterStudent(h.db, { joinCode: v.joinCode, personalCode: v.personalCode, ip: "10.1.0.2" })).studentId).toBe(v.studentId);
  });
});
