"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrors, run } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { MAX_PASSWORD, signInTeacher } from "@/lib/server/dal/auth";
import { clientIp, setSessionCookie } from "@/lib/server/session";
import { formObject, keep, type FormState } from "../_lib/form";

const SignIn = z.strictObject({
  email: z.string().trim().max(254, "That email address is too long.").pipe(z.email("Enter the email address you signed up with.")),
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD, `Passwords are at most ${MAX_PASSWORD} characters.`),
});

export async function signInAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const input = formObject(fd);
  const values = keep(input, ["email"]);
  const parsed = SignIn.safeParse(input);
  if (!parsed.success) return { error: "Please fix the fields marked below.", fields: fieldErrors(parsed.error.issues), values };
  const { db } = await database();
  const ip = await clientIp();
  const result = await run("teacher.sign-in", () => signInTeacher(db, { ...parsed.data, ip }));
  if (!result.ok) return { error: result.error, values };
  await setSessionCookie(result.data.token, "teacher");
  redirect("/teacher");
}
