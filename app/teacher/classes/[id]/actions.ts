"use server";
// A class's join settings: a fresh join code, and locking joining once the roster is complete.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { run } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { removeStudent, resetJoinCode, setJoinOpen } from "@/lib/server/dal/classes";
import { currentActor } from "@/lib/server/session";
import { formObject, type FormState } from "../../_lib/form";

const ClassId = z.string().min(1).max(64);

export async function resetJoinCodeAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = z.strictObject({ classId: ClassId }).safeParse(formObject(fd));
  if (!parsed.success) return { error: "That class could not be found." };
  const actor = await currentActor();
  const { db } = await database();
  const result = await run("teacher.reset-join-code", () => resetJoinCode(db, actor, parsed.data.classId));
  if (!result.ok) return { error: result.error };
  revalidatePath(`/teacher/classes/${parsed.data.classId}`);
  return { message: `New join code: ${result.data}. The old code no longer works.` };
}

export async function setJoinOpenAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = z.strictObject({ classId: ClassId, open: z.enum(["0", "1"]) }).safeParse(formObject(fd));
  if (!parsed.success) return { error: "That class could not be found." };
  const { classId, open } = parsed.data;
  const actor = await currentActor();
  const { db } = await database();
  const result = await run("teacher.set-join-open", () => setJoinOpen(db, actor, classId, open === "1"));
  if (!result.ok) return { error: result.error };
  revalidatePath(`/teacher/classes/${classId}`);
  revalidatePath("/teacher");
  return { message: open === "1" ? "Joining is open: new students can join with the code." : "Joining is locked: no new students can join. Students already in the class can still sign back in." };
}

/** Removing a student signs them out everywhere at once; their answers stay for the record. */
export async function removeStudentAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = z.strictObject({ classId: ClassId, studentId: z.string().min(1).max(64) }).safeParse(formObject(fd));
  if (!parsed.success) return { error: "That student could not be found." };
  const { classId, studentId } = parsed.data;
  const actor = await currentActor();
  const { db } = await database();
  const result = await run("teacher.remove-student", () => removeStudent(db, actor, classId, studentId));
  if (!result.ok) return { error: result.error };
  revalidatePath(`/teacher/classes/${classId}`);
  revalidatePath("/teacher");
  return { message: "Removed." };
}
