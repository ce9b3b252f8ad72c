// Before the lesson: Ms. Adeyemi checks the quiz Evident wrote, shapes it in the builder, and
// assigns it. Every change is saved as she makes it, and the assigned quiz stays as it was.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createClass, signUpTeacher } from "./support/teacher";

const SEED_TITLE = /^Secretary of State Rex Tillerson called out/;
const question = (page: Page, n: number) => page.getByRole("article", { name: `Question ${n}`, exact: true });
const status = (page: Page) => page.getByRole("region", { name: "Questions" }).getByRole("status");
const promptOf = async (item: Locator) => (await item.locator("[data-prompt]").innerText()).trim();

test("Ms. Adeyemi opens the generated quiz, drops a question, moves one up, edits a key the article does not support, writes her own, asks for an alternate, and assigns it", async ({ page }) => {
  test.setTimeout(180_000);
  await signUpTeacher(page, "Ms. Adeyemi");
  await createClass(page, "Period 4");

  // A new quiz opens in the builder; the button says it is working meanwhile.
  await page.goto("/teacher");
  const article = page.getByLabel("Article", { exact: true });
  await article.selectOption({ label: (await article.locator("option").allTextContents()).find((t) => SEED_TITLE.test(t))! });
  await page.getByRole("button", { name: "Create quiz", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Quiz created" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(page).toHaveURL(/\/teacher\/quizzes\/[^/?]+\?created=1$/);
  const builderUrl = page.url().replace(/\?.*$/, "");
  const total = await page.getByRole("list", { name: "Questions in order" }).getByRole("article").count();
  expect(total).toBeGreaterThanOrEqual(8);
  await expect(page.getByText(`${total} of ${total} in the quiz.`)).toBeVisible();

  // Showing a question's evidence marks its passage in the article.
  await question(page, 2).getByRole("button", { name: "Show evidence question 2" }).click();
  await expect(page.getByText("Highlighted: the evidence for question 2.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Article" }).locator("mark").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // She drops question 3: it stays in the list, left out of the quiz.
  await question(page, 3).getByRole("checkbox", { name: "In the quiz question 3" }).uncheck();
  await expect(status(page)).toHaveText("Question 3 is left out of the quiz.");
  await expect(question(page, 3).getByText("Left out of the quiz")).toBeVisible();
  await expect(page.getByText(`${total - 1} of ${total} in the quiz.`)).toBeVisible();

  // She moves question 5 up with the keyboard; focus stays on the button, now on question 4.
  const fifth = await promptOf(question(page, 5));
  await question(page, 5).getByRole("button", { name: "Move up question 5" }).focus();
  await page.keyboard.press("Enter");
  await expect(status(page)).toHaveText("Moved to position 4.");
  expect(await promptOf(question(page, 4))).toBe(fifth);
  await expect(question(page, 4).getByRole("button", { name: "Move up question 4" })).toBeFocused();

  // She changes a multiple-choice key to something the article does not say: saved, but flagged.
  const mc = page.getByRole("article").filter({ hasText: "Comprehension" }).filter({ has: page.getByText("correct", { exact: true }) }).first();
  const mcNumber = Number((await mc.getByRole("heading", { level: 3 }).innerText()).replace(/\D/g, ""));
  await mc.getByRole("button", { name: `Edit question ${mcNumber}` }).click();
  const edit = page.getByRole("form", { name: `Edit question ${mcNumber}` });
  let keyLetter = "";
  for (const letter of "ABCDEF") {
    const radio = edit.getByRole("radio", { name: `Option ${letter} is correct` });
    if ((await radio.count()) && (await radio.isChecked())) keyLetter = letter;
  }
  expect(keyLetter).not.toBe("");
  await edit.getByRole("textbox", { name: `Option ${keyLetter}`, exact: true }).fill("Bananas shipped from Brazil");
  await edit.getByRole("button", { name: "Save question" }).click();
  await expect(status(page)).toHaveText(`Saved question ${mcNumber}. The article does not seem to support its answer; see the warning.`, { timeout: 15_000 });
  const flagged = question(page, mcNumber);
  await expect(flagged.getByText("The article does not seem to support this answer.")).toBeVisible();
  await expect(flagged.getByText("Bananas shipped from Brazil")).toBeVisible();
  await expect(flagged.getByText("Edited", { exact: true })).toBeVisible();

  // She writes her own short-answer question; Evident finds its evidence.
  await page.getByRole("button", { name: "Write your own question" }).click();
  const own = page.getByRole("form", { name: "Write your own question" });
  await own.getByRole("radio", { name: "Short answer" }).check();
  // Nothing written yet: the form says what is missing, at the field.
  await own.getByRole("button", { name: "Add question" }).click();
  await expect(own.getByRole("textbox", { name: "Question" })).toHaveAccessibleDescription("Write the question.");
  await own.getByRole("textbox", { name: "Question" }).fill("Which country called the Security Council meeting?");
  await own.getByRole("textbox", { name: "Accepted answers" }).fill("Japan");
  await expectNoAxeViolations(page);
  await own.getByRole("button", { name: "Add question" }).click();
  const n = total + 1;
  await expect(status(page)).toHaveText(`Added question ${n}. The article supports its answer.`, { timeout: 15_000 });
  await expect(question(page, n).getByText("Your question")).toBeVisible();
  await expect(question(page, n).getByRole("heading", { level: 3 })).toBeFocused();
  await question(page, n).getByRole("button", { name: `Show evidence question ${n}` }).click();
  await expect(page.getByRole("region", { name: "Article" }).locator("mark").first()).toContainText("called by Japan");

  // She asks for another question in place of one she does not like (not the one she edited).
  const alt = mcNumber === 1 ? 2 : 1;
  const altPrompt = await promptOf(question(page, alt));
  await question(page, alt).getByRole("button", { name: `Suggest another question instead of question ${alt}` }).click();
  await expect(status(page)).toHaveText(`Question ${alt} replaced with a new suggestion.`, { timeout: 15_000 });
  await expect(question(page, alt).getByText("Suggested", { exact: true })).toBeVisible();
  await expect(question(page, alt).getByRole("heading", { level: 3 })).toBeFocused();
  expect(await promptOf(question(page, alt))).not.toBe(altPrompt);
  await expectNoAxeViolations(page);

  // Everything was saved: a reload shows the same quiz, warning included.
  await page.goto(builderUrl);
  await expect(question(page, mcNumber).getByText("The article does not seem to support this answer.")).toBeVisible();
  await expect(question(page, 3).getByText("Left out of the quiz")).toBeVisible();
  expect(await promptOf(question(page, 4))).toBe(fifth);
  await expect(page.getByText(`${n - 1} of ${n} in the quiz.`)).toBeVisible();

  // She assigns it. From then on the questions stay as students see them; she can edit a copy.
  const assign = page.getByRole("region", { name: "Assign" });
  await assign.getByLabel("Class", { exact: true }).selectOption({ label: "Period 4" });
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(assign.getByRole("status")).toContainText("Assigned to Period 4.", { timeout: 15_000 });
  await page.goto(builderUrl);
  await expect(page.getByText(/Assigned to Period 4\. Its questions stay as students saw them/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Edit question/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Make a copy to edit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /\(copy\)$/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Edit question 1", exact: true })).toBeVisible();

  // The dashboard links each quiz to its builder.
  await page.goto("/teacher");
  await expect(page.getByRole("link", { name: "Open in the quiz builder" })).toHaveCount(2);
});
