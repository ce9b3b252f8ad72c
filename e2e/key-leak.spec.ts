// Answer keys stay on the server until the teacher's feedback rule releases them. For each rule
// and a quiz holding every question format the generator writes (choice, true/false, fill-in,
// open), a student's pages as HTML and as RSC payload, the client JavaScript those pages load,
// every save response and the submit response are searched for each question's explanation, its
// accepted answers and the fields that would carry them. A positive control proves the search
// finds them once they are released.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { baseURL, callAction, classroomOverHttp, joinOverHttp, openAttemptOverHttp, query, quizQuestions, save, type StoredQuestion } from "./support/attack";

// This library article's quiz has all four formats the generator writes (checked below, so a
// change in the generator that drops one is noticed rather than silently untested).
const SLUG = "iran-protests-revive-bitter-us-political-divides";
const FORMATS = ["mc", "tf", "cloze", "open"];
const KEY_FIELDS = /\\?"(key|accepted|explanation|correctAnswer|evidence|evidenceText|verdict)\\?"\s*:/;

/** Entities and React's text separators undone, so a leaked string is found however it was written. */
const normalize = (body: string) =>
  body
    .replace(/<!-- -->/g, "")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * What would give a question away: runs of its explanation (24+ plain characters) and accepted
 * answers that the student cannot already read in the article, a prompt or a choice.
 */
function giveaways(q: StoredQuestion, visible: string): string[] {
  const pieces = q.explanation.split(/[^A-Za-z0-9 ,.;:()-]+/).map((s) => s.trim());
  const accepted = (q.key.accepted ?? []).filter((a) => a.length >= 4);
  return [...pieces.filter((p) => p.length >= 24), ...accepted].filter((p) => !visible.toLowerCase().includes(p.toLowerCase()));
}

