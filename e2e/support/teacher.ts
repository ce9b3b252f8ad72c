// Page objects for the teacher side of the classroom: each step as a teacher would do it, by
// role and label, returning what later steps (and the student stories) need.
import { expect, type Page } from "@playwright/test";

export type FeedbackChoice = "per-question" | "after-submit" | "after-due" | "after-review";

/** A fresh teacher with a unique email; ends signed in on /teacher. */
export async function signUpTeacher(page: Page, name = "Ms Rivera"): Promise<{ email: string; password: string }> {
  const email = `teacher-${Date.now()}-${Math.random().toString(36).slice(2, 10)}@school.example`;
  const password = "correct horse battery staple";
  await page.goto("/teacher/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible({ timeout: 15_000 });
  return { email, password };
}

export async function signInTeacher(page: Page, creds: { email: string; password: string }): Promise<void> {
  await page.goto("/teacher/sign-in");
  await page.getByLabel("Email").fill(creds.email);
  await page.getByLabel("Password").fill(creds.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible({ timeout: 15_000 });
}

/** Creates a class from /teacher; ends on the class's page, where the join code is shown. */
export async function createClass(page: Page, name: string): Promise<{ joinCode: string; classUrl: string }> {
  await page.goto("/teacher");
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible({ timeout: 15_000 });
  const joinCode = (await page.getByLabel("Join code").innerText()).trim();
  expect(joinCode).toMatch(/^[A-Z2-9]{8}$/);
  return { joinCode, classUrl: page.url() };
}

/**
 * Makes a quiz from a library article (its title as shown in the "Article" list) and assigns it
 * to an existing class with the given feedback rule; returns the assignment's results URL.
 */
export async function assignLibraryQuiz(
  page: Page,
  opts: { articleTitle: RegExp; className: string; feedback: FeedbackChoice; due?: string },
): Promise<{ assignmentUrl: string }> {
  await page.goto("/teacher");
  const article = page.getByLabel("Article", { exact: true });
  const titles = await article.locator("option").allTextContents();
  const label = titles.find((t) => opts.articleTitle.test(t));
  if (!label) throw new Error(`No library article matches ${opts.articleTitle}; the list has: ${titles.join(" | ")}`);
  await article.selectOption({ label });
  await page.getByRole("button", { name: "Create quiz", exact: true }).click();
  // The new quiz opens in the quiz builder; these stories assign it from the dashboard.
  await expect(page.getByRole("status").filter({ hasText: "Quiz created" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/teacher");

  // The newest quiz is listed first.
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: opts.articleTitle }) }).first();
  await row.getByLabel("Class", { exact: true }).selectOption({ label: opts.className });
  if (opts.due) await row.getByLabel("Due").fill(opts.due);
  await row.getByLabel("Feedback").selectOption(opts.feedback);
  await row.getByRole("button", { name: "Assign" }).click();
  const results = row.getByRole("link", { name: "See results" });
  await expect(results).toBeVisible({ timeout: 15_000 });
  const href = await results.getAttribute("href");
  return { assignmentUrl: new URL(href!, page.url()).toString() };
}
