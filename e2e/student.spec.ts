import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { answer, expectAnswered, joinClass, onAnotherDevice, openAssignment, question, questionCount, saveStatus, submit, type Answer } from "./support/student";
import { assignLibraryQuiz, createClass, signUpTeacher } from "./support/teacher";

const SEED_TITLE = /^Secretary of State Rex Tillerson called out/;
const SAVE = "**/student/api/save";

/** A teacher (in their own browser) with a class that has the seed article assigned. */
async function classWithAssignment(browser: Browser, feedback: "per-question" | "after-submit" = "after-submit") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpTeacher(page);
  const className = `Period ${Math.floor(Math.random() * 1000)}`;
  const { joinCode } = await createClass(page, className);
  await assignLibraryQuiz(page, { articleTitle: SEED_TITLE, className, feedback });
  await context.close();
  return { joinCode };
}

test.describe("A student joins, answers with autosave, and comes back on another device", () => {
  test.setTimeout(120_000);

  test("joins with the class code, answers, reloads, resumes elsewhere with the personal code, submits", async ({ page, browser }) => {
    const { joinCode } = await classWithAssignment(browser);

    await page.goto("/join");
    await expect(page.getByRole("heading", { level: 1, name: "Join your class" })).toBeVisible();
    await expectNoAxeViolations(page);

    // A name with markup is refused with a clear message, and nothing is created.
    await page.getByLabel("Class code").fill(joinCode);
    await page.getByLabel("Your name").fill("<b>Sam</b>");
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByText(/no < or >/)).toBeVisible();
    await expect(page).toHaveURL(/\/join$/);

    const { personalCode } = await joinClass(page, joinCode, "Sam");
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Sam" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Go to my assignments" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your assignments" })).toBeVisible();
    await expectNoAxeViolations(page);

    await openAssignment(page, SEED_TITLE);
    expect(await questionCount(page)).toBeGreaterThanOrEqual(5);
    await expectNoAxeViolations(page);

    const answers: Answer[] = [];
    for (const n of [1, 2, 3]) {
      answers.push(await answer(page, n, n));
      await expect(saveStatus(page, n)).toHaveText("Saved");
    }
    // A changed choice saves again.
    answers[0] = await answer(page, 1, 0);
    await expect(saveStatus(page, 1)).toHaveText("Saved");

    await page.reload();
    for (const a of answers) await expectAnswered(page, a);
    await expect(saveStatus(page, 1)).toHaveText("Saved");

    // Another device: the personal code brings the same answers back.
    const other = await onAnotherDevice(browser, joinCode, personalCode);
    await expectNoAxeViolations(other);
    await openAssignment(other, SEED_TITLE);
    for (const a of answers) await expectAnswered(other, a);

    // Before submitting (feedback after submit), no key reaches the student: not in the HTML, not in the RSC payload.
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const body = await (await other.request.get(other.url(), { headers })).text();
      expect(body).toContain("Tillerson");
      for (const field of ["key", "accepted", "explanation", "correctAnswer", "verdict"]) expect(body).not.toMatch(new RegExp(`\\\\?"${field}\\\\?"\\s*:`));
    }

    await submit(other);
    // After submitting, the answers are locked and the feedback (after-submit) is shown.
    await expect(question(other, 1).getByRole("radio").first()).toBeDisabled();
    await expect(question(other, 1).getByText(/^(Correct|Partly right|Not quite|A teacher would review this)$/)).toBeVisible();
    await expectNoAxeViolations(other);
    await other.context().close();

    // On the first device, signing out ends the session there.
    await page.goto("/student");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/join$/);
    await page.goto("/student");
    await expect(page).toHaveURL(/\/join$/);
  });

  test("with feedback as they go, each saved answer shows its verdict and the deciding passage", async ({ page, browser }) => {
    const { joinCode } = await classWithAssignment(browser, "per-question");
    await joinClass(page, joinCode, "Lee");
    await openAssignment(page, SEED_TITLE);
    await answer(page, 1, 0);
    await expect(saveStatus(page, 1)).toHaveText("Saved");
    const card = question(page, 1);
    await expect(card.getByText(/^(Correct|Partly right|Not quite|A teacher would review this)$/)).toBeVisible();
    await card.getByRole("button", { name: "Show the passage in the article" }).click();
    await expect(page.getByRole("region", { name: "Article" }).locator("mark").first()).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test("a failing save says so, never “Saved”, and nothing is lost across an offline reload", async ({ page, browser }) => {
    const { joinCode } = await classWithAssignment(browser);
    const { personalCode } = await joinClass(page, joinCode, "Ada");
    await openAssignment(page, SEED_TITLE);

    const answers: Answer[] = [await answer(page, 1, 1)];
    await expect(saveStatus(page, 1)).toHaveText("Saved");

    await page.context().setOffline(true);
    for (const n of [2, 3, 4, 5]) {
      answers.push(await answer(page, n, n));
      await expect(saveStatus(page, n)).toHaveText("Not saved — retrying");
    }
    for (const n of [2, 3, 4, 5]) await expect(saveStatus(page, n)).not.toHaveText("Saved");

    // Back online, but the save endpoint still unreachable: reload. The unsent answers come
    // back from the outbox and are still marked unsaved.
    await page.route(SAVE, (route) => route.abort("connectionrefused"));
    await page.context().setOffline(false);
    await page.reload();
    for (const a of answers) await expectAnswered(page, a);
    for (const n of [2, 3, 4, 5]) await expect(saveStatus(page, n)).toHaveText("Not saved — retrying");

    // The server is reachable again: the outbox empties in order within 10 s.
    await page.unroute(SAVE);
    for (const n of [1, 2, 3, 4, 5]) await expect(saveStatus(page, n)).toHaveText("Saved", { timeout: 10_000 });

    // The server really has all five: a fresh browser sees them.
    const other = await onAnotherDevice(browser, joinCode, personalCode);
    await openAssignment(other, SEED_TITLE);
    for (const a of answers) await expectAnswered(other, a);
    await other.context().close();
  });

  test("the save endpoint refuses foreign origins, extra fields and oversized bodies", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const save = { attemptId: "a", questionId: "q", answer: 0, seq: 1, idempotencyKey: "key-12345678" };
    const post = (data: string, headers: Record<string, string> = {}) =>
      page.request.post("/student/api/save", { data, headers: { "Content-Type": "application/json", ...headers }, failOnStatusCode: false });

    expect((await post(JSON.stringify(save))).status()).toBe(403); // no Origin
    expect((await post(JSON.stringify(save), { Origin: "null" })).status()).toBe(403);
    expect((await post(JSON.stringify(save), { Origin: "https://evil.example" })).status()).toBe(403);
    expect((await post(JSON.stringify({ ...save, score: 1 }), { Origin: origin })).status()).toBe(400);
    expect((await post(JSON.stringify({ ...save, isCorrect: true }), { Origin: origin })).status()).toBe(400);
    expect((await post("{not json", { Origin: origin })).status()).toBe(400);
    expect((await post(JSON.stringify({ ...save, answer: "x".repeat(2 * 1024 * 1024) }), { Origin: origin })).status()).toBe(413);
    // Well-formed but not signed in as a student: refused, nothing saved.
    expect((await post(JSON.stringify(save), { Origin: origin })).status()).toBe(401);
  });

  test("signed-out visitors are sent to join; a wrong personal code is refused", async ({ page }) => {
    await page.goto("/student");
    await expect(page).toHaveURL(/\/join$/);
    await page.goto("/join/back");
    await expectNoAxeViolations(page);
    await page.getByLabel("Class code").fill("ABCDEFGH");
    await page.getByLabel("Personal code").fill("ZZZZZZZZ");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /do not match/ })).toBeVisible();
  });
});