const chunkCache = new Map<string, string>();
async function clientChunks(api: APIRequestContext, html: string): Promise<string[]> {
  const urls = new Set([...html.matchAll(/\/_next\/static\/[^"'\\\s<>]+?\.js|static\/chunks\/[^"'\\\s<>]+?\.js/g)].map((m) => (m[0].startsWith("/") ? m[0] : `/_next/${m[0]}`)));
  const out: string[] = [];
  for (const u of urls) {
    if (!chunkCache.has(u)) {
      const res = await api.get(u);
      expect(res.status(), u).toBe(200);
      chunkCache.set(u, await res.text());
    }
    out.push(chunkCache.get(u)!);
  }
  return out;
}

async function studentBodies(api: APIRequestContext, assignmentId: string): Promise<{ where: string; body: string }[]> {
  const out: { where: string; body: string }[] = [];
  for (const path of ["/student", "/student/welcome", `/student/assignments/${assignmentId}`]) {
    for (const rsc of [false, true]) {
      const res = await api.get(path, { headers: rsc ? { RSC: "1" } : {} });
      expect(res.status(), path).toBe(200);
      out.push({ where: `${path}${rsc ? " (RSC)" : ""}`, body: await res.text() });
    }
  }
  return out;
}

function expectNoGiveaway(where: string, body: string, questions: { q: StoredQuestion; give: string[] }[], structural = true) {
  const text = normalize(body);
  if (structural) expect(text, `${where} carries a key field`).not.toMatch(KEY_FIELDS);
  for (const { q, give } of questions) for (const g of give) expect(text.includes(g), `${where} gives away question ${q.id} (${q.format}): “${g}”`).toBe(false);
}

const tomorrow = () => new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 16);
const answerFor = (q: StoredQuestion) => (q.options ? 0 : "The government shut down");

for (const mode of ["per-question", "after-submit", "after-due", "after-review"] as const) {
  test(`feedback “${mode}”: no key, accepted answer or explanation reaches the student before release`, async () => {
    test.skip(test.info().project.name !== "desktop", "HTTP only: one viewport is enough");
    test.setTimeout(120_000);
    const c = await classroomOverHttp({ feedback: mode, slug: SLUG, due: mode === "after-due" ? tomorrow() : undefined });
    const student = await joinOverHttp(c.joinCode);
    const attemptId = await openAttemptOverHttp(student, c.assignmentId);
    const questions = quizQuestions(c.quizId);
    expect([...new Set(questions.map((q) => q.format))]).toEqual(expect.arrayContaining(FORMATS));
    const [{ source_text: article }] = query<{ source_text: string }>("select a.source_text from articles a join quizzes q on q.article_id = a.id where q.id = ?", c.quizId) as [{ source_text: string }];
    const visible = [article, ...questions.flatMap((q) => [q.prompt, ...(q.options ?? [])])].join("\n");
    // Wording shared by several explanations (a template's boilerplate) identifies none of them.
    const all = questions.map((q) => ({ q, give: giveaways(q, visible).filter((g) => !questions.some((o) => o.id !== q.id && o.explanation.includes(g))) }));
    // The search must have something to find: most questions have a giveaway we can look for.
    expect(all.filter((x) => x.give.length > 0).length).toBeGreaterThanOrEqual(questions.length / 2);

    // Before any answer: pages, payloads and the JavaScript they load.
    const before = await studentBodies(student.api, c.assignmentId);
    for (const { where, body } of before) expectNoGiveaway(where, body, all);
    const html = before.find((b) => b.where === `/student/assignments/${c.assignmentId}`)!.body;
    const chunks = await clientChunks(student.api, html);
    expect(chunks.length).toBeGreaterThan(0);
    for (const js of chunks) expectNoGiveaway("a client chunk", js, all, false);

    // Every save: feedback only where the rule releases it, and only for the question answered.
    let seq = 1;
    for (const [i, { q }] of all.entries()) {
      const res = await save(student.api, { attemptId, questionId: q.id, answer: answerFor(q), seq: seq++, idempotencyKey: `leak-${i}-${Date.now()}` });
      expect(res.status()).toBe(200);
      const body = await res.text();
      const others = all.filter((x) => x.q.id !== q.id);
      if (mode === "per-question") {
        expect((JSON.parse(body) as { feedback: { explanation: string } }).feedback.explanation).toBe(q.explanation);
        expectNoGiveaway(`the save of ${q.id}`, body, others, false);
      } else {
        expect(JSON.parse(body)).toEqual({ storedSeq: expect.any(Number), feedback: null });
        expectNoGiveaway(`the save of ${q.id}`, body, all);
      }
      if (mode === "per-question" && i === 0) {
        // One answer in: the pages release that question's feedback and nothing else.
        for (const { where, body: b } of await studentBodies(student.api, c.assignmentId)) expectNoGiveaway(where, b, others, false);
      }
    }
    if (mode !== "per-question") for (const { where, body } of await studentBodies(student.api, c.assignmentId)) expectNoGiveaway(`${where} after saving`, body, all);

    // Submitting: the response carries no score or key; afterwards only "after-submit" releases.
    const submitted = await callAction(student.api, `/student/assignments/${c.assignmentId}`, "app/student/actions.ts", "submitAction", { json: [{ attemptId }] });
    const submitBody = await submitted.text();
    expect(submitBody).toContain('"ok":true');
    expect(submitBody).toContain('"score":null');
    expectNoGiveaway("the submit response", submitBody, all);
    const after = await studentBodies(student.api, c.assignmentId);
    if (mode === "after-due" || mode === "after-review") {
      for (const { where, body } of after) expectNoGiveaway(`${where} after submitting`, body, all);
    } else {
      // Positive control: released feedback is found by the same search.
      const rsc = normalize(after.find((b) => b.where.endsWith("(RSC)") && b.where.includes("assignments"))!.body);
      expect(rsc).toMatch(KEY_FIELDS);
      expect(all.some(({ give }) => give.some((g) => rsc.includes(g)))).toBe(true);
    }
    expect(baseURL()).toContain("127.0.0.1");
  });
}
