// Every way into the app, in one list: each page, route handler and server action under app/, who
// may use it, which ids it takes, and where the authorization matrix checks it. Plain data (no
// server-only import) so both test runners read it. The completeness test enumerates app/ and
// fails when something here is missing or stale, so a new route or action cannot ship unlisted.
//
// Matrix layers:
// - "http": called over real HTTP against the production server (e2e/authorization.spec.ts) as
//   anonymous, a student of another class, a teacher of another class and (for attempts) another
//   student; each must be denied, change nothing and leak none of the victim class's data.
// - "dal": the data-access function behind it called with each wrong actor on SQLite and
//   PostgreSQL (lib/server/authz/__tests__/matrix.test.ts). The e2e server runs on SQLite only, so
//   PostgreSQL authorization is checked at this layer.

/**
 * public: anyone, nothing private behind it. session: acts on the caller's own session only.
 * teacher: any signed-in teacher, on their own things (no ids of others are taken).
 * class-teacher: the teacher who owns the class/quiz/assignment the id names.
 * student: any signed-in student, on their own profile and class.
 * class-student: a student of the class the assignment belongs to.
 * own-attempt: the student whose attempt the id names.
 */
export type Audience = "public" | "session" | "teacher" | "class-teacher" | "student" | "class-student" | "own-attempt";

/** The people of the matrix: a victim class (its teacher, a student, a classmate) and outsiders. */
export type Who = "anonymous" | "otherTeacher" | "otherStudent" | "classmate" | "victimTeacher" | "victimStudent";

/** Who must be refused, per audience (the rightful caller is never in the list). */
export const WRONG_ACTORS: Record<Audience, Who[]> = {
  public: [],
  session: ["anonymous", "otherTeacher", "otherStudent"],
  teacher: ["anonymous", "victimStudent"],
  student: ["anonymous", "victimTeacher"],
  "class-teacher": ["anonymous", "otherTeacher", "otherStudent", "victimStudent"],
  "class-student": ["anonymous", "otherTeacher", "otherStudent"],
  "own-attempt": ["anonymous", "otherTeacher", "otherStudent", "classmate", "victimTeacher"],
};

export interface SurfaceEntry {
  kind: "page" | "route" | "action";
  /** The source file, relative to the repository root. */
  file: string;
  /** URL template for pages and routes (`[id]` as in the folder), the exported name for actions. */
  name: string;
  /** Route handlers: the exported HTTP methods. */
  methods?: ("GET" | "POST")[];
  audience: Audience;
  /** The ids a caller chooses (path segments or fields), each checked against the actor. */
  ids: string[];
  /** The data-access function(s) that make the authorization decision. */
  dal: string[];
  checked: ("http" | "dal")[];
}

const page = (file: string, name: string, audience: Audience, ids: string[], dal: string[]): SurfaceEntry => ({
  kind: "page",
  file,
  name,
  audience,
  ids,
  dal,
  checked: audience === "public" ? ["http"] : ["http", "dal"],
});

