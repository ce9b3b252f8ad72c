// Highlight and note while reading (issue 9): in practice the marks stay on this device; in an
// assignment they are kept with the student's attempt on the server, survive a reload, another
// device and a dropped connection, and freeze when the work is handed in.
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { joinClass, onAnotherDevice, openAssignment, submit } from "./support/student";
import { assignLibraryQuiz, createClass, signUpTeacher } from "./support/teacher";

const PRACTICE = "/practice/bloomberg-tillerson-un-north-korea";
const SEED_TITLE = /^Secretary of State Rex Tillerson called out/;

const article = (page: Page) => page.getByRole("region", { name: "Article" });
const tools = (page: Page) => page.getByRole("region", { name: "Highlights and notes" });
const toolsStatus = (page: Page) => tools(page).getByRole("status");
const paragraph = (page: Page, n: number) => article(page).locator(`p#p${n}`);

async function ready(page: Page) {
  await expect(page.locator("html")).toHaveClass(/\bjs\b/);
  await page.waitForLoadState("networkidle");
}

/** The article's own words inside an element (without paragraph numbers and screen-reader labels). */
async function ownText(el: Locator): Promise<string> {
  return el.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let out = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest("[data-skip]")) out += (n as Text).data;
    return out.trim();
  });
}

const paragraphWords = (page: Page, n: number) => ownText(paragraph(page, n));

/** Chooses paragraph n's first sentence from the lists, by keyboard alone. */
async function highlightSentenceByKeyboard(page: Page, n: number, withNote: boolean) {
  const summary = tools(page).getByText("Choose a sentence", { exact: true });
  await summary.focus();
  await page.keyboard.press("Enter");
  const para = tools(page).getByLabel("Paragraph");
  await para.focus();
  await para.selectOption({ index: n - 1 });
  await tools(page).getByLabel("Sentence").focus();
  await page.keyboard.press("Tab");
  const button = tools(page).getByRole("button", { name: withNote ? "Add note to sentence" : "Highlight sentence" });
  if (withNote) await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
}

test.describe("A student highlights passages and writes notes while reading", () => {
  test("in practice: select words, highlight, add a note, find it again from the list; kept on this device", async ({ page, isMobile }) => {
    await page.goto(PRACTICE);
    await ready(page);
    await expect(tools(page).getByText("None yet.")).toBeVisible();

    // Select the words of paragraph 2 (a mouse drag, a long press on a phone, or Shift+arrows).
    const words = await paragraphWords(page, 2);
    await paragraph(page, 2).selectText();
    const bar = page.getByRole("group", { name: "Selected text" });
    await expect(bar).toContainText(words.slice(0, 20));
    // On a phone the button is tapped (touch events), elsewhere clicked.
    const highlight = bar.getByRole("button", { name: "Highlight", exact: true });
    await (isMobile ? highlight.tap() : highlight.click());
    await expect(bar).toBeHidden();

    // A <mark> with a label (not colour alone), over exactly the selected words.
    const mark = paragraph(page, 2).locator("mark[data-highlight]");
    await expect(mark).toHaveCount(1);
    await expect(mark.locator(".sr-only").first()).toHaveText(/Your highlight/);
    expect(await ownText(mark)).toBe(words);
    const border = await mark.evaluate((m) => getComputedStyle(m).borderBottomStyle);
    expect(border).toBe("dashed");
    await expect(toolsStatus(page)).toContainText("Saved on this device");

    // A note on it, from the list.
    const item = tools(page).getByRole("listitem");
    await expect(item).toHaveCount(1);
    await item.getByRole("button", { name: "Add note, paragraph 2" }).click();
    const note = tools(page).getByRole("textbox", { name: /^Note on/ });
    await expect(note).toBeFocused();
    await note.fill("Who is speaking here?");
    await tools(page).getByRole("button", { name: "Save note" }).click();
    await expect(item).toContainText("Note: Who is speaking here?");
    await expect(mark.locator(".student-mark-note")).toContainText("your note: Who is speaking here?");

    // The list links back to the passage and moves focus there.
    await item.getByRole("link", { name: /^Paragraph 2: “/ }).click();
    await expect(mark).toBeFocused();
    await expectNoAxeViolations(page);

    // Kept on this device: a reload shows it again.
    await page.reload();
    await ready(page);
    await expect(paragraph(page, 2).locator("mark[data-highlight]")).toHaveCount(1);
    await expect(tools(page).getByRole("listitem")).toContainText("Who is speaking here?");
    // High contrast (forced colours) replaces backgrounds; the dashed underline stays.
    await page.emulateMedia({ forcedColors: "active" });
    const line = await paragraph(page, 2).locator("mark[data-highlight]").evaluate((m) => {
      const st = getComputedStyle(m);
      return { style: st.borderBottomStyle, width: parseFloat(st.borderBottomWidth) };
    });
    expect(line).toEqual({ style: "dashed", width: 2 });
    await page.emulateMedia({ forcedColors: "none" });

    await tools(page).getByRole("button", { name: "Remove highlight, paragraph 2" }).click();
    await expect(paragraph(page, 2).locator("mark[data-highlight]")).toHaveCount(0);
    await expect(tools(page).getByText("None yet.")).toBeVisible();
  });

  test("in practice, with the keyboard alone: choose a paragraph and a sentence, highlight it", async ({ page }) => {
    await page.goto(PRACTICE);
    await ready(page);
    await highlightSentenceByKeyboard(page, 3, false);
    const mark = paragraph(page, 3).locator("mark[data-highlight]");
    await expect(mark).toHaveCount(1);
    await expect(toolsStatus(page)).toContainText("Highlighted in paragraph 3.");
    // The sentence starts the paragraph.
    const words = await paragraphWords(page, 3);
    const marked = await ownText(mark);
    expect(words.startsWith(marked)).toBe(true);
    expect(marked.length).toBeGreaterThan(10);
  });
});

