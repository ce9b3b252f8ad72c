"use server";
// The review queue's one action: the teacher's score for one answer (accept = 1, reject = 0, or
// a score they set), with an optional comment. The DAL checks the answer is in their class.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrors, run } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { overrideAnswer } from "@/lib/server/dal/review";
import { currentActor } from "@/lib/server/session";
import { formObject, keep, type FormState } from "../../../_lib/form";

const Review = z.strictObject({
  assignmentId: z.string().min(1).max(64),
  attemptId: z.string().min(1).max(64),
  questionId: z.string().min(1).max(64),
  decision: z.enum(["accept", "reject", "set"], "Choose Accept, Reject or Set score."),
  score: z.string().trim().max(10),
  comment: z.string().trim().max(500, "Keep the comment to 500 characters or fewer."),
});

const SCORE = z.coerce.number("Enter a score from 0 to 1, like 0.5.").min(0, "Enter a score from 0 to 1, like 0.5.").max(1, "Enter a score from 0 to 1, like 0.5.");

export async function reviewAnswerAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const input = formObject(fd);
  const values = keep(input, ["score", "comment"]);
  const parsed = Review.safeParse(input);
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues), values };
  const { assignmentId, attemptId, questionId, decision, comment } = parsed.data;
  let score: number;
  if (decision === "accept") score = 1;
  else if (decision === "reject") score = 0;
  else {
    const s = SCORE.safeParse(parsed.data.score === "" ? undefined : parsed.data.score);
    if (!s.success) return { fields: { score: s.error.issues[0]?.message ?? "Enter a score from 0 to 1." }, values };
    score = s.data;
  }
  const actor = await currentActor();
  const { db } = await database();
  const result = await run("teacher.review-answer", () => overrideAnswer(db, actor, { attemptId, questionId, score, comment: comment || null }));
  if (!result.ok) return { error: result.error, values };
  revalidatePath(`/teacher/assignments/${assignmentId}`);
  revalidatePath(`/teacher/assignments/${assignmentId}/review`);
  return { message: `Score ${score} saved.` };
}
