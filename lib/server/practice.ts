import "server-only";
// Practice mode: anyone may answer a library article's default quiz and get instant feedback.
// Nothing is stored; the key is released per question only after an answer is given.
import { z } from "zod";
import { feedbackFor, getQuiz, type Feedback } from "./quiz";

export const PracticeAnswer = z
  .object({
    slug: z.string().min(1).max(120).regex(/^[a-z0-9-]+$/),
    questionId: z.string().min(1).max(200),
    answer: z.union([z.string().max(2000), z.number().int().min(0).max(20)]),
  })
  .strict();

export type PracticeResult = { ok: true; feedback: Feedback } | { ok: false; error: string };

export async function checkPracticeAnswer(input: unknown): Promise<PracticeResult> {
  const parsed = PracticeAnswer.safeParse(input);
  if (!parsed.success) return { ok: false, error: "That answer could not be read. Please try again." };
  const { slug, questionId, answer } = parsed.data;
  if (typeof answer === "string" && answer.trim().length === 0) return { ok: false, error: "Write an answer first." };
  const quiz = await getQuiz(slug);
  const question = quiz?.questions.find((q) => q.id === questionId);
  if (!quiz || !question) return { ok: false, error: "This question is no longer available. Reload the page." };
  if (typeof answer === "number" && (!question.options || answer >= question.options.length)) return { ok: false, error: "Pick one of the choices." };
  return { ok: true, feedback: feedbackFor(quiz, question, answer) };
}
