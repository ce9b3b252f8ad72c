"use server";
// A class's data: delete one student's data, archive or restore the class, delete the class.
// Each deletion needs the name typed (checked again in the DAL), and changes nothing otherwise.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { run } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { deleteClass, deleteStudentData, setClassArchived } from "@/lib/server/dal/privacy";
import { currentActor } from "@/lib/server/session";
import { formObject, type FormState } from "../../../_lib/form";

const Id = z.string().min(1).max(64);
const Confirm = z.string().max(200);

export async function deleteStudentDataAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = z.strictObject({ classId: Id, studentId: Id, confirmName: Confirm }).safeParse(formObject(fd));
  if (!parsed.success) return { error: "That student could not be found." };
  const { classId } = parsed.data;
  const { db } = await database();
  const result = await run("teacher.delete-student-data", async () => deleteStudentData(db, await currentActor(), parsed.data));
  if (!result.ok) return result.code === "invalid" ? { error: result.error, fields: { confirmName: result.error } } : { error: result.error };
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  revalidatePath("/teacher");
  // The student's card (and its form) is gone once deleted, so the page itself says it is done.
  // No name in the URL: it would stay in the browser's history.
  redirect(`/teacher/classes/${classId}/privacy?deleted=student`);
}

export async function setArchivedAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = z.strictObject({ classId: Id, archived: z.enum(["0", "1"]) }).safeParse(formObject(fd));
  if (!parsed.success) return { error: "That class could not be found." };
  const { classId, archived } = parsed.data;
  const { db } = await database();
  const result = await run("teacher.archive-class", async () => setClassArchived(db, await currentActor(), classId, archived === "1"));
  if (!result.ok) return { error: result.error };
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  revalidatePath("/teacher");
  return {
    message:
      archived === "1"
        ? "Class archived. Students can no longer sign in; results stay here until you delete the class."
        : "Class restored. Joining stays locked until you open it on the class page.",
  };
}

export async function deleteClassAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = z.strictObject({ classId: Id, confirmName: Confirm }).safeParse(formObject(fd));
  if (!parsed.success) return { error: "That class could not be found." };
  const { db } = await database();
  const result = await run("teacher.delete-class", async () => deleteClass(db, await currentActor(), parsed.data));
  if (!result.ok) return result.code === "invalid" ? { error: result.error, fields: { confirmName: result.error } } : { error: result.error };
  revalidatePath("/teacher");
  redirect("/teacher");
}
