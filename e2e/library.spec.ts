import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

test.describe("A teacher browses the library and reads the seed article", () => {
  test("the library lists every bundled article with its outlet, length, reading time and level", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
    const cards = page.getByRole("list", { name: /16 articles/ }).getByRole("listitem");
    await expect(cards).toHaveCount(16);
    const voa = cards.filter({ hasText: "US Supreme Court Upholds Trump's Travel Ban" });
    await expect(voa).toContainText("Voice of America");
    await expect(voa).toContainText(/\d+ words/);
    await expect(voa).toContainText(/\d+ min read/);
    await expect(voa).toContainText(/Grade \d+ (\(college\) )?reading level/);
    // The seed has no headline: the library says so instead of inventing one.
    const seed = cards.filter({ hasText: "Bloomberg" });
    await expect(seed).toContainText("No headline");
    await expectNoAxeViolations(page);
  });

  test("the seed article reads cleanly, with its damaged quotation marks repaired", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /Secretary of State Rex Tillerson called out/ }).click();
    await expect(page).toHaveURL(/\/read\/bloomberg-tillerson-un-north-korea$/);
    const article = page.getByRole("article");
    await expect(article).toContainText("“North Korea must earn its way back to the table,” Tillerson said");
    await expect(article).toContainText("Bloomberg");
    await expect(page.getByRole("note")).toContainText("no headline, author or date");
    const body = await page.locator("body").innerText();
    expect(body).not.toContain("†");
    expect(body).not.toContain("â€");
    await expectNoAxeViolations(page);
  });

  test("every article in the library reads without damaged characters", async ({ page, request }) => {
    const html = await (await request.get("/")).text();
    const slugs = [...new Set([...html.matchAll(/href="\/read\/([a-z0-9-]+)"/g)].map((m) => m[1]!))];
    expect(slugs.length).toBe(16);
    for (const slug of slugs) {
      await page.goto(`/read/${slug}`);
      const text = await page.locator("main").innerText();
      expect(text, slug).not.toMatch(/†|â€|Ã.|\uFFFD/);
      await expect(page.locator("main p[id^=p]").first()).toBeVisible();
    }
  });

  test("an unknown article gives a helpful page, not an error", async ({ page }) => {
    const response = await page.goto("/read/no-such-article");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the library" })).toBeVisible();
  });

  test("reading needs no client JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/read/bloomberg-tillerson-un-north-korea");
    await expect(page.locator("main")).toContainText("North Korea must earn its way back to the table");
    await context.close();
  });
});
