// The authorization matrix over real HTTP against the production server: every page, route handler
// and server action listed in lib/server/authz/surface.ts (which a unit test keeps complete) is
// called by the people who must be refused — anonymous, a student and a teacher of another class,
// the victim's classmate on the victim's attempt, the wrong role — and must be denied, change
// nothing in the victim's rows, and leak none of the victim class's names, codes or answers.
//
// Coverage, honestly: this runs on the embedded SQLite database the e2e server uses; the same
// rows are checked at the data-access layer on SQLite and PostgreSQL in
// lib/server/authz/__tests__/matrix.test.ts. Public rows are only checked for leaks.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { SURFACE, WRONG_ACTORS, type SurfaceEntry, type Who } from "../lib/server/authz/surface";
import { actionPages, baseURL, callAction, classroomOverHttp, joinOverHttp, newActor, openAttemptOverHttp, postJoin, query, save, type ActionArgs, type Classroom, type Student } from "./support/attack";

test.describe.configure({ mode: "serial" });

let victim: Classroom;
let victimStudent: Student, classmate: Student;
let attemptId = "", questionId = "", otherClassId = "";
let other: Classroom, outsider: Student;
const actors = {} as Record<Who, APIRequestContext>;
let secrets: Record<Who, string[]>;
const SECRET_ANSWER = `Quillonsecret${Date.now()}`;

test.beforeAll(async () => {
  test.skip(test.info().project.name !== "desktop", "HTTP only: one viewport is enough");
  test.setTimeout(120_000);
  victim = await classroomOverHttp({ feedback: "after-review", className: `Victim class ${Date.now()}` });
  victimStudent = await joinOverHttp(victim.joinCode, `Quillon${Date.now() % 100000}`);
  classmate = await joinOverHttp(victim.joinCode);
  attemptId = await openAttemptOverHttp(victimStudent, victim.assignmentId);
  await openAttemptOverHttp(classmate, victim.assignmentId);
  const [q] = query<{ questions: string }>("select questions from quizzes where id = ?", victim.quizId);
  const open = (JSON.parse(q!.questions) as { id: string; format: string }[]).find((x) => ["cloze", "open", "short"].includes(x.format))!;
  questionId = open.id;
  const saved = await save(victimStudent.api, { attemptId, questionId, answer: SECRET_ANSWER, seq: 1, idempotencyKey: "victim-key-1" });
  expect(saved.status()).toBe(200);
  other = await classroomOverHttp();
  otherClassId = other.classId;
  actors.anonymous = await newActor();
  actors.victimTeacher = victim.teacher.api;
  actors.victimStudent = victimStudent.api;
  actors.classmate = classmate.api;
  actors.otherTeacher = other.teacher.api;
  outsider = await joinOverHttp(other.joinCode);
  actors.otherStudent = outsider.api;
  const outsiderSecrets = [victim.classId, victim.joinCode, victim.className, victimStudent.name, victimStudent.personalCode, classmate.personalCode, attemptId, SECRET_ANSWER];
  secrets = {
    anonymous: outsiderSecrets,
    otherTeacher: outsiderSecrets,
    otherStudent: outsiderSecrets,
    classmate: [victimStudent.personalCode, attemptId, SECRET_ANSWER],
    victimStudent: [classmate.personalCode],
    victimTeacher: [],
  };
});

/** The victim's rows, and no class or quiz owned by anyone but a teacher. */
function snapshot(): string {
  return JSON.stringify({
    classes: query("select * from classes where id = ?", victim.classId),
    students: query("select * from students where class_id = ? order by id", victim.classId),
    quiz: query("select id, teacher_id, questions, updated_at from quizzes where id = ?", victim.quizId),
    assignments: query("select * from assignments where class_id = ? order by id", victim.classId),
    attempts: query("select * from attempts where assignment_id = ? order by id", victim.assignmentId),
    answers: query("select * from answers where attempt_id = ? order by question_id", attemptId),
    sessions: query("select token_hash, revoked_at from sessions where user_id in (?, ?, ?) order by token_hash", victimStudent.id, classmate.id, victim.teacher.id),
    orphans: query("select (select count(*) from classes where teacher_id not in (select id from teachers)) as c, (select count(*) from quizzes where teacher_id not in (select id from teachers)) as q"),
    sneaky: query("select count(*) as n from classes where name like 'Sneaky%'"),
    // A copy of the victim's quiz made by someone else would be a new row, not a changed one.
    copies: query("select count(*) as n from quizzes where title like '%(copy)%' and questions = (select questions from quizzes where id = ?)", victim.quizId),
    highlights: query("select * from attempt_highlights where attempt_id = ?", attemptId),
  });
}

