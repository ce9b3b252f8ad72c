"use server";
// Students come in with a class code and a display name (nothing else: no email, no birthdate),
// or come back with the class code and their personal code.
import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrors, run } from "@/lib/server/action-result";
import { formObject } from "@/lib/server/form-data";
import { database } from "@/lib/server/db";
import { joinClass, reenterStudent } from "@/lib/server/dal/auth";
import { clientIp, setSessionCookie } from "@/lib/server/session";
import type { StudentFormState } from "@/components/student/code-form";

const Code = (what: string) =>
  z
    .string()
    .trim()
    .min(4, `Type the ${what} exactly as it is written.`)
    .max(32, `That is longer than a ${what}. Check it and try again.`)
    .regex(/^[A-Za-z0-9 -]+$/, `A ${what} has only letters and numbers.`);

// Control characters include newlines and tabs; angle brackets keep markup out of every roster.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[<>\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const DisplayName = z
  .string()
  .trim()
  .min(1, "Type the name your teacher will see.")
  .max(40, "Keep your name to 40 characters or fewer.")
  .refine((s) => !UNSAFE_NAME.test(s), "Use letters, numbers and spaces only (no < or > and no line breaks).");

const Join = z.strictObject({ joinCode: Code("class code"), displayName: DisplayName });
const Back = z.strictObject({ joinCode: Code("class code"), personalCode: Code("personal code") });

const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 64) : "");

export async function joinAction(_prev: StudentFormState, fd: FormData): Promise<StudentFormState> {
  const input = formObject(fd);
  const values = { joinCode: text(input.joinCode), displayName: text(input.displayName) };
  const parsed = Join.safeParse(input);
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues), values };
  const ip = await clientIp();
  const { db } = await database();
  const result = await run("student.join", () => joinClass(db, { ...parsed.data, ip }));
  if (!result.ok) return { error: result.error, values };
  await setSessionCookie(result.data.token, "student");
  redirect("/student/welcome");
}

export async function comeBackAction(_prev: StudentFormState, fd: FormData): Promise<StudentFormState> {
  const input = formObject(fd);
  const values = { joinCode: text(input.joinCode), personalCode: text(input.personalCode) };
  const parsed = Back.safeParse(input);
  if (!parsed.success) return { fields: fieldErrors(parsed.error.issues), values };
  const ip = await clientIp();
  const { db } = await database();
  const result = await run("student.come-back", () => reenterStudent(db, { ...parsed.data, ip }));
  if (!result.ok) return { error: result.error, values };
  await setSessionCookie(result.data.token, "student");
  redirect("/student");
}