export const SURFACE: SurfaceEntry[] = [
  page("app/page.tsx", "/", "public", [], []),
  page("app/read/[slug]/page.tsx", "/read/[slug]", "public", [], []),
  page("app/practice/[slug]/page.tsx", "/practice/[slug]", "public", [], []),
  page("app/join/page.tsx", "/join", "public", [], []),
  page("app/join/back/page.tsx", "/join/back", "public", [], []),
  page("app/teacher/sign-in/page.tsx", "/teacher/sign-in", "public", [], []),
  page("app/teacher/sign-up/page.tsx", "/teacher/sign-up", "public", [], []),
  page("app/student/page.tsx", "/student", "student", [], ["studentProfile", "listAssignments"]),
  page("app/student/welcome/page.tsx", "/student/welcome", "student", [], ["studentProfile"]),
  page("app/student/assignments/[id]/page.tsx", "/student/assignments/[id]", "class-student", ["assignment"], ["openAttempt", "assignmentReading"]),
  page("app/teacher/page.tsx", "/teacher", "teacher", [], ["listClasses", "listQuizzes", "listAssignments", "listArchivedClasses"]),
  page("app/teacher/classes/[id]/page.tsx", "/teacher/classes/[id]", "class-teacher", ["class"], ["getClass", "listAssignments"]),
  page("app/teacher/classes/[id]/cards/page.tsx", "/teacher/classes/[id]/cards", "class-teacher", ["class"], ["getClass"]),
  page("app/teacher/assignments/[id]/page.tsx", "/teacher/assignments/[id]", "class-teacher", ["assignment"], ["assignmentResults", "assignmentReport", "reviewQueue"]),
  page("app/teacher/assignments/[id]/review/page.tsx", "/teacher/assignments/[id]/review", "class-teacher", ["assignment"], ["assignmentResults", "reviewQueue", "assignmentReport"]),
  page("app/teacher/quizzes/[id]/print/page.tsx", "/teacher/quizzes/[id]/print", "class-teacher", ["quiz"], ["quizForPrint"]),
  page("app/teacher/quizzes/[id]/page.tsx", "/teacher/quizzes/[id]", "class-teacher", ["quiz"], ["loadBuilder", "listClasses"]),
  page("app/teacher/classes/[id]/results/page.tsx", "/teacher/classes/[id]/results", "class-teacher", ["class"], ["classReport"]),
  page("app/teacher/classes/[id]/privacy/page.tsx", "/teacher/classes/[id]/privacy", "class-teacher", ["class"], ["classDataSummary"]),

  { kind: "route", file: "app/api/health/route.ts", name: "/api/health", methods: ["GET"], audience: "public", ids: [], dal: [], checked: ["http"] },
  { kind: "route", file: "app/api/join/route.ts", name: "/api/join", methods: ["POST"], audience: "public", ids: [], dal: ["joinClass"], checked: ["http", "dal"] },
  { kind: "route", file: "app/api/define/route.ts", name: "/api/define", methods: ["GET"], audience: "public", ids: [], dal: [], checked: ["http"] },
  { kind: "route", file: "app/student/api/save/route.ts", name: "/student/api/save", methods: ["POST"], audience: "own-attempt", ids: ["attempt"], dal: ["saveAnswer"], checked: ["http", "dal"] },
  { kind: "route", file: "app/teacher/assignments/[id]/gradebook/route.ts", name: "/teacher/assignments/[id]/gradebook", methods: ["GET"], audience: "class-teacher", ids: ["assignment"], dal: ["gradebookCsv"], checked: ["http", "dal"] },
  { kind: "route", file: "app/student/api/define/route.ts", name: "/student/api/define", methods: ["GET"], audience: "class-student", ids: ["assignment"], dal: ["defineForAssignment"], checked: ["http", "dal"] },
  { kind: "route", file: "app/student/api/highlights/route.ts", name: "/student/api/highlights", methods: ["POST"], audience: "own-attempt", ids: ["attempt"], dal: ["saveHighlights"], checked: ["http", "dal"] },
  { kind: "route", file: "app/teacher/classes/[id]/gradebook/route.ts", name: "/teacher/classes/[id]/gradebook", methods: ["GET"], audience: "class-teacher", ids: ["class"], dal: ["classGradebookCsv"], checked: ["http", "dal"] },
  { kind: "route", file: "app/teacher/classes/[id]/export/route.ts", name: "/teacher/classes/[id]/export", methods: ["GET"], audience: "class-teacher", ids: ["class"], dal: ["exportClassData"], checked: ["http", "dal"] },
  { kind: "route", file: "app/teacher/classes/[id]/students/[studentId]/export/route.ts", name: "/teacher/classes/[id]/students/[studentId]/export", methods: ["GET"], audience: "class-teacher", ids: ["class", "student"], dal: ["exportStudentData"], checked: ["http", "dal"] },
  { kind: "route", file: "app/teacher/quizzes/[id]/qti/route.ts", name: "/teacher/quizzes/[id]/qti", methods: ["GET"], audience: "class-teacher", ids: ["quiz"], dal: ["quizQtiPackage"], checked: ["http", "dal"] },

  { kind: "action", file: "app/join/actions.ts", name: "comeBackAction", audience: "public", ids: [], dal: ["reenterStudent"], checked: ["http", "dal"] },
  { kind: "action", file: "app/practice/[slug]/actions.ts", name: "checkAnswerAction", audience: "public", ids: [], dal: [], checked: ["http"] },
  { kind: "action", file: "app/student/actions.ts", name: "submitAction", audience: "own-attempt", ids: ["attempt"], dal: ["submitAttempt"], checked: ["http", "dal"] },
  { kind: "action", file: "app/student/actions.ts", name: "signOutAction", audience: "session", ids: [], dal: ["revokeSession"], checked: ["http"] },
  { kind: "action", file: "app/teacher/actions.ts", name: "createClassAction", audience: "teacher", ids: [], dal: ["createClass"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/actions.ts", name: "createQuizAction", audience: "teacher", ids: [], dal: ["createQuizFromLibrary"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/actions.ts", name: "createQuizFromArticleAction", audience: "teacher", ids: [], dal: ["createQuizFromArticle"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/actions.ts", name: "assignQuizAction", audience: "class-teacher", ids: ["quiz", "class"], dal: ["assignQuiz"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/actions.ts", name: "signOutAction", audience: "session", ids: [], dal: ["revokeSession"], checked: ["http"] },
  { kind: "action", file: "app/teacher/assignments/[id]/review/actions.ts", name: "reviewAnswerAction", audience: "class-teacher", ids: ["attempt"], dal: ["overrideAnswer"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/classes/[id]/actions.ts", name: "resetJoinCodeAction", audience: "class-teacher", ids: ["class"], dal: ["resetJoinCode"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/classes/[id]/actions.ts", name: "setJoinOpenAction", audience: "class-teacher", ids: ["class"], dal: ["setJoinOpen"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/classes/[id]/actions.ts", name: "removeStudentAction", audience: "class-teacher", ids: ["class", "student"], dal: ["removeStudent"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/classes/[id]/privacy/actions.ts", name: "setArchivedAction", audience: "class-teacher", ids: ["class"], dal: ["setClassArchived"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/classes/[id]/privacy/actions.ts", name: "deleteStudentDataAction", audience: "class-teacher", ids: ["class", "student"], dal: ["deleteStudentData"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/classes/[id]/privacy/actions.ts", name: "deleteClassAction", audience: "class-teacher", ids: ["class"], dal: ["deleteClass"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/quizzes/[id]/actions.ts", name: "builderEditAction", audience: "class-teacher", ids: ["quiz"], dal: ["editQuiz"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/quizzes/[id]/actions.ts", name: "copyQuizAction", audience: "class-teacher", ids: ["quiz"], dal: ["copyQuiz"], checked: ["http", "dal"] },
  { kind: "action", file: "app/teacher/sign-in/actions.ts", name: "signInAction", audience: "public", ids: [], dal: ["signInTeacher"], checked: ["http"] },
  { kind: "action", file: "app/teacher/sign-up/actions.ts", name: "signUpAction", audience: "public", ids: [], dal: ["signUpTeacher"], checked: ["http"] },
];