/** A teacher (in their own browser) with a class that has the seed article assigned. */
async function classWithAssignment(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpTeacher(page);
  const className = `Period ${Math.floor(Math.random() * 1000)}`;
  const { joinCode } = await createClass(page, className);
  await assignLibraryQuiz(page, { articleTitle: SEED_TITLE, className, feedback: "after-submit" });
  await context.close();
  return { joinCode };
}

test.describe("Highlights and notes are kept with the student's attempt", () => {
  test.setTimeout(120_000);

  test("saved on the server, through a dropped connection, on another device; frozen after submitting", async ({ page, browser, context, baseURL }) => {
    const { joinCode } = await classWithAssignment(browser);
    const { personalCode } = await joinClass(page, joinCode, "Noor");
    await openAssignment(page, SEED_TITLE);
    await ready(page);

    // A note on paragraph 2's first sentence; "Saved" only once the server has it.
    await highlightSentenceByKeyboard(page, 2, true);
    const note = tools(page).getByRole("textbox", { name: /^Note on/ });
    await expect(note).toBeFocused();
    await note.fill("Check this claim against paragraph 5.");
    await note.press("Enter"); // a new line, not a submit
    const sent = page.waitForRequest("**/student/api/highlights");
    await tools(page).getByRole("button", { name: "Save note" }).click();
    const attemptId = ((await sent).postDataJSON() as { attemptId: string }).attemptId;
    await expect(toolsStatus(page)).toHaveText("Note kept. Saved", { timeout: 15_000 });
    await expectNoAxeViolations(page);

    // Offline: the highlight is shown, and the page says it is not saved yet.
    await context.setOffline(true);
    await paragraph(page, 4).selectText();
    await page.getByRole("group", { name: "Selected text" }).getByRole("button", { name: "Highlight", exact: true }).click();
    await expect(toolsStatus(page)).toContainText("Not saved — retrying");
    await context.setOffline(false);
    await expect(toolsStatus(page)).toContainText("Saved", { timeout: 15_000 });
    await expect(toolsStatus(page)).not.toContainText("Not saved");

    // A reload, and another device, show both.
    await page.reload();
    await ready(page);
    await expect(article(page).locator("mark[data-highlight]")).toHaveCount(2);
    const other = await onAnotherDevice(browser, joinCode, personalCode);
    await openAssignment(other, SEED_TITLE);
    await expect(tools(other).getByRole("listitem")).toHaveCount(2);
    await expect(tools(other).getByRole("listitem").first()).toContainText("Check this claim against paragraph 5.");
    await other.context().close();

    // The endpoint refuses what the page would never send, and changes nothing.
    const origin = new URL(baseURL!).origin;
    const post = (data: unknown, headers: Record<string, string> = { Origin: origin }) =>
      page.request.post("/student/api/highlights", { data: JSON.stringify(data), headers: { "Content-Type": "application/json", ...headers }, failOnStatusCode: false });
    const one = (extra: object = {}) => ({ attemptId, seq: 1000, highlights: [{ id: "x", start: 0, end: 5, note: "" }], ...extra });
    expect((await post(one(), {})).status()).toBe(403); // no Origin
    expect((await post(one(), { Origin: "https://evil.example" })).status()).toBe(403);
    expect((await post(one({ colour: "red" }))).status()).toBe(400);
    const outside = await post(one({ highlights: [{ id: "x", start: 0, end: 10_000_000, note: "" }] }));
    expect(outside.status()).toBe(400);
    expect(((await outside.json()) as { error: string }).error).toMatch(/outside the article/);
    expect((await post(one({ highlights: [{ id: "x", start: 0, end: 9, note: "" }, { id: "y", start: 5, end: 12, note: "" }] }))).status()).toBe(400);
    expect((await post(one({ highlights: [{ id: "x", start: 0, end: 5, note: "n".repeat(1001) }] }))).status()).toBe(400);
    expect((await post(one({ highlights: Array.from({ length: 100 }, (_, i) => ({ id: `h${i}`, start: i * 10, end: i * 10 + 5, note: "n".repeat(1000) })).concat([{ id: "big", start: 5000, end: 5001, note: "x".repeat(500_000) }]) }))).status()).toBe(413);
    // An old sequence is acknowledged with the newer one the server keeps.
    const stale = await post(one({ seq: 1, highlights: [] }));
    expect(stale.status()).toBe(200);
    expect(((await stale.json()) as { storedSeq: number }).storedSeq).toBeGreaterThan(1);
    await page.reload();
    await ready(page);
    await expect(article(page).locator("mark[data-highlight]")).toHaveCount(2);

    // Handed in: still shown, no longer changeable.
    await submit(page);
    await expect(tools(page).getByRole("listitem")).toHaveCount(2);
    await expect(tools(page).getByRole("button", { name: /^Remove highlight/ })).toHaveCount(0);
    await expect(tools(page).getByText("Choose a sentence", { exact: true })).toHaveCount(0);
  });
});
