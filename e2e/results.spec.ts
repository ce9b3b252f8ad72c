// Results a teacher can act on, and the class's data in the teacher's hands: two students submit,
// the teacher reads the numbers, gives part marks, and downloads gradebooks that say the same;
// the worksheet prints with no question cut across pages; a student's data is exported and
// deleted, and a class archived and deleted. Every new page gets an axe scan.
import { readFileSync } from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { pdfPageTexts } from "./support/pdf-text";
import { answer, firstChoiceQuestion, joinClass, lastWrittenQuestion, openAssignment, saveStatus, submit } from "./support/student";
import { assignLibraryQuiz, createClass, signUpTeacher } from "./support/teacher";

// This library article's quiz ends with an open question, which always goes to the teacher.
const OPEN_TITLE = /^Bill Would Let US States Enforce Own Marijuana/;
// Found on the first student's page: the last question answered in writing (an open one here).
let OPEN_QUESTION = 0;
// Found the same way: the first question answered by picking an option.
let CHOICE_QUESTION = 0;
const LETTERS = "ABCDEFGHIJ";

/** The option the teacher's printed answer key marks right on question n, as an index. */
async function printedKey(page: Page, n: number): Promise<number> {
  await page.goto("/teacher");
  await page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: OPEN_TITLE }) })
    .first()
    .getByRole("link", { name: "Print worksheet" })
    .click();
  const line = (await page.getByRole("region", { name: "Answer key" }).getByRole("listitem").nth(n - 1).innerText()).trim();
  const letter = new RegExp(`^${n}\\.\\s+([A-J])\\.`).exec(line)?.[1];
  expect(letter, `question ${n}'s key reads "${line}"`).toBeTruthy();
  return LETTERS.indexOf(letter!);
}

/** RFC 4180 as our gradebooks write it: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, "utf8") };
}

/** The score cell of a student's row in the assignment's results table, e.g. "8%". */
const scoreCell = (page: Page, name: string) => page.getByRole("table", { name: "Results for each student" }).getByRole("row", { name: new RegExp(`^${name}\\b`) }).getByRole("cell").nth(1);

