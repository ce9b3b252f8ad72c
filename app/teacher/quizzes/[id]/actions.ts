"use server";
// The quiz builder's writes: one edit per call, validated strictly here and authorized in the DAL.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { run, type ActionResult } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { copyQuiz, editQuiz, type BuilderResult } from "@/lib/server/dal/quiz-builder";
import { currentActor } from "@/lib/server/session";

const Id = z.string().min(1).max(64);
const Span = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) });

const Draft = z.strictObject({
  format: z.enum(["mc", "tf", "short", "cloze", "evidence", "open"]),
  prompt: z.string().trim().min(1, "Write the question.").max(600, "Keep the question to 600 characters or fewer."),
  options: z
    .array(z.string().trim().min(1, "Fill in every option, or remove the empty one.").max(300, "Keep each option to 300 characters or fewer."))
    .min(2, "Give at least two options.")
    .max(6, "Give at most six options.")
    .optional(),
  keyOption: z.number().int().min(0).max(5).optional(),
  accepted: z.array(z.string().trim().max(200, "Keep each accepted answer to 200 characters or fewer.")).max(10, "Give at most ten accepted answers.").optional(),
  explanation: z.string().trim().max(1000, "Keep the explanation to 1,000 characters or fewer."),
  evidence: z.array(Span).max(5).optional(),
});

const Edit = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("pick"), id: Id, picked: z.boolean() }),
  z.strictObject({ op: z.literal("move"), id: Id, by: z.union([z.literal(-1), z.literal(1)]) }),
  z.strictObject({ op: z.literal("delete"), id: Id }),
  z.strictObject({ op: z.literal("edit"), id: Id, draft: Draft }),
  z.strictObject({ op: z.literal("add"), draft: Draft }),
  z.strictObject({ op: z.literal("alternate"), id: Id }),
]);

const Input = z.strictObject({ quizId: Id, version: z.number().int().min(0), edit: Edit });

export type BuilderActionResult = ActionResult<BuilderResult>;

/** One builder edit. A refused edit changes nothing and says which field to fix. */
export async function builderEditAction(input: unknown): Promise<BuilderActionResult> {
  const parsed = Input.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    // Draft fields are named as the form names them ("prompt", "options"), not by their path.
    for (const i of parsed.error.issues) fields[String(i.path[0] === "edit" && i.path[1] === "draft" ? (i.path[2] ?? "form") : "form")] ??= i.message;
    return { ok: false, code: "invalid", error: "Check the highlighted fields.", fields };
  }
  const { quizId, version, edit } = parsed.data;
  const actor = await currentActor();
  const { db } = await database();
  const result = await run(`teacher.quiz-builder.${edit.op}`, () => editQuiz(db, actor, quizId, version, edit));
  // The dashboard shows each quiz's question count.
  if (result.ok) revalidatePath("/teacher");
  return result;
}

const Copy = z.strictObject({ quizId: Id });

/** An assigned quiz is edited as a copy (decision 0007); the copy opens in the builder. */
export async function copyQuizAction(fd: FormData): Promise<void> {
  // Anything but a form (a forged call) is turned away like a bad id, not a server error.
  const parsed = Copy.safeParse({ quizId: fd instanceof FormData ? fd.get("quizId") : null });
  if (!parsed.success) redirect("/teacher");
  const actor = await currentActor();
  const { db } = await database();
  const result = await run("teacher.quiz-builder.copy", () => copyQuiz(db, actor, parsed.data.quizId));
  if (!result.ok) redirect("/teacher");
  revalidatePath("/teacher");
  redirect(`/teacher/quizzes/${result.data.id}?copied=1`);
}

