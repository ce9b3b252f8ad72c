import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const SEED = "/read/bloomberg-tillerson-un-north-korea";

test.describe("A student practises on the seed article before class", () => {
  test("answers a question, sees the verdict and the passage that decides it", async ({ page }) => {
    await page.goto(SEED);
    await page.getByRole("link", { name: "Practice with questions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Practice/ })).toBeVisible();

    const questions = page.getByRole("region", { name: "Questions" }).getByRole("group");
    expect(await questions.count()).toBeGreaterThanOrEqual(8);
    await expectNoAxeViolations(page);

    // A "who said it?" question. The student guesses until the answer is judged correct;
    // every wrong guess is told so in words (not colour alone) and named the right answer.
    const card = page.getByRole("region", { name: /^Who said “/ }).first();
    const quoted = (await card.locator("legend").innerText()).match(/“(.+?)[”…]/)![1]!;
    const options = card.getByRole("radio");
    let correct = false;
    for (let i = 0; i < (await options.count()) && !correct; i++) {
      await options.nth(i).check();
      // Wait for the server's answer, not a verdict still showing from the last guess.
      await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), card.getByRole("button", { name: /Check (answer|again)/ }).click()]);
      await expect(card.getByRole("button", { name: "Check again" })).toBeEnabled();
      await expect(card.getByText(/^(Correct|Not quite)$/)).toBeVisible();
      correct = await card.getByText("Correct", { exact: true }).isVisible();
      if (!correct) await expect(card.getByText(/^Answer:/)).toBeVisible();
    }
    expect(correct).toBe(true);
    await card.getByRole("button", { name: "Show the passage in the article" }).click();
    const article = page.getByRole("region", { name: "Article" });
    await expect(article.locator("mark", { hasText: quoted.split(" ").slice(0, 5).join(" ") })).toBeVisible();
    await expect(article.locator("mark").first()).toBeFocused();
  });

  test("checking with no answer asks for one instead of sending it", async ({ page }) => {
    await page.goto("/practice/bloomberg-tillerson-un-north-korea");
    const first = page.getByRole("region", { name: "Questions" }).locator("section").first();
    await first.getByRole("button", { name: "Check answer" }).click();
    await expect(first.getByRole("alert")).toHaveText(/Choose an answer first|Write an answer first/);
  });

  test("the page a student loads carries no answer key", async ({ request }) => {
    const html = await (await request.get("/practice/bloomberg-tillerson-un-north-korea")).text();
    const rsc = await (await request.get("/practice/bloomberg-tillerson-un-north-korea", { headers: { RSC: "1" } })).text();
    for (const body of [html, rsc]) {
      // No key, accepted answer, evidence or explanation field, and no explanation wording.
      for (const field of ["key", "accepted", "evidence", "explanation", "correctAnswer"]) expect(body).not.toMatch(new RegExp(`\\\\?"${field}\\\\?"\\s*:`));
      expect(body).not.toContain("attributes these words to");
    }
  });
});
