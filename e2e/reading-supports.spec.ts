import { expect, test, type Page } from "@playwright/test";
import { fakeSpeech, painted, spoken } from "./support/speech";

const SLUG = "bloomberg-tillerson-un-north-korea";
const READER = `/read/${SLUG}`;
const PRACTICE = `/practice/${SLUG}`;

async function ready(page: Page) {
  await expect(page.locator("html")).toHaveClass(/\bjs\b/);
  await page.waitForLoadState("networkidle");
}


test.describe("Reading supports: a student who needs them finds them on the reader and practice pages", () => {
  test("text settings change the page, survive a reload and apply before the page paints", async ({ page }) => {
    await page.goto(READER);
    await ready(page);
    await page.getByRole("button", { name: "Text settings" }).click();
    await page.getByRole("radio", { name: "Largest" }).check();
    await page.getByRole("radio", { name: "Loose" }).check();
    await page.getByRole("radio", { name: "Easy-read" }).check();
    await page.getByRole("radio", { name: "Dark" }).check();
    await page.getByRole("checkbox", { name: /Line focus/ }).check();
    const html = page.locator("html");
    await expect(html).toHaveAttribute("data-theme", "dark");
    await expect(html).toHaveAttribute("data-text-size", "largest");
    await expect(html).toHaveAttribute("data-font", "readable");
    const size = await page.locator("[data-article-text]").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThan(26);

    // On reload the attributes come from the nonce'd head script (React never sets them on load).
    await page.reload({ waitUntil: "domcontentloaded" });
    await expect(html).toHaveAttribute("data-theme", "dark");
    await expect(html).toHaveAttribute("data-line-spacing", "loose");
    await expect(html).toHaveAttribute("data-line-focus", "on");
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe("rgb(21, 20, 18)");

    // Line focus: paragraphs other than the current one are dimmed.
    await ready(page);
    const opacities = await page.locator("[data-article-text] p").evaluateAll((ps) => ps.map((p) => getComputedStyle(p).opacity));
    expect(opacities.filter((o) => o === "1")).toHaveLength(1);
    expect(opacities.filter((o) => o === "0.4").length).toBe(opacities.length - 1);

    // Back to the device's colours.
    await page.getByRole("button", { name: "Text settings" }).click();
    await page.getByRole("radio", { name: "Match device" }).check();
    await expect(html).not.toHaveAttribute("data-theme", /.*/);
  });

  test("the reader follows the device's dark mode by default, even without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(READER);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe("rgb(21, 20, 18)");
    // Tools that need JavaScript are hidden rather than dead; the vocabulary list still opens.
    await expect(page.getByRole("button", { name: "Text settings" })).toBeHidden();
    await page.getByText(/^Vocabulary: \d+ words? to know$/).click();
    await expect(page.locator("details dl dt").first()).toBeVisible();
    await context.close();
  });

  test("read aloud speaks sentence by sentence, highlights the one being read, pauses and resumes", async ({ page }) => {
    await fakeSpeech(page);
    await page.goto(READER);
    await ready(page);
    await page.getByRole("button", { name: "Read aloud" }).click();
    await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
    const first = (await spoken(page))[0]!;
    expect(first.text).toMatch(/^Secretary of State Rex Tillerson/);
    await expect.poll(() => painted(page)).toBe(first.text);
    // When the voice finishes a sentence, the next one follows on its own.
    await page.evaluate(() => window.__endUtterance());
    await expect.poll(async () => (await spoken(page)).length).toBe(2);
    const second = (await spoken(page))[1]!;
    await expect.poll(() => painted(page)).toBe(second.text);

    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByRole("button", { name: "Resume reading" })).toBeVisible();
    const paused = await spoken(page);
    // Resuming starts again at the sentence that was interrupted, at the chosen speed.
    await page.getByRole("combobox", { name: "Speed" }).selectOption({ label: "Faster (1.2×)" });
    await page.getByRole("button", { name: "Resume reading" }).click();
    await expect.poll(async () => (await spoken(page)).length).toBe(paused.length + 1);
    const resumed = (await spoken(page)).at(-1)!;
    expect(resumed.text).toBe(paused.at(-1)!.text);
    expect(resumed.rate).toBe(1.2);

    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.getByRole("button", { name: "Read aloud" })).toBeVisible();
    expect(await painted(page)).toBeNull();
  });

  test("a question and its options are read aloud", async ({ page }) => {
    await fakeSpeech(page, 200);
    await page.goto(PRACTICE);
    await ready(page);
    const card = page.getByRole("region", { name: "Questions" }).locator("section").filter({ has: page.getByRole("radio") }).first();
    const prompt = await card.locator("legend").innerText();
    await card.getByRole("button", { name: /^Read aloud question \d+$/ }).click();
    await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toEqual(expect.arrayContaining([prompt, expect.stringMatching(/^A\. /), expect.stringMatching(/^B\. /)]));
  });

  test("tapping a word shows its meaning in the article's sense, with its part of speech", async ({ page }) => {
    await page.goto(READER);
    await ready(page);
    // A pre-teach word: the vocabulary list names it and the paragraph it is in.
    await page.getByText(/^Vocabulary: \d+ words? to know$/).click();
    const entry = page.locator("details dl > div").first();
    const lemma = await entry.locator("dt span").first().innerText();
    const written = (await entry.getByRole("link").innerText()).match(/“(.+)”/)![1]!;
    // The popover closes on scroll (as a reader expects), and a scroll event fires on the frame
    // after scrollIntoView: let it pass before tapping, or it closes the popover just opened.
    const box = await page.locator("[data-article-text]").evaluate(async (root, word) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.search(new RegExp(`\\b${word}\\b`));
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + word.length);
        r.startContainer.parentElement!.scrollIntoView({ block: "center" });
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    }, written);
    expect(box).not.toBeNull();
    await page.mouse.click(box!.x, box!.y);
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(lemma);
    await expect(dialog).toContainText(/\((noun|verb|adjective|adverb)\)/);
    await expect(dialog).toContainText("The meaning used in this article.");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  });

  test("any word can be looked up from the keyboard", async ({ page }) => {
    await page.goto(PRACTICE);
    await ready(page);
    await page.getByRole("button", { name: "Look up a word" }).click();
    await page.getByRole("textbox", { name: "Word" }).fill("sanctions");
    await page.keyboard.press("Enter");
    await expect(page.getByText(/^sanction \((noun|verb)\)$/)).toBeVisible();
    await page.getByRole("textbox", { name: "Word" }).fill("two words");
    await page.getByRole("button", { name: "Define" }).click();
    await expect(page.locator("[data-reading-toolbar]").getByRole("alert")).toHaveText("Type one word.");
  });

  test("the define endpoint validates its input and knows unknown words are unknown", async ({ request }) => {
    const ok = await (await request.get(`/api/define?slug=${SLUG}&word=ships`)).json();
    expect(ok).toMatchObject({ found: true, definition: { lemma: "ship", pos: expect.stringMatching(/noun|verb/) } });
    const unknown = await (await request.get(`/api/define?slug=${SLUG}&word=Pxqzv`)).json();
    expect(unknown).toEqual({ found: false, word: "Pxqzv" });
    expect((await request.get(`/api/define?slug=${SLUG}&word=${encodeURIComponent("<script>")}`)).status()).toBe(400);
    expect((await request.get(`/api/define?slug=${SLUG}&word=ships&score=1`)).status()).toBe(400);
  });

  test("in practice, the word a vocabulary question asks about is left for the student to work out", async ({ page }) => {
    await page.goto(PRACTICE);
    await ready(page);
    const prompt = await page.locator("legend").filter({ hasText: /most nearly mean/ }).first().innerText();
    const tested = prompt.match(/what does “(.+?)” most nearly mean/)![1]!;
    await page.getByRole("button", { name: "Look up a word" }).click();
    await page.getByRole("textbox", { name: "Word" }).fill(tested);
    await page.keyboard.press("Enter");
    await expect(page.getByText(/A question asks what .+ means, so look for clues in the sentence around it/)).toBeVisible();
    // The reader page, with no quiz beside the article, still defines it.
    const plain = await (await page.request.get(`/api/define?slug=${SLUG}&word=${encodeURIComponent(tested)}`)).json();
    expect(plain).toMatchObject({ found: true });
  });
});
