"use server";
import { checkPracticeAnswer, type PracticeResult } from "@/lib/server/practice";

export async function checkAnswerAction(input: unknown): Promise<PracticeResult> {
  return checkPracticeAnswer(input);
}