test.describe("Results a teacher can act on", () => {
  test("two students submit; the page, a part mark, and both downloaded gradebooks agree", async ({ browser }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "desktop story; the phone project scans the same pages below");
    test.setTimeout(240_000);
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await signUpTeacher(page, "Ms Okafor");
    const className = `Period 2 · ${Date.now()}`;
    const { joinCode, classUrl } = await createClass(page, className);
    const { assignmentUrl } = await assignLibraryQuiz(page, { articleTitle: OPEN_TITLE, className, feedback: "after-submit" });

    // Ana gets the first choice question right (the teacher's printed key says which option) and
    // writes an answer to the open question; Ben writes one only.
    for (const name of ["Ana", "Ben"]) {
      const s = await (await browser.newContext()).newPage();
      await joinClass(s, joinCode, name);
      await openAssignment(s, OPEN_TITLE);
      if (name === "Ana") {
        CHOICE_QUESTION ||= await firstChoiceQuestion(s);
        const keyIndex = await printedKey(page, CHOICE_QUESTION);
        await answer(s, CHOICE_QUESTION, keyIndex);
        await expect(saveStatus(s, CHOICE_QUESTION)).toHaveText("Saved", { timeout: 15_000 });
      }
      OPEN_QUESTION ||= await lastWrittenQuestion(s);
      await answer(s, OPEN_QUESTION, 0, `${name} would check the police chiefs' claim in another newspaper.`);
      await expect(saveStatus(s, OPEN_QUESTION)).toHaveText("Saved", { timeout: 15_000 });
      await submit(s);
      await s.context().close();
    }

    // The numbers: Ana 1 of n (the open answer waits for review), Ben 0.
    await page.goto(assignmentUrl);
    await expect(page.getByText("2 of 2 submitted")).toBeVisible();
    const n = await page.getByRole("region", { name: "Question by question" }).getByRole("heading", { level: 3 }).count();
    expect(n).toBeGreaterThan(OPEN_QUESTION - 1);
    await expect(scoreCell(page, "Ana")).toHaveText(`${Math.round(100 / n)}%`);
    await expect(scoreCell(page, "Ben")).toHaveText("0%");
    const table = page.getByRole("table", { name: "Results for each student" });
    await expect(table.getByRole("row", { name: /^Ana\b/ })).toContainText("2 of");
    await expect(table.getByRole("row", { name: /^Ana\b/ }).getByRole("cell").nth(3)).toHaveText(/min$/);

    // By skill: the three graded answers (Ana's two, Ben's one), split by kind of question.
    const skills = page.getByRole("region", { name: "By skill" });
    const kinds = skills.getByRole("table", { name: "Score by kind of question" });
    const answeredCells = await kinds.getByRole("row").filter({ has: page.getByRole("rowheader") }).evaluateAll((rows) => rows.map((r) => Number(r.querySelectorAll("td")[1]?.textContent)));
    expect(answeredCells.reduce((a, b) => a + b, 0)).toBe(3);
    await expect(skills.getByRole("table", { name: "Score by skill" })).toBeVisible();

    // Answers with verdicts, per student.
    const answers = page.getByRole("region", { name: "Answers by student" });
    await answers.locator("summary").filter({ hasText: /^Ana\b/ }).click();
    const anaAnswers = answers.getByRole("table", { name: "Ana's answers" });
    await expect(anaAnswers.getByRole("row", { name: new RegExp(`^${CHOICE_QUESTION}\\b`) })).toContainText("Correct");
    await expect(anaAnswers.getByRole("row", { name: new RegExp(`^${OPEN_QUESTION}\\b`) })).toContainText("Needs your review");
    await expectNoAxeViolations(page);

    // Sort and filter without scripts: highest score first; then only late work (none).
    await page.getByLabel("Sort by").selectOption({ label: "Score, highest first" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/sort=score-desc/);
    await expect(table.getByRole("rowheader")).toHaveText(["Ana", "Ben"]);
    await page.getByLabel("Sort by").selectOption({ label: "Score, lowest first" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(table.getByRole("rowheader")).toHaveText(["Ben", "Ana"]);
    await page.getByLabel("Show").selectOption({ label: "Late" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(table.getByText("No students are late.")).toBeVisible();

    // Part marks for Ben's open answer: his score goes from 0 to half a question.
    await page.goto(`${assignmentUrl}/review`);
    const ben = page.getByRole("listitem", { name: `Ben · Question ${OPEN_QUESTION}` });
    await ben.getByLabel("Score", { exact: true }).fill("0.5");
    await ben.getByRole("button", { name: "Set score" }).click();
    await expect(ben).toHaveCount(0, { timeout: 15_000 });
    await page.goto(assignmentUrl);
    await expect(scoreCell(page, "Ben")).toHaveText(`${Math.round(50 / n)}%`);
    const shown = { Ana: await scoreCell(page, "Ana").innerText(), Ben: await scoreCell(page, "Ben").innerText() };

    // The assignment gradebook says the same, to one decimal, question by question.
    const one = await downloadText(page, () => page.getByRole("link", { name: "Download gradebook (CSV)" }).click());
    expect(one.name).toMatch(/^evident-.*-gradebook\.csv$/);
    const [header, ...rows] = parseCsv(one.text);
    expect(header!.slice(0, 3)).toEqual(["Student", "Status", "Score (%)"]);
    const row = (name: string) => rows.find((r) => r[0] === name)!;
    for (const name of ["Ana", "Ben"] as const) {
      expect(row(name)[1]).toBe("submitted");
      expect(`${Math.round(Number(row(name)[2]))}%`).toBe(shown[name]);
    }
    expect(Number(row("Ben")[2])).toBeCloseTo(Math.round((0.5 / n) * 1000) / 10, 1);
    expect(row("Ana")[header!.indexOf(`Q${CHOICE_QUESTION}`)]).toBe("1");
    expect(row("Ben")[header!.indexOf(`Q${OPEN_QUESTION}`)]).toBe("0.5");
    expect(row("Ben")[header!.indexOf(`Q${CHOICE_QUESTION}`)]).toBe("");

    // The class view and the class gradebook: one row per student, the same percentages.
    await page.goto(classUrl);
    await page.getByRole("link", { name: "Class results" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Class results" })).toBeVisible();
    const grid = page.getByRole("table", { name: "Each student's score on each assignment" });
    await expect(grid.getByRole("row", { name: /^Ana\b/ }).getByRole("cell").first()).toHaveText(`${row("Ana")[2]}%`);
    await expect(grid.getByRole("row", { name: /^Ben\b/ }).getByRole("cell").first()).toHaveText(`${row("Ben")[2]}%`);
    const classSkills = page.getByRole("region", { name: "By skill: the whole class" });
    await expect(classSkills.getByRole("table", { name: "Class score by skill" })).toBeVisible();
    const each = page.getByRole("region", { name: "By skill: each student" });
    await each.locator("summary").filter({ hasText: /^Ana\b/ }).click();
    await expect(each.getByRole("table", { name: "Ana: score by skill" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Score distribution" }).getByRole("row")).toHaveCount(11);
    await expectNoAxeViolations(page);
    const whole = await downloadText(page, () => page.getByRole("link", { name: "Download class gradebook (CSV)" }).click());
    expect(whole.name).toMatch(/-class-gradebook\.csv$/);
    const [classHeader, ...classRows] = parseCsv(whole.text);
    expect(classHeader![0]).toBe("Student");
    expect(classHeader!.at(-1)).toBe("Average (%)");
    expect(classRows.map((r) => r[0])).toEqual(["Ana", "Ben"]);
    for (const r of classRows) {
      expect(r[1]).toBe(row(r[0]!)[2]);
      expect(r.at(-1)).toBe(row(r[0]!)[2]);
    }

    // Dark mode, with students' numbers on the page.
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page);
  });

  test("the class results page before any work is done, and another teacher's class is not found", async ({ page, browser }) => {
    test.slow();
    await signUpTeacher(page);
    const { classUrl } = await createClass(page, `Period 9 · ${Date.now()}`);
    await page.goto(`${classUrl}/results`);
    await expect(page.getByText(/^No students in this class yet\./)).toBeVisible();
    await expectNoAxeViolations(page);
    const other = await (await browser.newContext()).newPage();
    await signUpTeacher(other, "Mr Other");
    for (const path of ["/results", "/privacy", "/gradebook", "/export"]) expect((await other.goto(`${classUrl}${path}`))?.status(), path).toBe(404);
  });
});

test.describe("A worksheet on paper", () => {
  for (const format of ["A4", "Letter"] as const) {
    test(`Chromium's print to PDF (${format}) cuts no question or key entry across pages`, async ({ page, browserName }, testInfo) => {
      test.skip(browserName !== "chromium" || testInfo.project.name === "phone", "page.pdf is Chromium's; once is enough");
      test.slow();
      await signUpTeacher(page);
      await page.goto("/teacher");
      await page.getByLabel("Article", { exact: true }).selectOption({ label: (await page.getByLabel("Article", { exact: true }).locator("option").allTextContents()).find((t) => OPEN_TITLE.test(t))! });
      await page.getByRole("button", { name: "Create quiz", exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: "Quiz created" })).toBeVisible({ timeout: 30_000 });
      await page.getByRole("link", { name: "Print worksheet" }).first().click();
      await expect(page.getByRole("heading", { level: 2, name: "Answer key" })).toBeVisible();

      // What each block says, in order, without spaces (line breaks differ on paper).
      // NFKC: the PDF writes ligatures ("ﬀ") as one character.
      const squash = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
      const blocks = async (selector: string) => (await page.locator(selector).allInnerTexts()).map(squash).filter((t) => t.length > 0);
      const questions = await blocks(".worksheet-question");
      const keys = await blocks(".worksheet-key ol > li");
      expect(questions.length).toBeGreaterThan(8);

      const pages = pdfPageTexts(await page.pdf({ format })).map(squash);
      expect(pages.length).toBeGreaterThan(2);
      const all = pages.join("");
      const pageAt = (offset: number) => {
        let end = 0;
        for (let p = 0; p < pages.length; p++) if (offset < (end += pages[p]!.length)) return p;
        return pages.length - 1;
      };
      // Walk the document in order: each block's first and last words must be on one page.
      const cut: string[] = [];
      const check = (list: string[], label: string, from: number) => {
        for (const [i, text] of list.entries()) {
          const head = text.slice(0, 30);
          const tail = text.slice(-30);
          const start = all.indexOf(head, from);
          expect(start, `${label} ${i + 1} is in the PDF`).toBeGreaterThanOrEqual(0);
          const found = all.indexOf(tail, start);
          expect(found, `${label} ${i + 1} ends in the PDF: "${tail}" not after "${all.slice(start, start + text.length + 40)}"`).toBeGreaterThanOrEqual(start);
          const end = found + tail.length - 1;
          if (pageAt(start) !== pageAt(end)) cut.push(`${label} ${i + 1} runs from page ${pageAt(start) + 1} to page ${pageAt(end) + 1}`);
          from = end;
        }
        return from;
      };
      const questionsStart = all.indexOf(`Questions${questions[0]!.slice(0, 10)}`);
      expect(questionsStart).toBeGreaterThan(0);
      const afterQuestions = check(questions, "Question", questionsStart);
      const keyStart = all.indexOf(`Answerkey${keys[0]!.slice(0, 5)}`, afterQuestions);
      expect(keyStart).toBeGreaterThan(0);
      // The key starts a page of its own, so the students' copies can be printed without it.
      expect(pages[pageAt(keyStart)]!.startsWith("Answerkey")).toBe(true);
      check(keys, "Key entry", keyStart);
      expect(cut).toEqual([]);
    });
  }
});

test.describe("A class's data in the teacher's hands", () => {
  test("export a student's data, delete it after typing the name, archive and restore the class, then delete it", async ({ browser }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "desktop story");
    test.setTimeout(180_000);
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await signUpTeacher(page, "Ms Lund");
    const className = `Period 4 · ${Date.now()}`;
    const { joinCode, classUrl } = await createClass(page, className);
    await assignLibraryQuiz(page, { articleTitle: OPEN_TITLE, className, feedback: "after-submit" });
    const zed = await (await browser.newContext()).newPage();
    await joinClass(zed, joinCode, "Zed Quarrington");
    await openAssignment(zed, OPEN_TITLE);
    OPEN_QUESTION ||= await lastWrittenQuestion(zed);
    await answer(zed, OPEN_QUESTION, 0, "Zed's own words about the newspaper.");
    await expect(saveStatus(zed, OPEN_QUESTION)).toHaveText("Saved", { timeout: 15_000 });
    await submit(zed);

    await page.goto(classUrl);
    await page.getByRole("link", { name: "Student data, archive and delete" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Student data" })).toBeVisible();
    const card = page.getByRole("listitem", { name: "Zed Quarrington" });
    await expect(card).toContainText("1 assignment started");
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: "light" });

    // A copy of everything stored about Zed, as JSON.
    const copy = await downloadText(page, () => card.getByRole("link", { name: "Download Zed Quarrington's data (JSON)" }).click());
    expect(copy.name).toBe("evident-student-zed-quarrington.json");
    const data = JSON.parse(copy.text) as { students: { displayName: string; attempts: { answers: { answer: unknown; verdict: string | null }[] }[] }[] };
    expect(data.students).toHaveLength(1);
    expect(data.students[0]!.displayName).toBe("Zed Quarrington");
    expect(data.students[0]!.attempts[0]!.answers).toContainEqual(expect.objectContaining({ answer: "Zed's own words about the newspaper.", verdict: "needs-review" }));

    // Deleting asks for the name; a wrong one is refused at the field and deletes nothing.
    await card.getByText("Delete Zed Quarrington's data…").click();
    const confirm = card.getByLabel("Type “Zed Quarrington” to confirm");
    await confirm.fill("Zed");
    await card.getByRole("button", { name: "Delete Zed Quarrington's data" }).click();
    await expect(confirm).toHaveAccessibleDescription(/Type the student's name/);
    await expect(confirm).toBeFocused();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole("listitem", { name: "Zed Quarrington" })).toBeVisible();
    await page.getByRole("listitem", { name: "Zed Quarrington" }).getByText("Delete Zed Quarrington's data…").click();
    await page.getByLabel("Type “Zed Quarrington” to confirm").fill("zed quarrington");
    await page.getByRole("button", { name: "Delete Zed Quarrington's data" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The student's data was deleted." })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText("No student data is stored for this class.")).toBeVisible();
    await expect(page.getByText("Zed Quarrington")).toHaveCount(0);
    // Zed is signed out everywhere: the session went with the data.
    await zed.goto("/student");
    await expect(zed).toHaveURL(/\/join/);

    // Archive: the class leaves the dashboard for the archived list, and can be restored.
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Archive class" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Class archived." })).toBeVisible({ timeout: 15_000 });
    await page.goto("/teacher");
    await expect(page.getByRole("region", { name: "Classes" }).getByRole("heading", { level: 2, name: className })).toHaveCount(0);
    await page.getByRole("region", { name: "Archived classes" }).getByRole("link", { name: className }).click();
    await expect(page.getByText(/Students cannot sign in\./)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Restore class" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Class restored." })).toBeVisible({ timeout: 15_000 });

    // Delete the class: the name typed, then gone from the dashboard, and its pages are not found.
    await page.getByText("Delete class…").click();
    await page.getByLabel(`Type “${className}” to confirm`).fill(className);
    await page.getByRole("button", { name: "Delete this class and all its students' data" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("link", { name: className })).toHaveCount(0);
    expect((await page.goto(classUrl))?.status()).toBe(404);
  });
});
