// Seeds a data folder for the page-weight bench: a teacher, a class, the seed article's quiz
// assigned to it, and a student who joined. Prints JSON: the assignment id and the student's
// session token. Run with the react-server condition so the server-only modules load:
//   npx tsx --conditions=react-server bench/support/seed-classroom.ts <dataDir>
import { openDatabase } from "@/lib/server/db/open";
import { actorFromToken, joinClass, signUpTeacher } from "@/lib/server/dal/auth";
import { createClass } from "@/lib/server/dal/classes";
import { createQuizFromLibrary } from "@/lib/server/dal/quizzes";
import { assignQuiz } from "@/lib/server/dal/assignments";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: seed-classroom.ts <dataDir>");
const { db, close } = await openDatabase({ databaseUrl: null, dataDir });
try {
  const t = await signUpTeacher(db, { email: `bench-${Date.now()}@school.example`, password: "correct horse battery staple", displayName: "Bench Teacher", ip: "bench" });
  const teacher = await actorFromToken(db, t.token);
  const cls = await createClass(db, teacher, "Bench class");
  const quiz = await createQuizFromLibrary(db, teacher, process.env.BENCH_SLUG ?? "bloomberg-tillerson-un-north-korea");
  const assignmentId = await assignQuiz(db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-submit" });
  const student = await joinClass(db, { joinCode: cls.joinCode, displayName: "Bench Student", ip: "bench" });
  console.log(JSON.stringify({ assignmentId, token: student.token }));
} finally {
  await close();
}
