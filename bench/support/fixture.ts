// The teacher's side of a bench, written straight into the database before the server starts:
// one teacher, one class (open for joining), one library quiz assigned to it. Students join
// through HTTP during the bench, as they would in a classroom.
import { openDatabase, type Db } from "../../lib/server/db/open";
import { actorFromToken, signUpTeacher } from "../../lib/server/dal/auth";
import { createClass } from "../../lib/server/dal/classes";
import { createQuizFromLibrary } from "../../lib/server/dal/quizzes";
import { assignQuiz } from "../../lib/server/dal/assignments";

export interface Target {
  /** Embedded SQLite in this folder, or PostgreSQL at this URL. */
  dataDir?: string;
  databaseUrl?: string;
}

export function open(target: Target): Promise<Db> {
  return openDatabase({ databaseUrl: target.databaseUrl ?? null, dataDir: target.dataDir ?? "/nonexistent" });
}

export interface Classroom {
  joinCode: string;
  assignmentId: string;
}

export async function seedClassroom(target: Target, feedbackMode: "after-submit" | "per-question" = "after-submit"): Promise<Classroom> {
  const { db, close } = await open(target);
  try {
    const signedUp = await signUpTeacher(db, { email: `bench-${Date.now()}@school.example`, password: "bench password 123", displayName: "Bench", ip: "bench" });
    const teacher = await actorFromToken(db, signedUp.token);
    const cls = await createClass(db, teacher, "Bench class");
    const quiz = await createQuizFromLibrary(db, teacher, "bloomberg-tillerson-un-north-korea");
    const assignmentId = await assignQuiz(db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode });
    return { joinCode: cls.joinCode, assignmentId };
  } finally {
    await close();
  }
}