/** The URL with the victim's ids in place of the folder's [id]. */
function fill(entry: SurfaceEntry, template: string): string {
  const id = { class: victim.classId, assignment: victim.assignmentId, quiz: victim.quizId, attempt: attemptId }[entry.ids[0] ?? ""] ?? "x";
  return template.replace("[id]", id).replace("[studentId]", victimStudent.id).replace("[slug]", "bloomberg-tillerson-un-north-korea");
}

const quizVersion = () => query<{ updated_at: number }>("select updated_at from quizzes where id = ?", victim.quizId)[0]!.updated_at;

/** What each action is sent: the victim's ids, and data that would change something if accepted. */
function actionArgs(name: string): ActionArgs {
  const form = (f: Record<string, string>) => ({ form: f });
  switch (name) {
    case "comeBackAction":
      return form({ joinCode: victim.joinCode, personalCode: "ZZZZZZZZ" });
    case "checkAnswerAction":
      return { json: [{ slug: "bloomberg-tillerson-un-north-korea", questionId: "nope", answer: 0 }] };
    case "submitAction":
      return { json: [{ attemptId }] };
    case "signOutAction":
      return { json: [] };
    case "createClassAction":
      return form({ name: `Sneaky ${Date.now()}` });
    case "createQuizAction":
      return form({ slug: "bloomberg-tillerson-un-north-korea" });
    case "createQuizFromArticleAction":
      return form({ title: "Sneaky", text: "The city council voted on Tuesday to build a new library downtown. Mayor Ann Lee said the building would open in two years, and residents mostly supported the plan." });
    case "assignQuizAction":
      return form({ quizId: victim.quizId, classId: victim.classId, due: "", tzOffset: "", feedback: "per-question" });
    case "reviewAnswerAction":
      return form({ assignmentId: victim.assignmentId, attemptId, questionId, decision: "accept", score: "", comment: "pwned" });
    case "resetJoinCodeAction":
      return form({ classId: victim.classId });
    case "setJoinOpenAction":
      return form({ classId: victim.classId, open: "0" });
    case "removeStudentAction":
      return form({ classId: victim.classId, studentId: victimStudent.id });
    case "signInAction":
      return form({ email: victim.teacher.email, password: "wrong password" });
    case "signUpAction":
      return form({ displayName: "Intruder", email: victim.teacher.email, password: "correct horse battery staple" });
    case "setArchivedAction":
      return form({ classId: victim.classId, archived: "1" });
    case "deleteStudentDataAction":
      return form({ classId: victim.classId, studentId: victimStudent.id, confirmName: victimStudent.name });
    case "deleteClassAction":
      return form({ classId: victim.classId, confirmName: victim.className });
    case "builderEditAction":
      return { json: [{ quizId: victim.quizId, version: quizVersion(), edit: { op: "pick", id: questionId, picked: false } }] };
    case "copyQuizAction":
      return { plainForm: { quizId: victim.quizId } };
    default:
      throw new Error(`The matrix has no arguments for ${name}: add them here.`);
  }
}

/** The page's RSC payload: Next first redirects to the same URL with its cache-busting `_rsc` parameter. */
async function rsc(api: APIRequestContext, url: string): Promise<APIResponse> {
  const first = await api.get(url, { headers: { RSC: "1" }, maxRedirects: 0, failOnStatusCode: false });
  const location = first.headers()["location"];
  if (first.status() !== 307 || !location?.includes("_rsc")) return first;
  return api.get(location, { headers: { RSC: "1" }, maxRedirects: 0, failOnStatusCode: false });
}

async function call(entry: SurfaceEntry, api: APIRequestContext): Promise<APIResponse[]> {
  if (entry.kind === "page") {
    const url = fill(entry, entry.name);
    return [await api.get(url, { maxRedirects: 0, failOnStatusCode: false }), await rsc(api, url)];
  }
  if (entry.kind === "route") {
    if (entry.name === "/student/api/highlights")
      return [
        await api.post(entry.name, {
          data: JSON.stringify({ attemptId, seq: 50, highlights: [{ id: "intruder", start: 0, end: 5, note: "an intruder's note" }] }),
          headers: { "Content-Type": "application/json", Origin: baseURL() },
          failOnStatusCode: false,
        }),
      ];
    if (entry.name === "/student/api/define")
      return [await api.get(`${entry.name}?assignment=${victim.assignmentId}&word=council`, { maxRedirects: 0, failOnStatusCode: false })];
    if (entry.name === "/api/join") return [await postJoin(api, { joinCode: "ZZZZZZZZ", displayName: "Intruder" })];
    if (entry.methods?.includes("POST")) return [await save(api, { attemptId, questionId, answer: "overwritten by an intruder", seq: 50, idempotencyKey: "intruder-50" })];
    return [await api.get(fill(entry, entry.name), { maxRedirects: 0, failOnStatusCode: false })];
  }
  const page = actionPages(entry.file, entry.name)[0]!.replace(/^app/, "").replace(/\/page$/, "") || "/";
  return [await callAction(api, fill(entry, page.replace("[slug]", "[slug]")), entry.file, entry.name, actionArgs(entry.name))];
}

