import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { joinClass, openAssignment } from "./support/student";
import { assignLibraryQuiz, createClass, signInTeacher, signUpTeacher } from "./support/teacher";

const SEED_TITLE = /^Secretary of State Rex Tillerson called out/;

test.describe("A teacher sets up a class and assigns the seed article", () => {
  test("signs up, makes a class, assigns a quiz, manages joining, prints cards, signs out and back in", async ({ page }) => {
    // A long story with an axe scan on every page, and quiz generation on the server.
    test.slow();
    // The teacher area is behind sign-in.
    await page.goto("/teacher");
    await expect(page).toHaveURL(/\/teacher\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1, name: "Teacher sign in" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/teacher/sign-up");
    await expectNoAxeViolations(page);

    const creds = await signUpTeacher(page, "Ms Okafor");
    await expect(page).toHaveURL(/\/teacher$/);
    await expect(page.getByText("No classes yet — create your first one")).toBeVisible();
    await expect(page.getByText(/No quizzes yet/)).toBeVisible();
    await expectNoAxeViolations(page);

    const { joinCode, classUrl } = await createClass(page, "Period 3 English");
    await expect(page.getByText("No students yet")).toBeVisible();
    await expectNoAxeViolations(page);

    // A new join code replaces the old one at once.
    await page.getByRole("button", { name: "New join code" }).click();
    await expect(page.getByRole("status").filter({ hasText: "New join code" })).toBeVisible();
    await expect(page.getByLabel("Join code")).not.toHaveText(joinCode);
    await expect(page.getByLabel("Join code")).toHaveText(/^[A-Z2-9]{8}$/);

    // Locking joining, and opening it again.
    await page.getByRole("button", { name: "Lock joining" }).click();
    await expect(page.getByRole("button", { name: "Open joining" })).toBeVisible();
    await expect(page.getByText("Joining locked", { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Open joining" })).toBeVisible();

    await page.getByRole("link", { name: "Print login cards" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Login cards for Period 3 English" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    await expectNoAxeViolations(page);

    const { assignmentUrl } = await assignLibraryQuiz(page, { articleTitle: SEED_TITLE, className: "Period 3 English", feedback: "after-submit" });
    await expect(page.getByRole("heading", { level: 3, name: SEED_TITLE })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(assignmentUrl);
    await expect(page.getByRole("heading", { level: 1, name: SEED_TITLE })).toBeVisible();
    await expect(page.getByText(/feedback after submitting/)).toBeVisible();
    await expect(page.getByText("No students in this class yet")).toBeVisible();
    await expectNoAxeViolations(page);

    // The class page lists the assignment, linking to its results.
    await page.goto(classUrl);
    await expect(page.getByRole("region", { name: "Assignments" }).getByRole("link", { name: SEED_TITLE })).toHaveAttribute("href", new URL(assignmentUrl).pathname);

    // Signing out ends the session; a wrong password is refused; the right one brings the classes back.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/teacher\/sign-in$/);
    await page.goto(classUrl);
    await expect(page).toHaveURL(/\/teacher\/sign-in$/);
    await page.getByLabel("Email").fill(creds.email);
    await page.getByLabel("Password").fill("not my password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match.");
    await expect(page.getByLabel("Email")).toHaveValue(creds.email);
    await signInTeacher(page, creds);
    await expect(page.getByRole("link", { name: "Period 3 English" })).toBeVisible();
  });

  test("bad input gets a clear error tied to its field and creates nothing", async ({ page }) => {
    await page.goto("/teacher/sign-up");
    await page.getByLabel("Your name").fill("   ");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please fix the fields marked below.");
    await expect(page.getByLabel("Your name")).toHaveAccessibleDescription(/Enter your name/);
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter an email address/);
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/at least 10 characters/i);
    await expect(page.getByLabel("Your name")).toBeFocused();
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page).toHaveURL(/\/teacher\/sign-up$/);

    const creds = await signUpTeacher(page);
    // An empty class name is refused, and no class appears.
    await page.getByRole("button", { name: "Create class" }).click();
    await expect(page.getByLabel("Class name")).toHaveAccessibleDescription(/Give the class a name/);
    await expect(page.getByLabel("Class name")).toBeFocused();
    await page.reload();
    await expect(page.getByText("No classes yet — create your first one")).toBeVisible();

    // The same email cannot sign up twice.
    await page.getByRole("button", { name: "Sign out" }).click();
    // Wait for sign-out's own redirect, or it can land after the goto below and win.
    await expect(page).toHaveURL(/\/teacher\/sign-in$/);
    await page.goto("/teacher/sign-up");
    await page.getByLabel("Your name").fill("Someone Else");
    await page.getByLabel("Email").fill(creds.email);
    await page.getByLabel("Password").fill("another long password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/already exists/);
  });

  test("creating a quiz shows progress, and feedback defaults to after submitting", async ({ page }) => {
    await signUpTeacher(page);
    await page.goto("/teacher");
    await expect(page.getByText("Create a class to assign this quiz.")).toHaveCount(0);
    // Hold the server action's reply a moment so the pending state is visible.
    await page.route("**/teacher", async (route) => {
      if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    const article = page.getByLabel("Article", { exact: true });
    const label = (await article.locator("option").allTextContents()).find((t) => SEED_TITLE.test(t))!;
    await article.selectOption({ label });
    await page.getByRole("button", { name: "Create quiz", exact: true }).click();
    await expect(page.getByRole("button", { name: "Creating quiz…" })).toBeDisabled();
    await expect(page.getByRole("status").filter({ hasText: "Quiz created" })).toBeVisible({ timeout: 30_000 });
    await page.unroute("**/teacher");
    // With no class yet, the quiz says what to do first.
    await expect(page.getByText("Create a class to assign this quiz.")).toBeVisible();

    await createClass(page, "Period 5");
    await page.goto("/teacher");
    const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: SEED_TITLE }) });
    await expect(row.getByLabel("Feedback")).toHaveValue("after-submit");
    await expect(row.getByLabel("Feedback").locator("option:checked")).toHaveText("After submitting");
    // A due time in the past is refused at the field.
    await row.getByLabel("Due").fill("2020-01-01T09:00");
    await row.getByRole("button", { name: "Assign" }).click();
    await expect(row.getByLabel("Due")).toHaveAccessibleDescription(/in the future/);
    await expect(page.getByRole("region", { name: "Assignments" }).getByText("Nothing assigned yet")).toBeVisible();
  });

  test("another teacher's class is not found", async ({ page, browser }) => {
    await signUpTeacher(page);
    const { classUrl } = await createClass(page, "Private class");
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signUpTeacher(otherPage, "Mr Other");
    await otherPage.goto(classUrl);
    await expect(otherPage.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
    await otherPage.goto(`${classUrl}/cards`);
    await expect(otherPage.getByText("Private class")).toHaveCount(0);
    await other.close();
  });
});

test.describe("The class follows its students", () => {
  test("roster, login cards and results show who joined; locking and removing keep students out", async ({ page, browser }) => {
    test.slow();
    await signUpTeacher(page);
    const { joinCode, classUrl } = await createClass(page, "Period 6");
    const { assignmentUrl } = await assignLibraryQuiz(page, { articleTitle: SEED_TITLE, className: "Period 6", feedback: "per-question" });

    const ana = await (await browser.newContext()).newPage();
    const { personalCode } = await joinClass(ana, joinCode, "Ana");

    await page.goto(classUrl);
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Ana", exact: true }) });
    await expect(row.getByRole("cell").first()).toHaveText(personalCode);
    await expect(page.getByText("1 student", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Print login cards" }).click();
    const card = page.getByRole("list", { name: "Login cards" }).getByRole("listitem");
    await expect(card).toHaveCount(1);
    await expect(card).toContainText("Ana");
    await expect(card).toContainText(joinCode);
    await expect(card).toContainText(personalCode);
    await expectNoAxeViolations(page);

    await page.goto(assignmentUrl);
    const result = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Ana", exact: true }) });
    await expect(result.getByRole("cell").nth(0)).toHaveText("Not started");
    await expect(result.getByRole("cell").nth(2)).toHaveText(/^0 of \d+$/);
    await openAssignment(ana, SEED_TITLE);
    await page.reload();
    await expect(result.getByRole("cell").nth(0)).toHaveText("In progress");
    await expectNoAxeViolations(page);

    // Locked: a newcomer is turned away.
    await page.goto(classUrl);
    await page.getByRole("button", { name: "Lock joining" }).click();
    await expect(page.getByRole("button", { name: "Open joining" })).toBeVisible();
    const late = await (await browser.newContext()).newPage();
    await late.goto("/join");
    await late.getByLabel("Class code").fill(joinCode);
    await late.getByLabel("Your name").fill("Latecomer");
    await late.getByRole("button", { name: "Join class" }).click();
    await expect(late.getByText(/not taking new students/)).toBeVisible();

    // Removing asks first, then takes the student off the roster.
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Remove Ana" }).click();
    await expect(page.getByText("No students yet")).toBeVisible();
    await ana.context().close();
    await late.context().close();
  });
});

test.describe("Due dates mean the teacher's own clock", () => {
  // Chicago in November is UTC−6; in July it is UTC−5: the due date's own offset must be used.
  test.use({ timezoneId: "America/Chicago" });

  test("a due time set in July shows as that time, and the pages pass axe in dark mode", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await signUpTeacher(page);
    const { classUrl } = await createClass(page, "Period 1");
    await expectNoAxeViolations(page);
    const { assignmentUrl } = await assignLibraryQuiz(page, { articleTitle: SEED_TITLE, className: "Period 1", feedback: "after-due", due: "2030-07-01T09:00" });
    await expectNoAxeViolations(page);
    await page.goto(assignmentUrl);
    await expect(page.getByText(/due Mon, Jul 1, 9:00\sAM/)).toBeVisible();
    await expect(page.getByText(/feedback after the due date/)).toBeVisible();
    await page.goto(classUrl);
    await expect(page.getByText(/due Mon, Jul 1, 9:00\sAM/)).toBeVisible();
  });
});
