"use server";
// The teacher's home: classes, quizzes from the library, assignments, signing out.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrors, run } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { assignQuiz } from "@/lib/server/dal/assignments";
import { createClass } from "@/lib/server/dal/classes";
import { createQuizFromArticle, createQuizFromLibrary } from "@/lib/server/dal/quizzes";
import { readPasted, readUpload } from "@/lib/server/uploads";
import { currentActor, endSession } from "@/lib/server/session";
import { formObject, keep, type FormState } from "./_lib/form";
import { dueFromForm, FEEDBACK_MODES } from "./_lib/due";

const NewClass = z.strictObject({
  name: z.string().trim().min(1, "Give the class a name, like “Period 3 English”.").max(80, "Keep the class name to 80 characters or fewer."),
});

export async function createClassAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const input = formObject(fd);
  const parsed = NewClass.safeParse(input);
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues), values: keep(input, ["name"]) };
  const actor = await currentActor();
  const { db } = await database();
  const result = await run("teacher.create-class", () => createClass(db, actor, parsed.data.name));
  if (!result.ok) return { error: result.error, values: keep(input, ["name"]) };
  revalidatePath("/teacher");
  redirect(`/teacher/classes/${result.data.id}`);
}

const NewQuiz = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Choose an article from the list.").max(200),
});

export async function createQuizAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = NewQuiz.safeParse(formObject(fd));
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues) };
  const actor = await currentActor();
  const { db } = await database();
  const result = await run("teacher.create-quiz", () => createQuizFromLibrary(db, actor, parsed.data.slug));
  if (!result.ok) return { error: result.error };
  revalidatePath("/teacher");
  // A new quiz opens in the builder, where the teacher checks its questions before assigning it.
  redirect(`/teacher/quizzes/${result.data.id}?created=1`);
}

const MAX_UPLOAD = 2 * 1024 * 1024;

const OwnArticle = z.strictObject({
  title: z.string().trim().max(200, "Keep the title to 200 characters or fewer."),
  text: z.string().max(MAX_UPLOAD + 1024, "This text is longer than Evident takes (20,000 words)."),
  // formObject() turns the file input into a marker; the File itself is read below.
  file: z.literal("[file]").optional(),
});

/** A teacher's own article, pasted or uploaded. A refused article stores nothing. */
export async function createQuizFromArticleAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const input = formObject(fd);
  const values = keep(input, ["title", "text"]);
  const parsed = OwnArticle.safeParse(input);
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues), values };
  const raw = fd.get("file");
  const file = raw instanceof File && raw.size > 0 ? raw : null;
  const text = parsed.data.text.trim();
  if (file && text) return { fields: { file: "Paste the article or upload a file, not both." }, values };
  if (!file && !text) return { fields: { text: "Paste the article here, or upload a file below." }, values };
  // Checked before reading, so an oversized file is never held in memory as text.
  if (file && file.size > MAX_UPLOAD) return { fields: { file: "This file is larger than 2 MB. Evident takes articles up to 20,000 words." }, values };
  const ingested = file ? await readUpload(file.name, new Uint8Array(await file.arrayBuffer())) : readPasted(text);
  if (!ingested.ok) return { fields: { [file ? "file" : "text"]: ingested.error.message }, values };
  const actor = await currentActor();
  const { db } = await database();
  const article = ingested.article;
  const result = await run("teacher.create-quiz-own", () => createQuizFromArticle(db, actor, { title: parsed.data.title || null, article }));
  if (!result.ok) return { error: result.error, values };
  revalidatePath("/teacher");
  // A new quiz opens in the builder, where the teacher checks its questions before assigning it.
  redirect(`/teacher/quizzes/${result.data.id}?created=1`);
}

const Assign = z.strictObject({
  quizId: z.string().min(1).max(64),
  classId: z.string().min(1, "Choose a class.").max(64),
  due: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Enter a date and time, or leave it empty.")]),
  tzOffset: z.union([z.literal(""), z.coerce.number().int().min(-900).max(900)]),
  feedback: z.enum(FEEDBACK_MODES, "Choose when students see feedback."),
});

export async function assignQuizAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const input = formObject(fd);
  const values = keep(input, ["classId", "due", "feedback"]);
  const parsed = Assign.safeParse(input);
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues), values };
  const { quizId, classId, due, tzOffset, feedback } = parsed.data;
  const dueAt = dueFromForm(due, tzOffset === "" ? null : tzOffset);
  if (dueAt !== null && dueAt <= Date.now()) return { fields: { due: "Choose a time in the future, or leave it empty." }, values };
  const actor = await currentActor();
  const { db } = await database();
  const result = await run("teacher.assign-quiz", () => assignQuiz(db, actor, { quizId, classId, dueAt, feedbackMode: feedback }));
  if (!result.ok) return { error: result.error, values };
  revalidatePath("/teacher");
  revalidatePath(`/teacher/classes/${classId}`);
  return { message: "Assigned.", href: `/teacher/assignments/${result.data}`, values };
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/teacher/sign-in");
}
