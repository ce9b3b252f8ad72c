// Attacks a classroom faces, over real HTTP and in a real browser against the production server:
// guessed join codes, stolen or stale sessions, cross-site requests, hostile and broken input, and
// what the server gives away in headers, stray files and error pages. These do not depend on the
// viewport, so they run in the desktop project only.
import { createHash } from "node:crypto";
import { expect, request, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { SURFACE, type SurfaceEntry } from "../lib/server/authz/surface";
import {
  actionId,
  actionPages,
  baseURL,
  callAction,
  classroomOverHttp,
  joinOverHttp,
  newActor,
  openAttemptOverHttp,
  postJoin,
  query,
  save,
  signUpTeacherOverHttp,
  type ActionArgs,
  type Classroom,
  type Student,
} from "./support/attack";

test.beforeEach(() => {
  test.skip(test.info().project.name !== "desktop", "HTTP and browser security checks: one viewport is enough");
});

const SEED = "bloomberg-tillerson-un-north-korea";
const JOIN = "app/join/actions.ts";
const TEACHER = "app/teacher/actions.ts";
const CLASS_ACTIONS = "app/teacher/classes/[id]/actions.ts";

/** The action's result row in an RSC response ("1:{...}"), parsed. */
function actionResult(body: string): Record<string, unknown> {
  // Long strings travel in their own length-prefixed rows (with line breaks, and no line break
  // after them); the result row itself is one line of JSON, after any such row.
  const start = body.lastIndexOf('1:{"');
  expect(start, body.slice(0, 300)).toBeGreaterThan(-1);
  const end = body.indexOf("\n", start);
  return JSON.parse(body.slice(start + 2, end < 0 ? undefined : end)) as Record<string, unknown>;
}

const sessionCookie = async (api: APIRequestContext) => (await api.storageState()).cookies.find((c) => c.name.endsWith("evident_session"))!;

/** Another device holding a copy of a session cookie (a stolen or stale one). */
function withCookie(token: string): Promise<APIRequestContext> {
  return request.newContext({
    baseURL: baseURL(),
    storageState: { cookies: [{ name: "__Host-evident_session", value: token, domain: "127.0.0.1", path: "/", expires: -1, httpOnly: true, secure: true, sameSite: "Lax" }], origins: [] },
  });
}

test.describe("Join codes cannot be guessed", () => {
  test("a wrong, a reset and a locked code get the same answer, and nobody is added", async () => {
    const c = await classroomOverHttp();
    const intruder = await newActor();
    const attempt = async (joinCode: string) => ((await (await postJoin(intruder, { joinCode, displayName: "Guesser" })).json()) as { error?: string }).error;
    const wrong = await attempt("ZZZZZZZZ");
    const reset = actionResult(await (await callAction(c.teacher.api, `/teacher/classes/${c.classId}`, CLASS_ACTIONS, "resetJoinCodeAction", { form: { classId: c.classId } })).text());
    expect(reset.message).toMatch(/New join code/);
    const afterReset = await attempt(c.joinCode);
    const [{ join_code: newCode }] = query<{ join_code: string }>("select join_code from classes where id = ?", c.classId) as [{ join_code: string }];
    await callAction(c.teacher.api, `/teacher/classes/${c.classId}`, CLASS_ACTIONS, "setJoinOpenAction", { form: { classId: c.classId, open: "0" } });
    const locked = await attempt(newCode);
    expect(wrong).toMatch(/wrong, or the class is not taking new students/);
    expect(afterReset).toBe(wrong);
    expect(locked).toBe(wrong);
    expect(query("select id from students where class_id = ? and display_name = 'Guesser'", c.classId)).toEqual([]);
  });
});

test.describe("Sessions", () => {
  test("the session cookie is __Host-, HttpOnly, Secure and SameSite=Lax, and only its hash is stored", async () => {
    const c = await classroomOverHttp();
    const api = await newActor();
    const res = await postJoin(api, { joinCode: c.joinCode, displayName: "Cookie" });
    const cookies = res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
    expect(cookies).toHaveLength(1);
    const cookie = cookies[0]!;
    // The e2e server runs as a school would over https: EVIDENT_INSECURE_COOKIES is not set.
    const token = cookie.match(/^__Host-evident_session=([A-Za-z0-9_-]+);/)?.[1];
    expect(token, cookie).toBeTruthy();
    expect(Buffer.from(token!, "base64url").length).toBeGreaterThanOrEqual(16); // ≥ 128 bits
    const attrs = cookie.toLowerCase();
    for (const a of ["; path=/", "; httponly", "; secure", "; samesite=lax"]) expect(attrs).toContain(a);
    expect(attrs).not.toContain("domain=");
    expect(query("select 1 from sessions where token_hash = ?", token)).toEqual([]);
    expect(query("select 1 from sessions where token_hash = ?", createHash("sha256").update(token!).digest("hex"))).toHaveLength(1);
  });

  test("signing out revokes the session on the server: a copy of the old cookie no longer works", async () => {
    const c = await classroomOverHttp();
    const student = await joinOverHttp(c.joinCode);
    const studentToken = (await sessionCookie(student.api)).value;
    const teacherToken = (await sessionCookie(c.teacher.api)).value;

    await callAction(student.api, "/student", "app/student/actions.ts", "signOutAction", { json: [] });
    await callAction(c.teacher.api, "/teacher", TEACHER, "signOutAction", { json: [] });

    const stolenStudent = await withCookie(studentToken);
    const page = await stolenStudent.get("/student", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers()["location"]).toBe("/join");
    expect((await save(stolenStudent, { attemptId: "x", questionId: "y", answer: 0, seq: 1, idempotencyKey: "replayed-1" })).status()).toBe(401);
    const stolenTeacher = await withCookie(teacherToken);
    const home = await stolenTeacher.get("/teacher", { maxRedirects: 0 });
    expect(home.status()).toBe(307);
    expect(home.headers()["location"]).toBe("/teacher/sign-in");
    expect((await stolenTeacher.get(`/teacher/assignments/${c.assignmentId}/gradebook`)).status()).toBe(404);
  });

  test("removing a student ends their session at once, on every device", async () => {
    const c = await classroomOverHttp();
    const student = await joinOverHttp(c.joinCode);
    const attemptId = await openAttemptOverHttp(student, c.assignmentId);
    const removed = await callAction(c.teacher.api, `/teacher/classes/${c.classId}`, CLASS_ACTIONS, "removeStudentAction", { form: { classId: c.classId, studentId: student.id } });
    expect(actionResult(await removed.text()).message).toBe("Removed.");
    const res = await student.api.get(`/student/assignments/${c.assignmentId}`, { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers()["location"]).toBe("/join");
    expect((await save(student.api, { attemptId, questionId: "q", answer: 0, seq: 1, idempotencyKey: "after-removal" })).status()).toBe(401);
    // The personal code no longer brings them back either.
    const back = await callAction(await newActor(), "/join/back", JOIN, "comeBackAction", { form: { joinCode: c.joinCode, personalCode: student.personalCode } });
    expect(String(actionResult(await back.text()).error)).toMatch(/do not match/);
  });
});

test.describe("Cross-site requests are refused", () => {
  test("every server action, the save route and the join route refuse foreign and null Origins, even with the rightful user's cookie, and change nothing", async () => {
    test.setTimeout(90_000);
    const c = await classroomOverHttp({ feedback: "per-question" });
    const student = await joinOverHttp(c.joinCode);
    const attemptId = await openAttemptOverHttp(student, c.assignmentId);
    const [{ questions }] = query<{ questions: string }>("select questions from quizzes where id = ?", c.quizId) as [{ questions: string }];
    const q = (JSON.parse(questions) as { id: string; options?: string[] }[]).find((x) => x.options)!;
    expect((await save(student.api, { attemptId, questionId: q.id, answer: 0, seq: 1, idempotencyKey: "first-save" })).status()).toBe(200);
    const anonymous = await newActor();

    const who = (e: SurfaceEntry): APIRequestContext => (e.file.startsWith("app/teacher/") && !e.file.includes("sign-") ? c.teacher.api : e.file.startsWith("app/student/") ? student.api : anonymous);
    const args: Record<string, ActionArgs> = {
      comeBackAction: { form: { joinCode: c.joinCode, personalCode: student.personalCode } },
      checkAnswerAction: { json: [{ slug: SEED, questionId: "x", answer: 0 }] },
      submitAction: { json: [{ attemptId }] },
      signOutAction: { json: [] },
      createClassAction: { form: { name: "Forged class" } },
      createQuizAction: { form: { slug: SEED } },
      createQuizFromArticleAction: { form: { title: "Forged", text: "x" } },
      assignQuizAction: { form: { quizId: c.quizId, classId: c.classId, due: "", tzOffset: "", feedback: "after-submit" } },
      reviewAnswerAction: { form: { assignmentId: c.assignmentId, attemptId, questionId: q.id, decision: "accept", score: "", comment: "" } },
      resetJoinCodeAction: { form: { classId: c.classId } },
      setJoinOpenAction: { form: { classId: c.classId, open: "0" } },
      removeStudentAction: { form: { classId: c.classId, studentId: student.id } },
      signInAction: { form: { email: c.teacher.email, password: "correct horse battery staple" } },
      signUpAction: { form: { displayName: "Forged", email: `forged-${Date.now()}@school.example`, password: "correct horse battery staple" } },
      setArchivedAction: { form: { classId: c.classId, archived: "1" } },
      deleteStudentDataAction: { form: { classId: c.classId, studentId: student.id, confirmName: student.name } },
      deleteClassAction: { form: { classId: c.classId, confirmName: c.className } },
      builderEditAction: { json: [{ quizId: c.quizId, version: query<{ v: number }>("select updated_at as v from quizzes where id = ?", c.quizId)[0]!.v, edit: { op: "pick", id: q.id, picked: false } }] },
      copyQuizAction: { plainForm: { quizId: c.quizId } },
    };
    const state = () =>
      JSON.stringify({
        cls: query("select join_code, join_open, archived_at from classes where id = ?", c.classId),
        quiz: query("select questions, updated_at from quizzes where id = ?", c.quizId),
        students: query("select id, removed_at from students where class_id = ? order by id", c.classId),
        attempt: query("select submitted_at from attempts where id = ?", attemptId),
        answers: query("select question_id, answer, seq, score from answers where attempt_id = ?", attemptId),
        assignments: query("select count(*) as n from assignments where class_id = ?", c.classId),
        classes: query("select count(*) as n from classes where teacher_id = ?", c.teacher.id),
        quizzes: query("select count(*) as n from quizzes where teacher_id = ?", c.teacher.id),
        sessions: query("select token_hash, revoked_at from sessions where user_id in (?, ?) order by token_hash", c.teacher.id, student.id),
        forged: query("select count(*) as n from teachers where display_name = 'Forged'"),
      });
    const before = state();
    const forgeries: Record<string, string>[] = [{ Origin: "https://evil.example" }, { Origin: "null" }, { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" }];
    for (const entry of SURFACE.filter((e) => e.kind === "action")) {
      const at = actionPages(entry.file, entry.name)[0]!.replace(/^app/, "").replace(/\/page$/, "").replace("[id]", entry.file.includes("classes") ? c.classId : entry.file.includes("quizzes") ? c.quizId : c.assignmentId).replace("[slug]", SEED) || "/";
      for (const headers of forgeries) {
        const res = await callAction(who(entry), at, entry.file, entry.name, args[entry.name]!, headers);
        expect(res.status(), `${entry.name} with ${JSON.stringify(headers)}`).toBe(403);
      }
    }
    for (const headers of forgeries) expect((await save(student.api, { attemptId, questionId: q.id, answer: 1, seq: 5, idempotencyKey: "forged-save" }, headers)).status()).toBe(403);
    for (const headers of forgeries) expect((await postJoin(anonymous, { joinCode: c.joinCode, displayName: "Forged" }, headers)).status()).toBe(403);
    expect(state()).toBe(before);

    // Control: the same requests from the app's own pages work (the refusals were the Origin's doing).
    const reset = await callAction(c.teacher.api, `/teacher/classes/${c.classId}`, CLASS_ACTIONS, "resetJoinCodeAction", { form: { classId: c.classId } });
    expect(actionResult(await reset.text()).message).toMatch(/New join code/);
    expect((await save(student.api, { attemptId, questionId: q.id, answer: 1, seq: 5, idempotencyKey: "real-save" })).status()).toBe(200);
  });
});

/** Records dialogs, CSP violations and console errors on a page. */
async function watch(page: Page) {
  const events: string[] = [];
  page.on("dialog", async (d) => {
    events.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) events.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      // Reported through the console, which the test listens to.
      console.error(`Refused to run: CSP ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return events;
}

async function browserAs(browser: Browser, api: APIRequestContext): Promise<Page> {
  const context = await browser.newContext({ storageState: await api.storageState() });
  return context.newPage();
}

test.describe("Hostile and broken input gets a clear answer and changes nothing", () => {
  const paragraph = (n: number) =>
    [
      "The city council voted on Tuesday to build a new public library downtown, ending a debate that lasted two years.",
      "Mayor Ann Lee said the building would open in 2027 and would cost about 40 million dollars, paid for by a bond that voters approved last fall.",
      "“This library will serve every family in the city,” Lee said at the meeting. Residents who spoke mostly supported the plan.",
      "Some business owners worried about the cost of the project and about parking during construction, according to the council's report.",
      "Council member Raj Patel voted against the plan. He said the city should first repair the three branch libraries it already has.",
    ][n]!;
  const hostileHtml = `<!doctype html><html><head><title>Council backs library</title><script>alert('script')</script><base href="https://evil.example/"></head>
<body onload="alert('body')"><h1>Council Backs New Library</h1>
<p onclick="alert('click')">${paragraph(0)} <img src="x" onerror="alert('onerror')"></p>
<p>${paragraph(1)} <a href="javascript:alert('link')">Read more</a></p>
<iframe src="javascript:alert('iframe')"></iframe><svg onload="alert('svg')"><script>alert('svg-script')</script></svg>
<p>${paragraph(2)} <object data="x.swf"></object></p>
<p>${paragraph(3)} The sign at the door read &lt;img src=x onerror=alert('escaped')&gt; in jest.</p>
<p>${paragraph(4)}<style>body{display:none}</style></p></body></html>`;

  test("an article with scripts, handlers, javascript: links, frames and SVG is stored as text and renders inert for student and teacher", async ({ browser }) => {
    test.setTimeout(120_000);
    const c = await classroomOverHttp({ className: "<script>alert('class')</script> Period 9" });
    const made = await callAction(c.teacher.api, "/teacher", TEACHER, "createQuizFromArticleAction", {
      form: { title: "", text: "", file: { name: "library.html", mimeType: "text/html", buffer: Buffer.from(hostileHtml) } },
    });
    // A created quiz opens in the quiz builder, whose page says so.
    expect(await made.text()).toContain("Quiz created");
    const [quiz] = query<{ id: string; source_text: string }>("select q.id, a.source_text from quizzes q join articles a on a.id = q.article_id where q.teacher_id = ? order by q.created_at desc limit 1", c.teacher.id);
    expect(quiz!.source_text).toContain("Mayor Ann Lee said");
    for (const bad of ["alert('script')", "onerror=\"", "javascript:", "<iframe", "onload", "<svg", "alert('svg-script')", "<base", "<style"]) expect(quiz!.source_text).not.toContain(bad);
    const assigned = await callAction(c.teacher.api, "/teacher", TEACHER, "assignQuizAction", { form: { quizId: quiz!.id, classId: c.classId, due: "", tzOffset: "", feedback: "per-question" } });
    const href = String(actionResult(await assigned.text()).href);
    const assignmentId = href.split("/").pop()!;
    const student = await joinOverHttp(c.joinCode);

    const studentPage = await browserAs(browser, student.api);
    const events = await watch(studentPage);
    await studentPage.goto("/student");
    await expect(studentPage.getByText("<script>alert('class')</script> Period 9", { exact: false })).toBeVisible();
    await studentPage.goto(`/student/assignments/${assignmentId}`);
    const article = studentPage.getByRole("region", { name: "Article", exact: true });
    await expect(article).toContainText("Mayor Ann Lee said");
    // Markup written as text in the article stays text.
    await expect(article).toContainText("<img src=x onerror=alert('escaped')>");
    const first = studentPage.getByRole("region", { name: /^Question 1\b/ });
    const radios = first.getByRole("radio");
    if (await radios.count()) await radios.first().check();
    else await first.getByRole("textbox").fill("<img src=x onerror=alert('answer')>");
    await expect(first.getByRole("status")).toHaveText("Saved");
    await studentPage.reload();
    await studentPage.waitForLoadState("networkidle");
    expect(await studentPage.locator("main iframe, main object, main embed, main [onerror], main [onload], main [onclick], main a[href^='javascript:' i], main script").count()).toBe(0);

    const teacherPage = await browserAs(browser, c.teacher.api);
    events.push(...(await watch(teacherPage)));
    for (const path of ["/teacher", `/teacher/classes/${c.classId}`, `/teacher/quizzes/${quiz!.id}/print`, `/teacher/assignments/${assignmentId}`]) {
      await teacherPage.goto(path);
      await teacherPage.waitForLoadState("networkidle");
      if (path.endsWith("/print")) await expect(teacherPage.getByText("Mayor Ann Lee said", { exact: false }).first()).toBeVisible();
      expect(await teacherPage.locator("main iframe, main object, main [onerror], main [onload], main a[href^='javascript:' i], main script").count(), path).toBe(0);
    }
    expect(events).toEqual([]);
    await studentPage.context().close();
    await teacherPage.context().close();
  });

  test("display names with markup, line breaks or 10,000 characters are refused with a message, and nobody is added", async () => {
    const c = await classroomOverHttp();
    const api = await newActor();
    const cases: [string, RegExp][] = [
      ["<img src=x onerror=alert(1)>", /no < or >/],
      ["Sam\nSmith", /no line breaks/],
      ["Sam\u2028Smith", /no line breaks/],
      ["x".repeat(10_000), /40 characters or fewer/],
      ["   ", /Type the name/],
    ];
    for (const [name, message] of cases) {
      const res = await postJoin(api, { joinCode: c.joinCode, displayName: name });
      const body = await res.text();
      expect(res.status()).toBe(400);
      expect(body.length, "the refusal does not echo a huge name back").toBeLessThan(2_000);
      expect(String((JSON.parse(body) as { fields: Record<string, string> }).fields.displayName)).toMatch(message);
    }
    expect(query("select id from students where class_id = ?", c.classId)).toEqual([]);
    expect(await sessionCookie(api)).toBeUndefined();
  });

  test("oversized bodies, malformed payloads and extra fields are refused, and nothing is stored", async () => {
    const c = await classroomOverHttp();
    const api = await newActor();
    // 2 MB through a form action (the way back in): a field message, not a crash.
    const big = await callAction(api, "/join/back", JOIN, "comeBackAction", { form: { joinCode: c.joinCode, personalCode: "n".repeat(2 * 1024 * 1024) } });
    expect(big.status()).toBe(200);
    expect(String((actionResult(await big.text()).fields as Record<string, string>).personalCode)).toMatch(/longer than a personal code/);
    // Past the server's limit for action bodies: refused before the action runs.
    const beyond = await callAction(api, "/join/back", JOIN, "comeBackAction", { form: { joinCode: c.joinCode, personalCode: "n".repeat(4 * 1024 * 1024) } });
    expect(beyond.status()).toBeGreaterThanOrEqual(400);
    expect(await beyond.text()).not.toMatch(/\bat \S+ \(|node_modules|\/work\//);
    // Past the join route's small body limit: refused before it is parsed, with a message.
    const huge = await postJoin(api, { joinCode: c.joinCode, displayName: "n".repeat(2 * 1024 * 1024) });
    expect(huge.status()).toBe(413);
    expect(await huge.text()).not.toMatch(/\bat \S+ \(|node_modules|\/work\//);
    // Extra fields (a client trying to set its own score or class) are refused by strict schemas.
    const extra = await postJoin(api, { joinCode: c.joinCode, displayName: "Extra", class_id: "x", isCorrect: "true" });
    expect(extra.status()).toBe(400);
    expect(((await extra.json()) as { error?: string }).error).toMatch(/out of date/);
    expect(query("select id from students where class_id = ? and display_name = 'Extra'", c.classId)).toEqual([]);
    const extraClass = await callAction(c.teacher.api, "/teacher", TEACHER, "createClassAction", { form: { name: "Extra fields", teacher_id: "someone-else" } });
    expect(actionResult(await extraClass.text()).fields).toBeTruthy();
    // Malformed arguments to a JSON action: a generic error, no stack, nothing submitted.
    const student = await joinOverHttp(c.joinCode);
    const attemptId = await openAttemptOverHttp(student, c.assignmentId);
    const broken = await student.api.post(`/student/assignments/${c.assignmentId}`, {
      headers: { "Next-Action": actionId("app/student/actions.ts", "submitAction"), Origin: baseURL(), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: '[{"attemptId":',
      failOnStatusCode: false,
    });
    expect(broken.status()).toBe(500);
    expect(await broken.text()).not.toMatch(/SyntaxError|JSON|\bat \S+ \(|node_modules|\/work\//);
    const extraSubmit = await callAction(student.api, `/student/assignments/${c.assignmentId}`, "app/student/actions.ts", "submitAction", { json: [{ attemptId, score: 1 }] });
    expect(actionResult(await extraSubmit.text())).toEqual({ ok: false, code: "invalid", error: "That submission could not be read." });
    expect(query("select submitted_at, score from attempts where id = ?", attemptId)).toEqual([{ submitted_at: null, score: null }]);
    // The save route: a 2 MB body, malformed JSON and extra fields from a signed-in student.
    const saveOf = { attemptId, questionId: "q", answer: 0, seq: 1, idempotencyKey: "abcdefgh" };
    expect((await save(student.api, "x".repeat(2 * 1024 * 1024))).status()).toBe(413);
    expect((await save(student.api, "{not json")).status()).toBe(400);
    expect((await save(student.api, { ...saveOf, score: 1 })).status()).toBe(400);
    expect((await save(student.api, { ...saveOf, isCorrect: true })).status()).toBe(400);
    expect(query("select * from answers where attempt_id = ?", attemptId)).toEqual([]);
    expect(query("select display_name from students where class_id = ? order by display_name", c.classId)).toEqual([{ display_name: student.name }]);
    expect(query("select name from classes where teacher_id = ? order by name", c.teacher.id)).toEqual([{ name: c.className }]);
  });

  test("uploads that are binary, empty, 200,000 words or oddly encoded get a clear answer; only real articles are stored", async () => {
    test.setTimeout(90_000);
    const teacher = await signUpTeacherOverHttp();
    const uploadRaw = (name: string, buffer: Buffer, text = "") =>
      callAction(teacher.api, "/teacher", TEACHER, "createQuizFromArticleAction", { form: { title: "", text, file: { name, mimeType: "application/octet-stream", buffer } } });
    const upload = async (name: string, buffer: Buffer, text = "") => actionResult(await (await uploadRaw(name, buffer, text)).text());
    const paste = async (text: string) => actionResult(await (await callAction(teacher.api, "/teacher", TEACHER, "createQuizFromArticleAction", { form: { title: "", text } })).text());
    const fieldError = (r: Record<string, unknown>) => Object.values((r.fields as Record<string, string>) ?? {}).join(" ");
    const stored = () => query<{ n: number }>("select count(*) as n from articles where teacher_id = ?", teacher.id)[0]!.n;

    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect(fieldError(await upload("article.txt", noise))).toMatch(/not text/);
    expect(fieldError(await upload("scan.pdf", Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", "latin1")))).toMatch(/\.pdf|not text/);
    expect(fieldError(await upload("empty.txt", Buffer.alloc(0)))).toMatch(/Paste the article here/);
    expect(fieldError(await paste("   \n\n  "))).toMatch(/Paste the article here/);
    const article = Array.from({ length: 5 }, (_, i) => paragraph(i)).join("\n\n");
    const words200k = Array.from({ length: Math.ceil(200_000 / article.split(/\s+/).length) }, () => article).join("\n\n");
    expect(words200k.split(/\s+/).length).toBeGreaterThanOrEqual(200_000);
    expect(fieldError(await paste(words200k))).toMatch(/20,000 words/);
    expect(fieldError(await upload("long.txt", Buffer.from(words200k)))).toMatch(/20,000 words|2 MB/);
    expect(stored()).toBe(0);

    // Windows-1252 and UTF-16 files are read as the text they are (curly quotes intact).
    const cp1252 = Buffer.from(article.replace(/[“”]/g, (q) => (q === "“" ? "\x93" : "\x94")), "latin1");
    expect(await (await uploadRaw("windows.txt", cp1252)).text()).toContain("Quiz created");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, "utf16le")]);
    expect(await (await uploadRaw("utf16.txt", utf16)).text()).toContain("Quiz created");
    const texts = query<{ source_text: string }>("select source_text from articles where teacher_id = ?", teacher.id);
    expect(texts).toHaveLength(2);
    for (const t of texts) expect(t.source_text).toContain("“This library will serve every family in the city,” Lee said");
  });
});

test.describe("Headers, stray files and error pages", () => {
  let c: Classroom;
  let student: Student;
  test.beforeAll(async () => {
    if (test.info().project.name !== "desktop") return;
    c = await classroomOverHttp();
    student = await joinOverHttp(c.joinCode);
    await openAttemptOverHttp(student, c.assignmentId);
  });

  test("every page has a nonce CSP, nosniff and a strict Referrer-Policy; signed-in pages are not cached", async () => {
    const anonymous = await newActor();
    const [quiz] = query<{ id: string }>("select id from quizzes where teacher_id = ?", c.teacher.id);
    for (const entry of SURFACE.filter((e) => e.kind === "page")) {
      const signedIn = entry.audience !== "public";
      const api = entry.name.startsWith("/teacher/") && signedIn ? c.teacher.api : entry.name === "/teacher" ? c.teacher.api : entry.name.startsWith("/student") ? student.api : anonymous;
      const id = { class: c.classId, assignment: c.assignmentId, quiz: quiz!.id }[entry.ids[0] ?? ""] ?? "";
      const url = entry.name.replace("[id]", id).replace("[slug]", SEED);
      const res = await api.get(url, { maxRedirects: 0 });
      expect(res.status(), url).toBe(200);
      const h = res.headers();
      const csp = h["content-security-policy"] ?? "";
      expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
      for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, url).toContain(d);
      expect(csp, url).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(h["x-content-type-options"], url).toBe("nosniff");
      expect(h["referrer-policy"], url).toMatch(/^(no-referrer|same-origin|strict-origin)$/);
      if (signedIn) expect(h["cache-control"], url).toContain("no-store");
    }
  });

  test("no source, repository files or source maps are served", async () => {
    const api = await newActor();
    for (const path of ["/.git/HEAD", "/.git/config", "/.env", "/package.json", "/next.config.js", "/proxy.ts", "/.next/server/server-reference-manifest.json", "/_next/server/app/page.js", "/data/evident.sqlite", "/content/library/bloomberg-tillerson-un-north-korea.txt"]) {
      const res = await api.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(404);
      expect(await res.text(), path).not.toMatch(/ref: refs|"dependencies"|nextConfig|SQLite format/);
    }
    const html = await (await student.api.get(`/student/assignments/${c.assignmentId}`)).text();
    const chunks = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\\\s<>]+?\.(?:js|css)/g)].map((m) => m[0]))];
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect((await api.get(chunk)).status(), chunk).toBe(200);
      expect((await api.get(`${chunk}.map`)).status(), `${chunk}.map`).toBe(404);
    }
  });

  test("a production error shows no stack trace, file path or error detail", async () => {
    const api = await newActor();
    const res = await api.get("/teacher/classes/%E0%A4%A", { maxRedirects: 0 });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    const body = await res.text();
    expect(body).not.toMatch(/URIError|\bat \S+ \(|node_modules|\/work\/|\.tsx?:\d+|\.js:\d+/);
  });
});
