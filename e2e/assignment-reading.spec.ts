// Reading supports on the assignment itself (issue 9): a student who needs them has the same
// read-aloud, word look-up, text settings and pre-teach words on the quiz page as on the reader,
// but a word a vocabulary question asks about is not looked up for her: its meaning is the key.
import { expect, test, type Page } from "@playwright/test";
import { fakeSpeech, spoken } from "./support/speech";
import { joinClass, openAssignment } from "./support/student";
import { assignLibraryQuiz, createClass, signUpTeacher } from "./support/teacher";

const SEED_TITLE = /^Secretary of State Rex Tillerson called out/;

async function ready(page: Page) {
  await expect(page.locator("html")).toHaveClass(/\bjs\b/);
  await page.waitForLoadState("networkidle");
}

test("Ana reads the assignment aloud, looks words up, and works out the one a question asks about herself", async ({ browser, page }) => {
  await signUpTeacher(page);
  const { joinCode } = await createClass(page, "Period 4");
  await assignLibraryQuiz(page, { articleTitle: SEED_TITLE, className: "Period 4", feedback: "after-submit" });

  const ctx = await browser.newContext();
  const ana = await ctx.newPage();
  await fakeSpeech(ana);
  await joinClass(ana, joinCode, "Ana");
  await openAssignment(ana, SEED_TITLE);
  await ready(ana);

  // The article is read aloud from its first sentence.
  await ana.getByRole("button", { name: "Read aloud", exact: true }).first().click();
  await expect.poll(async () => (await spoken(ana))[0]?.text ?? "").toMatch(/^Secretary of State Rex Tillerson/);
  await ana.getByRole("button", { name: "Stop" }).click();

  // A question and its options are read aloud too.
  const vocab = ana.getByRole("region", { name: /^Question \d+/ }).filter({ hasText: /most nearly mean/ }).first();
  await expect(vocab, "the seed quiz asks what a word means").toBeVisible();
  const prompt = await vocab.locator("legend").innerText();
  await vocab.getByRole("button", { name: /^Read aloud question \d+$/ }).click();
  await expect.poll(async () => (await spoken(ana)).map((s) => s.text)).toContain(prompt);

  // The words to know are there, but not the word the question asks about.
  const tested = prompt.match(/what does “(.+?)” most nearly mean/)![1]!;
  await ana.getByText(/^Vocabulary: \d+ words? to know$/).click();
  const listed = await ana.locator("details dl dt span.font-semibold").allInnerTexts();
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.map((w) => w.toLowerCase())).not.toContain(tested.toLowerCase());

  // Looking up another word gives its meaning in the article's sense…
  await ana.getByRole("button", { name: "Look up a word" }).click();
  const box = ana.getByRole("textbox", { name: "Word" });
  await box.fill(listed[0]!);
  await ana.keyboard.press("Enter");
  await expect(ana.getByText("The meaning used in this article.")).toBeVisible();
  // …and the tested word is left for her to work out from the sentence.
  await box.fill(tested);
  await ana.keyboard.press("Enter");
  await expect(ana.getByText(/A question asks what .+ means, so look for clues in the sentence around it/)).toBeVisible();
  const key = await ana.request.get(`/student/api/define?assignment=${ana.url().split("/").pop()}&word=${encodeURIComponent(tested)}`);
  expect(await key.json()).toEqual({ found: false, word: tested, withheld: true });

  await ctx.close();
});
