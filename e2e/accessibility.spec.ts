import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const READER = "/read/bloomberg-tillerson-un-north-korea";
const PRACTICE = "/practice/bloomberg-tillerson-un-north-korea";
const PAGES = [
  ["library", "/"],
  ["reader", READER],
  ["practice", PRACTICE],
] as const;

/** Waits for hydration: the reading toolbar is interactive once its buttons respond. */
async function ready(page: Page) {
  await expect(page.locator("html")).toHaveClass(/\bjs\b/);
  await page.waitForLoadState("networkidle");
}

async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const c = getComputedStyle(document.documentElement).backgroundColor.match(/[\d.]+/g)!.map(Number);
    return (0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!) / 255;
  });
}

test.describe("Every student can use Evident: WCAG 2.2 AA checks", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const [name, path] of PAGES) {
      test(`the ${name} page passes axe in ${scheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await ready(page);
        const lum = await backgroundLuminance(page);
        expect(scheme === "dark" ? lum < 0.2 : lum > 0.8).toBe(true);
        await expectNoAxeViolations(page);
      });
    }

    test(`verdicts and the evidence highlight pass axe in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(PRACTICE);
      await ready(page);
      const card = page.getByRole("region", { name: "Questions" }).locator("section").filter({ has: page.getByRole("radio") }).first();
      await card.getByRole("radio").first().check();
      await card.getByRole("button", { name: "Check answer" }).click();
      await expect(card.getByText(/^(Correct|Not quite|Partly right)$/)).toBeVisible();
      await card.getByRole("button", { name: "Show the passage in the article" }).click();
      await expect(page.getByRole("region", { name: "Article" }).locator("mark").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("the reader passes axe in sepia, with the text settings panel open", async ({ page }) => {
    await page.goto(READER);
    await ready(page);
    await page.getByRole("button", { name: "Text settings" }).click();
    await page.getByRole("radio", { name: "Sepia" }).check();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "sepia");
    await page.getByRole("button", { name: "Look up a word" }).click();
    await page.getByRole("button", { name: "Text settings" }).click();
    await expectNoAxeViolations(page);
  });

  test("a student completes a practice question with the keyboard alone", async ({ page }) => {
    await page.goto(PRACTICE);
    await ready(page);
    const card = page.getByRole("region", { name: "Questions" }).locator("section").filter({ has: page.getByRole("radio") }).first();
    const first = card.getByRole("radio").first();
    // The first Tab reaches the skip link; it jumps past the header.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(first).toBeFocused();
    // The focus ring is drawn on the option's box, so it is visible.
    const outline = await first.evaluate((el) => getComputedStyle(el.closest("label")!).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Space");
    await expect(first).toBeChecked();
    await page.keyboard.press("Tab");
    const check = card.getByRole("button", { name: "Check answer" });
    await expect(check).toBeFocused();
    await page.keyboard.press("Enter");
    // The verdict arrives in a live region, in words.
    const live = card.locator("[aria-live=polite]");
    await expect(live).toContainText(/Correct|Not quite|Partly right/);
  });

  test("keyboard focus is always visible", async ({ page }) => {
    await page.goto("/");
    await ready(page);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(ring.style).not.toBe("none");
      expect(ring.width).toBeGreaterThanOrEqual(2);
    }
  });

  for (const [name, path] of PAGES) {
    test(`the ${name} page has landmarks and headings in order`, async ({ page }) => {
      await page.goto(path);
      await ready(page);
      await expect(page.getByRole("banner")).toHaveCount(1);
      await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("contentinfo")).toHaveCount(1);
      const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    });

    // 320 CSS px is a 1280 px screen at 400% zoom; 640 px is 200%.
    for (const width of [320, 640]) {
      test(`the ${name} page reflows at ${width} px without sideways scrolling`, async ({ page }) => {
        await page.setViewportSize({ width, height: 640 });
        await page.goto(path);
        await ready(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }

  test("the reader at the largest text size still fits 320 px", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("evident.reading-settings", JSON.stringify({ size: "largest", spacing: "loose", font: "readable" })));
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(READER);
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "largest");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("reduced motion turns transitions off", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    const duration = await page.getByRole("list", { name: /articles/ }).getByRole("listitem").first().locator("article").evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(duration).toMatch(/^0s/);
  });
});
