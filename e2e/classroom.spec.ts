import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { answer, expectAnswered, joinClass, openAssignment, questionCount, saveStatus, submit, type Answer } from "./support/student";
import { assignLibraryQuiz, createClass, signUpTeacher } from "./support/teacher";

const SEED_TITLE = /^Secretary of State Rex Tillerson called out/;

test("a lesson: the teacher assigns the seed article, two students answer and submit, the teacher sees both", async ({ browser }) => {
  test.setTimeout(180_000);

  // Before class: Ms Rivera sets up Period 2 and assigns the article, feedback after submitting.
  const teacher = await (await browser.newContext()).newPage();
  await signUpTeacher(teacher, "Ms Rivera");
  const className = `Period 2 · ${Date.now()}`;
  const { joinCode } = await createClass(teacher, className);
  const { assignmentUrl } = await assignLibraryQuiz(teacher, { articleTitle: SEED_TITLE, className, feedback: "after-submit" });

  // The bell: Jo and Kim join on their own devices with the code on the board.
  const jo = await (await browser.newContext()).newPage();
  const kim = await (await browser.newContext()).newPage();
  await joinClass(jo, joinCode, "Jo");
  await joinClass(kim, joinCode, "Kim");

  // Jo answers every question, reloads half-way through and finds everything still there.
  await openAssignment(jo, SEED_TITLE);
  const total = await questionCount(jo);
  expect(total).toBeGreaterThanOrEqual(5);
  const joAnswers: Answer[] = [];
  for (let n = 1; n <= total; n++) {
    joAnswers.push(await answer(jo, n, 0));
    await expect(saveStatus(jo, n)).toHaveText("Saved");
    if (n === Math.ceil(total / 2)) {
      await jo.reload();
      for (const a of joAnswers) await expectAnswered(jo, a);
    }
  }

  // Kim's Wi-Fi drops after the first answer; she keeps going and it all arrives when it returns.
  await openAssignment(kim, SEED_TITLE);
  await answer(kim, 1, 1);
  await expect(saveStatus(kim, 1)).toHaveText("Saved");
  await kim.context().setOffline(true);
  for (let n = 2; n <= 4; n++) {
    await answer(kim, n, 1);
    await expect(saveStatus(kim, n)).toHaveText("Not saved — retrying");
  }
  await kim.context().setOffline(false);
  for (let n = 2; n <= 4; n++) await expect(saveStatus(kim, n)).toHaveText("Saved", { timeout: 10_000 });
  await expectNoAxeViolations(kim);

  // Both submit.
  await submit(jo);
  await submit(kim);
  await expect(jo.getByText(/Your score: \d+%/)).toBeVisible();

  // After class: the teacher's results show both students submitted, with scores.
  await teacher.goto(assignmentUrl);
  const table = teacher.getByRole("table");
  for (const [name, answered] of [
    ["Jo", total],
    ["Kim", 4],
  ] as const) {
    const row = table.getByRole("row").filter({ has: teacher.getByRole("rowheader", { name, exact: true }) });
    await expect(row.getByRole("cell").nth(0)).toHaveText("Submitted");
    await expect(row.getByRole("cell").nth(1)).toHaveText(/^\d+%$/);
    await expect(row.getByRole("cell").nth(2)).toHaveText(`${answered} of ${total}`);
  }
  await expectNoAxeViolations(teacher);
});
