// Page objects for the student side: joining, coming back with the personal code, answering
// and checking what a question shows — by role and label, as a student (or screen reader) would.
import { expect, type Browser, type Locator, type Page } from "@playwright/test";

/** Joins with a class code and a name; ends on the welcome page and returns the personal code. */
export async function joinClass(page: Page, joinCode: string, name: string): Promise<{ personalCode: string }> {
  await page.goto("/join");
  await page.getByLabel("Class code").fill(joinCode);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page).toHaveURL(/\/student\/welcome$/, { timeout: 15_000 });
  const personalCode = (await page.getByLabel("Your personal code").innerText()).trim();
  expect(personalCode).toMatch(/^[A-Z2-9]{8}$/);
  return { personalCode };
}

/** Signs in on another device (a fresh browser context) with the class code and personal code. */
export async function comeBack(page: Page, joinCode: string, personalCode: string): Promise<void> {
  await page.goto("/join/back");
  await page.getByLabel("Class code").fill(joinCode);
  await page.getByLabel("Personal code").fill(personalCode);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your assignments" })).toBeVisible({ timeout: 15_000 });
}

/** A new browser context (another device) signed in as the same student. */
export async function onAnotherDevice(browser: Browser, joinCode: string, personalCode: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await comeBack(page, joinCode, personalCode);
  return page;
}

export async function openAssignment(page: Page, title: RegExp): Promise<void> {
  await page.goto("/student");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 15_000 });
}

export function question(page: Page, n: number): Locator {
  return page.getByRole("region", { name: new RegExp(`^Question ${n}\\b`) });
}

export function saveStatus(page: Page, n: number): Locator {
  return question(page, n).getByRole("status");
}

/**
 * Answers question n: the choice at `pick` (wrapping around) or, for a written question, `text`,
 * leaving the box so it saves at once. Returns what was answered, to check later.
 */
export async function answer(page: Page, n: number, pick = 0, text = "The United Nations"): Promise<Answer> {
  const card = question(page, n);
  const radios = card.getByRole("radio");
  const count = await radios.count();
  if (count > 0) {
    const index = pick % count;
    await radios.nth(index).check();
    return { n, kind: "choice", index };
  }
  const box = card.getByRole("textbox");
  await box.fill(text);
  await box.blur();
  return { n, kind: "text", text };
}

export type Answer = { n: number; kind: "choice"; index: number } | { n: number; kind: "text"; text: string };

/** The page shows the answer (after a reload, or on another device). */
export async function expectAnswered(page: Page, a: Answer): Promise<void> {
  const card = question(page, a.n);
  if (a.kind === "choice") await expect(card.getByRole("radio").nth(a.index)).toBeChecked();
  else await expect(card.getByRole("textbox")).toHaveValue(a.text);
}

export async function questionCount(page: Page): Promise<number> {
  return page.getByRole("region", { name: /^Question \d+\b/ }).count();
}

export async function submit(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await page.getByRole("button", { name: "Yes, submit" }).click();
  await expect(page.getByText("You submitted this assignment.")).toBeVisible({ timeout: 15_000 });
}

/** The number of the first question answered by picking an option. */
export async function firstChoiceQuestion(page: Page): Promise<number> {
  const cards = page.getByRole("region", { name: /^Question \d+\b/ });
  await expect(cards.first()).toBeVisible();
  const total = await cards.count();
  for (let n = 1; n <= total; n++) if ((await question(page, n).getByRole("radio").count()) > 0) return n;
  throw new Error("This quiz has no choice question");
}

/** The number of the last question answered in writing (the quiz's open question in these stories). */
export async function lastWrittenQuestion(page: Page): Promise<number> {
  const cards = page.getByRole("region", { name: /^Question \d+\b/ });
  await expect(cards.first()).toBeVisible();
  for (let n = await cards.count(); n >= 1; n--) if ((await question(page, n).getByRole("textbox").count()) > 0) return n;
  throw new Error("This quiz has no written question");
}
