// After the bell: a teacher's own article, item analysis, the review queue and a printable
// worksheet — each as a teacher uses it, with an axe scan on every new page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { answer, firstChoiceQuestion, joinClass, lastWrittenQuestion, openAssignment, saveStatus, submit } from "./support/student";
import { assignLibraryQuiz, createClass, signUpTeacher } from "./support/teacher";

const library = (slug: string) => readFileSync(path.join(process.cwd(), "content/library", `${slug}.txt`));
// This library article's quiz ends with an open question, which always goes to the teacher.
const OPEN_TITLE = /^Bill Would Let US States Enforce Own Marijuana/;
// Found on the first student's page: the last question answered in writing (an open one here).
let OPEN_QUESTION = 0;

test.describe("A teacher's own article", () => {
  test("refuses what is not an article at the field, storing nothing, then makes quizzes from pasted text and an uploaded file", async ({ page }) => {
    test.slow();
    await signUpTeacher(page);
    await page.goto("/teacher");
    const form = page.getByRole("form", { name: "Or use your own article" });
    const create = form.getByRole("button", { name: "Create quiz from my article" });

    // Nothing given: the paste box says what to do.
    await create.click();
    await expect(form.getByLabel("Paste the article")).toHaveAccessibleDescription(/Paste the article here/);
    await expect(form.getByLabel("Paste the article")).toBeFocused();

    // A binary file: refused with the reason, tied to the file field.
    await form.getByLabel("Upload a file").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    await create.click();
    await expect(form.getByLabel("Upload a file")).toHaveAccessibleDescription(/not \.png/);
    await expect(form.getByLabel("Upload a file")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    // Over 2 MB: refused before it is read, with a clear message (not Next's body limit).
    await form.getByLabel("Upload a file").setInputFiles({ name: "long.txt", mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024 + 10, "word ") });
    await create.click();
    await expect(form.getByLabel("Upload a file")).toHaveAccessibleDescription(/larger than 2 MB/, { timeout: 15_000 });

    // A line of text is not an article.
    await form.getByLabel("Upload a file").setInputFiles([]);
    await form.getByLabel("Paste the article").fill("Hello there.");
    await create.click();
    await expect(form.getByLabel("Paste the article")).toHaveAccessibleDescription(/only 2 words/);
    await expect(form.getByLabel("Paste the article")).toHaveValue("Hello there.");
    await expect(page.getByText(/No quizzes yet/)).toBeVisible();

    // A pasted article with a title of the teacher's choosing; the button says it is working.
    await page.route("**/teacher", async (route) => {
      if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await form.getByLabel("Title (optional)").fill("Travel ban ruling (my copy)");
    await form.getByLabel("Paste the article").fill(library("us-supreme-court-upholds-trumps-travel-ban").toString("utf8"));
    await create.click();
    await expect(form.getByRole("button", { name: "Creating quiz…" })).toBeDisabled();
    // The new quiz opens in the builder; the dashboard lists it.
    await expect(page.getByRole("status").filter({ hasText: "Quiz created" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1, name: "Travel ban ruling (my copy)" })).toBeVisible();
    await page.unroute("**/teacher");
    await page.goto("/teacher");
    await expect(page.getByRole("heading", { level: 3, name: "Travel ban ruling (my copy)" })).toBeVisible();

    // An uploaded .txt file, titled from its headline.
    await form.getByLabel("Paste the article").fill("");
    await form.getByLabel("Upload a file").setInputFiles({ name: "iran.txt", mimeType: "text/plain", buffer: library("iran-protests-revive-bitter-us-political-divides") });
    await create.click();
    await expect(page.getByRole("status").filter({ hasText: "Quiz created" })).toContainText(/Iran/, { timeout: 30_000 });
    await page.goto("/teacher");
    await expect(page.getByRole("heading", { level: 3, name: /Iran/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("Results a teacher can act on", () => {
  test("item analysis, the review queue with shortcuts and remembered scores, and a printable worksheet", async ({ browser }, testInfo) => {
    // One long classroom story; the phone project covers the same pages in the other tests.
    test.skip(testInfo.project.name === "phone", "desktop story");
    test.setTimeout(180_000);
    const page = await (await browser.newContext()).newPage();
    await signUpTeacher(page, "Mr Hale");
    const className = `Period 6 · ${Date.now()}`;
    const { joinCode } = await createClass(page, className);
    const { assignmentUrl } = await assignLibraryQuiz(page, { articleTitle: OPEN_TITLE, className, feedback: "after-submit" });

    // Ana and Ben give the same answer to the open question, and Ana also answers the first
    // choice question.
    let choice = 0;
    for (const name of ["Ana", "Ben"]) {
      const s = await (await browser.newContext()).newPage();
      await joinClass(s, joinCode, name);
      await openAssignment(s, OPEN_TITLE);
      if (name === "Ana") {
        choice = await firstChoiceQuestion(s);
        await answer(s, choice, 0);
        await expect(saveStatus(s, choice)).toHaveText("Saved");
      }
      OPEN_QUESTION ||= await lastWrittenQuestion(s);
      await answer(s, OPEN_QUESTION, 0, "I would check what the police chiefs say in another newspaper.");
      await expect(saveStatus(s, OPEN_QUESTION)).toHaveText("Saved");
      await submit(s);
      await s.context().close();
    }

    // Results: the numbers in words, bars with a text alternative, and the score spread.
    await page.goto(assignmentUrl);
    await expect(page.getByText("2 of 2 submitted")).toBeVisible();
    const items = page.getByRole("region", { name: "Question by question" });
    const picked = items.getByRole("listitem", { name: `Question ${choice}`, exact: true });
    await expect(picked.getByText(/^(0|100)% correct/)).toBeVisible();
    await expect(picked.getByText("(1 answer)")).toBeVisible();
    await expect(picked.getByRole("img", { name: new RegExp(`^(0|100)% correct on question ${choice}$`) })).toBeVisible();
    await expect(picked.getByRole("table", { name: /How often each option was picked/ })).toContainText("(key)");
    const open = items.getByRole("listitem", { name: `Question ${OPEN_QUESTION}`, exact: true });
    await expect(open.getByText("(2 answers)")).toBeVisible();
    const untouched = [1, 2, 3].find((n) => n !== choice && n !== OPEN_QUESTION)!;
    await expect(items.getByRole("listitem", { name: `Question ${untouched}`, exact: true }).getByText("No answers yet.")).toBeVisible();
    const distribution = page.getByRole("region", { name: "Score distribution" }).getByRole("table");
    await expect(distribution.getByRole("row")).toHaveCount(11);
    await expectNoAxeViolations(page);
    const anaBefore = await page.getByRole("row", { name: /^Ana\b/ }).getByRole("cell").nth(1).innerText();

    // The review queue: both open answers beside the key and the evidence.
    await page.getByRole("link", { name: "Review answers (2 to review)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Review answers" })).toBeVisible();
    await expect(page.getByText(/press A to accept it/)).toBeVisible();
    const ana = page.getByRole("listitem", { name: `Ana · Question ${OPEN_QUESTION}` });
    const ben = page.getByRole("listitem", { name: `Ben · Question ${OPEN_QUESTION}` });
    await expect(ana.getByText("I would check what the police chiefs say in another newspaper.")).toBeVisible();
    await expect(ana.getByText("Evidence in the article")).toBeVisible();
    await expect(ben.getByText(/Last time you gave/)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // One keystroke: A on Ana's focused answer accepts it; it leaves the queue.
    await ana.focus();
    await page.keyboard.press("a");
    await expect(ana).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole("status").filter({ hasText: "Ana" })).toContainText("Score 1 saved");
    // Ben gave the same answer: the teacher's last score for it is suggested.
    await expect(ben.getByText("Last time you gave this answer 1")).toBeVisible();

    // Part marks with a comment: typed, then Enter sets the score (never Accept).
    await ben.getByLabel("Score", { exact: true }).fill("2");
    await ben.getByRole("button", { name: "Set score" }).click();
    await expect(ben.getByLabel("Score", { exact: true })).toHaveAccessibleDescription(/from 0 to 1/);
    await ben.getByLabel("Score", { exact: true }).fill("0.5");
    await ben.getByLabel("Comment (optional)").fill("Name the newspaper.");
    await ben.getByLabel("Score", { exact: true }).press("Enter");
    await expect(page.getByText(/^Nothing to review/)).toBeVisible({ timeout: 15_000 });
    await expectNoAxeViolations(page);

    // The scores changed on the results page too.
    await page.goto(assignmentUrl);
    await expect(page.getByRole("link", { name: "Review answers (0 to review)" })).toBeVisible();
    const anaAfter = await page.getByRole("row", { name: /^Ana\b/ }).getByRole("cell").nth(1).innerText();
    expect(anaAfter).not.toBe(anaBefore);
    const total = await items.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) }).count();
    await expect(page.getByRole("row", { name: /^Ben\b/ }).getByRole("cell").nth(1)).toHaveText(`${Math.round((0.5 / total) * 100)}%`);
    await expect(open.getByText(/^75% correct/)).toBeVisible();

    // The printable worksheet, from the quiz list.
    await page.goto("/teacher");
    const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: OPEN_TITLE }) });
    await row.getByRole("link", { name: "Print worksheet" }).click();
    await expect(page.getByRole("heading", { level: 1, name: OPEN_TITLE })).toBeVisible();
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    await expect(page.getByText(/^Paragraph 1:/).first()).toBeAttached();
    const questions = page.getByRole("region", { name: "Questions" });
    await expect(questions.getByText(/^A\.$/).first()).toBeVisible();
    const key = page.getByRole("region", { name: "Answer key" });
    await expect(key.getByRole("listitem")).toHaveCount(total);
    await expect(key.getByText(/^1\./)).toBeVisible();
    await expectNoAxeViolations(page);
    // On paper: the key starts a new page, and no question is cut across pages.
    await page.emulateMedia({ media: "print" });
    expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
    expect(await questions.locator(".worksheet-question").first().evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();

    // The same pages pass axe in dark mode, with students' numbers on them.
    await page.emulateMedia({ media: "screen", colorScheme: "dark" });
    await expectNoAxeViolations(page);
    await page.goto(assignmentUrl);
    await expect(items.getByRole("listitem", { name: "Question 1", exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("an empty review queue and another teacher's worksheet, in dark mode", async ({ page, browser }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: "dark" });
    await signUpTeacher(page);
    const className = `Period 7 · ${Date.now()}`;
    await createClass(page, className);
    const { assignmentUrl } = await assignLibraryQuiz(page, { articleTitle: OPEN_TITLE, className, feedback: "after-review" });
    await page.goto(`${assignmentUrl}/review`);
    await expect(page.getByRole("heading", { level: 1, name: "Review answers" })).toBeVisible();
    await expect(page.getByText(/^Nothing to review/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/teacher");
    await expectNoAxeViolations(page);
    const href = await page.getByRole("link", { name: "Print worksheet" }).first().getAttribute("href");
    await page.goto(href!);
    await expect(page.getByRole("heading", { level: 2, name: "Answer key" })).toBeVisible();
    await expectNoAxeViolations(page);
    const other = await (await browser.newContext()).newPage();
    await signUpTeacher(other, "Mr Other");
    const res = await other.goto(href!);
    expect(res?.status()).toBe(404);
    const review = await other.goto(`${assignmentUrl}/review`);
    expect(review?.status()).toBe(404);
  });
});
