import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { answer, joinClass, openAssignment, questionCount, submit } from "./support/student";
import { assignLibraryQuiz, createClass, signUpTeacher } from "./support/teacher";

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

// Every other page: the teacher's, joining, and the student's. One classroom per worker: a teacher
// with a class and an assignment, a student who submitted (so results and review have rows) and
// one still working with a highlight and a note (so the assignment page shows them).
type Who = "nobody" | "teacher" | "student";
type Classroom = { states: Record<Who, BrowserContextOptions["storageState"]>; urls: Record<string, string> };

const SEED_TITLE = /^Secretary of State Rex Tillerson called out/;

async function setUpClassroom(browser: Browser): Promise<Classroom> {
  const tctx = await browser.newContext();
  const t = await tctx.newPage();
  await signUpTeacher(t);
  const className = `Period ${Math.floor(Math.random() * 1000)}`;
  const { joinCode, classUrl } = await createClass(t, className);
  const { assignmentUrl } = await assignLibraryQuiz(t, { articleTitle: SEED_TITLE, className, feedback: "after-review" });
  await t.goto("/teacher");
  const print = new URL((await t.getByRole("link", { name: /print/i }).first().getAttribute("href"))!, t.url()).toString();

  const done = await (await browser.newContext()).newPage();
  await joinClass(done, joinCode, "Ada");
  await openAssignment(done, SEED_TITLE);
  const n = await questionCount(done);
  for (let i = 1; i <= n; i++) await answer(done, i, i);
  await submit(done);
  await done.context().close();

  const sctx = await browser.newContext();
  const s = await sctx.newPage();
  await joinClass(s, joinCode, "Noor");
  const welcome = s.url();
  await openAssignment(s, SEED_TITLE);
  const assignment = s.url();
  await answer(s, 1, 1);
  const tools = s.getByRole("region", { name: "Highlights and notes" });
  await tools.getByText("Choose a sentence", { exact: true }).click();
  await tools.getByRole("button", { name: "Add note to sentence" }).click();
  await tools.getByRole("textbox", { name: /^Note on/ }).fill("A claim to check.");
  await tools.getByRole("button", { name: "Save note" }).click();
  await expect(tools.getByRole("status")).toHaveText("Note kept. Saved", { timeout: 15_000 });

  const states = { nobody: undefined, teacher: await tctx.storageState(), student: await sctx.storageState() };
  await tctx.close();
  await sctx.close();
  return {
    states,
    urls: {
      "teacher sign-in": "/teacher/sign-in",
      "teacher sign-up": "/teacher/sign-up",
      "teacher dashboard": "/teacher",
      class: classUrl,
      "login cards": `${classUrl}/cards`,
      "assignment results": assignmentUrl,
      review: `${assignmentUrl}/review`,
      "printable quiz": print,
      join: "/join",
      "join again": "/join/back",
      "student home": "/student",
      "student welcome": welcome,
      "student assignment": assignment,
    },
  };
}

const SIGNED_IN: [string, Who][] = [
  ["teacher sign-in", "nobody"],
  ["teacher sign-up", "nobody"],
  ["teacher dashboard", "teacher"],
  ["class", "teacher"],
  ["login cards", "teacher"],
  ["assignment results", "teacher"],
  ["review", "teacher"],
  ["printable quiz", "teacher"],
  ["join", "nobody"],
  ["join again", "nobody"],
  ["student home", "student"],
  ["student welcome", "student"],
  ["student assignment", "student"],
];

test.describe("Teacher, joining and student pages pass axe too", () => {
  test.describe.configure({ timeout: 60_000 });
  let classroom: Classroom | null = null;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    classroom = await setUpClassroom(browser);
  });

  for (const scheme of ["light", "dark"] as const) {
    for (const [name, who] of SIGNED_IN) {
      test(`the ${name} page passes axe in ${scheme} mode`, async ({ browser }) => {
        const context = await browser.newContext({ storageState: classroom!.states[who], colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(classroom!.urls[name]!);
        await page.waitForLoadState("networkidle");
        await expect(page.locator("h1").first()).toBeVisible();
        const lum = await backgroundLuminance(page);
        expect(scheme === "dark" ? lum < 0.2 : lum > 0.8).toBe(true);
        await expectNoAxeViolations(page);
        await context.close();
      });
    }
  }
});

test.describe("Form errors are tied to their fields and announced", () => {
  test("joining with nothing typed: focus lands on the class code, which carries its error", async ({ page }) => {
    await page.goto("/join");
    await ready(page);
    await page.getByRole("button", { name: "Join class" }).click();
    const code = page.getByLabel("Class code");
    await expect(code).toHaveAttribute("aria-invalid", "true");
    await expect(code).toBeFocused();
    const error = await page.locator(`#${await code.getAttribute("id")}-error`).innerText();
    expect(error.length).toBeGreaterThan(5);
    await expect(code).toHaveAccessibleDescription(new RegExp(error.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  });

  test("a wrong personal code is said in an alert", async ({ page }) => {
    await page.goto("/join/back");
    await ready(page);
    await page.getByLabel("Class code").fill("ABCDEFGH");
    await page.getByLabel("Personal code").fill("ABCDEFGH");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toBeVisible({ timeout: 15_000 });
  });

  test("a short password on sign-up: the password field is focused and described by its error", async ({ page }) => {
    await page.goto("/teacher/sign-up");
    await ready(page);
    await page.getByLabel("Your name").fill("Ms Rivera");
    await page.getByLabel("Email").fill(`short-${Date.now()}@school.example`);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    const password = page.getByLabel("Password");
    await expect(password).toHaveAttribute("aria-invalid", "true", { timeout: 15_000 });
    await expect(password).toBeFocused();
    await expect(password).toHaveAccessibleDescription(/10 characters/);
  });

  test("a wrong password on sign-in is said in an alert", async ({ page }) => {
    await page.goto("/teacher/sign-in");
    await ready(page);
    await page.getByLabel("Email").fill("nobody@school.example");
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toBeVisible({ timeout: 15_000 });
  });
});
