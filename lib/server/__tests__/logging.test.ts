// RELIABILITY.md, privacy: logs are structured and never contain passwords, session tokens or
// answer text. Everything the server logs while a teacher signs up and in, a student joins and
// saves, and an action fails on something unexpected (an error whose message carries those
// secrets) is captured here and read line by line.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "../test-support/databases";
import type { Db } from "../db/open";
import { actorFromToken, joinClass, signInTeacher, signUpTeacher } from "../dal/auth";
import { createClass } from "../dal/classes";
import { createQuizFromLibrary } from "../dal/quizzes";
import { assignQuiz } from "../dal/assignments";
import { openAttempt, saveAnswer } from "../dal/attempts";
import { run } from "../action-result";

const PASSWORD = "Correct-Horse-7731-battery";
const ANSWER = "Because the sanctions were a lifeline for the regime";

describe("server logs", () => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  const lines: string[] = [];
  const secrets: string[] = [PASSWORD, ANSWER];

  beforeAll(async () => {
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
    }
    h = await freshDatabase("sqlite");
    const db = h!.db;
    const signUp = await signUpTeacher(db, { email: "log@school.example", password: PASSWORD, displayName: "Ms Log", ip: "10.9.0.1" });
    const signIn = await signInTeacher(db, { email: "log@school.example", password: PASSWORD, ip: "10.9.0.1" });
    await signInTeacher(db, { email: "log@school.example", password: `${PASSWORD}x`, ip: "10.9.0.1" }).catch(() => undefined);
    const teacher = await actorFromToken(db, signIn.token);
    const cls = await createClass(db, teacher, "Period 1");
    const joined = await joinClass(db, { joinCode: cls.joinCode, displayName: "Ana", ip: "10.9.0.2" });
    secrets.push(signUp.token, signIn.token, joined.token, joined.personalCode);
    const student = await actorFromToken(db, joined.token);
    const quiz = await createQuizFromLibrary(db, teacher, "bloomberg-tillerson-un-north-korea");
    const assignmentId = await assignQuiz(db, teacher, { quizId: quiz.id, classId: cls.id, dueAt: null, feedbackMode: "after-submit" });
    const view = await openAttempt(db, student, assignmentId);
    const written = view.questions.find((q) => !q.options || q.options.length === 0) ?? view.questions[0]!;
    await saveAnswer(db, student, { attemptId: view.attemptId, questionId: written.id, answer: ANSWER, seq: 1, idempotencyKey: "log-test-1" });
    // Something unexpected, carrying every secret in its message, as a driver error might.
    await run("student.save", async () => {
      throw new Error(`insert failed for ${ANSWER} with ${joined.token} and ${PASSWORD}`);
    });
  }, 60_000);
  afterAll(async () => {
    vi.restoreAllMocks();
    await h?.dispose();
  });

  it("logged something (so the checks below read real lines)", () => {
    expect(lines.some((l) => l.includes("action.failed"))).toBe(true);
  });

  it("every line is one JSON object with an event name", () => {
    for (const line of lines) {
      const parsed = JSON.parse(line) as { event?: unknown };
      expect(typeof parsed.event, line).toBe("string");
    }
  });

  it("no line contains a password, a session token, a personal code or answer text", () => {
    for (const line of lines) for (const s of secrets) expect(line).not.toContain(s);
  });
});