const REFUSED_ACTION = /not found|could not be found|sign in|join your class|Only teachers|Only students|do not match|already exists|wrong, or the class|no longer available/i;

function expectDenied(entry: SurfaceEntry, who: Who, res: APIResponse, body: string) {
  const what = `${entry.kind} ${entry.name} as ${who}: ${res.status()} ${body.slice(0, 200)}`;
  if (entry.kind === "page" && res.headers()["content-type"]?.startsWith("text/x-component")) {
    // An RSC payload carries the redirect or the 404 inside it.
    if (res.status() !== 404) expect(body, what).toMatch(/NEXT_REDIRECT;replace;\/(join|teacher\/sign-in);|NEXT_HTTP_ERROR_FALLBACK;404/);
  } else if (entry.kind === "page") {
    if ([307, 308, 303].includes(res.status())) expect(res.headers()["location"], what).toMatch(/^\/(join|teacher\/sign-in)(\?|$)/);
    else expect(res.status(), what).toBe(404);
  } else if (entry.kind === "route") {
    expect([401, 403, 404], what).toContain(res.status());
  } else if (entry.audience !== "session" && res.headers()["x-action-redirect"]) {
    // An action that answers a refusal by sending the caller home (copying a quiz, say).
    expect(res.headers()["x-action-redirect"], what).toMatch(/^\/(teacher|join|teacher\/sign-in)(;|\?|$)/);
  } else if (entry.audience !== "session") {
    expect(res.status(), what).toBe(200);
    expect(body, what).toMatch(REFUSED_ACTION);
  }
}

/**
 * Signing out revokes the caller's own session, so the sign-out rows run on a second session of
 * the same person, leaving the matrix's actors signed in for the rows after them.
 */
async function sessionFor(entry: SurfaceEntry, who: Who): Promise<APIRequestContext> {
  if (entry.audience !== "session" || who === "anonymous") return actors[who];
  const api = await newActor();
  if (who === "otherTeacher") await callAction(api, "/teacher/sign-in", "app/teacher/sign-in/actions.ts", "signInAction", { form: { email: other.teacher.email, password: "correct horse battery staple" } });
  else await callAction(api, "/join/back", "app/join/actions.ts", "comeBackAction", { form: { joinCode: other.joinCode, personalCode: outsider.personalCode } });
  expect((await api.get(who === "otherTeacher" ? "/teacher" : "/student", { maxRedirects: 0 })).status(), `a second session for ${who}`).toBe(200);
  return api;
}

for (const entry of SURFACE) {
  const wrong = entry.audience === "public" ? (["anonymous"] as Who[]) : WRONG_ACTORS[entry.audience];
  test(`${entry.kind} ${entry.name}${entry.kind === "action" ? ` (${entry.file})` : ""} refuses ${wrong.join(", ")}`, async () => {
    test.skip(test.info().project.name !== "desktop", "HTTP only: one viewport is enough");
    for (const who of wrong) {
      const before = snapshot();
      for (const res of await call(entry, await sessionFor(entry, who))) {
        const body = await res.text();
        if (entry.audience !== "public") expectDenied(entry, who, res, body);
        // What the caller sent may come back (the URL's id in the router state, a typed code); the rest may not.
        const sent = decodeURIComponent(res.url()) + JSON.stringify(entry.kind === "action" ? actionArgs(entry.name) : "");
        for (const s of secrets[who].filter((x) => !sent.includes(x))) expect(body, `${entry.kind} ${entry.name} as ${who} leaked ${s}`).not.toContain(s);
      }
      expect(snapshot(), `${entry.kind} ${entry.name} as ${who} changed the victim's data`).toBe(before);
    }
  });
}

test("the rightful people still get through (the refusals are not a broken setup)", async () => {
  test.skip(test.info().project.name !== "desktop", "HTTP only");
  const teacherPage = await actors.victimTeacher.get(`/teacher/classes/${victim.classId}`);
  expect(teacherPage.status()).toBe(200);
  expect(await teacherPage.text()).toContain(victimStudent.personalCode);
  const studentPage = await actors.victimStudent.get(`/student/assignments/${victim.assignmentId}`);
  expect(studentPage.status()).toBe(200);
  expect(await studentPage.text()).toContain(SECRET_ANSWER);
  expect((await actors.victimTeacher.get(`/teacher/assignments/${victim.assignmentId}/gradebook`)).status()).toBe(200);
  // The matrix's outsiders are real people, still signed in after every row.
  expect((await actors.otherTeacher.get(`/teacher/classes/${otherClassId}`)).status()).toBe(200);
  expect((await actors.otherStudent.get("/student", { maxRedirects: 0 })).status()).toBe(200);
});
