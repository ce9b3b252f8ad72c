"use server";
// Students come back with the class code and their personal code. (Joining goes through
// /api/join, so the welcome comes back in the join's own answer: decision 11.)
import { redirect } from "next/navigation";
import { fieldErrors, run } from "@/lib/server/action-result";
import { formObject } from "@/lib/server/form-data";
import { database } from "@/lib/server/db";
import { reenterStudent } from "@/lib/server/dal/auth";
import { BackInput } from "@/lib/server/join-input";
import { clientIp, setSessionCookie } from "@/lib/server/session";
import type { StudentFormState } from "@/components/student/code-form";

const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 64) : "");

export async function comeBackAction(_prev: StudentFormState, fd: FormData): Promise<StudentFormState> {
  const input = formObject(fd);
  const values = { joinCode: text(input.joinCode), personalCode: text(input.personalCode) };
  const parsed = BackInput.safeParse(input);
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues), values };
  const ip = await clientIp();
  const { db } = await database();
  const result = await run("student.come-back", () => reenterStudent(db, { ...parsed.data, ip }));
  if (!result.ok) return { error: result.error, values };
  await setSessionCookie(result.data.token, "student");
  redirect("/student");
}
