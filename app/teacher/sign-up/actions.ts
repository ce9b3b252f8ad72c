"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrors, run } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { MAX_PASSWORD, signUpTeacher } from "@/lib/server/dal/auth";
import { clientIp, setSessionCookie } from "@/lib/server/session";
import { formObject, keep, type FormState } from "../_lib/form";

const SignUp = z.strictObject({
  displayName: z.string().trim().min(1, "Enter your name as students will see it.").max(80, "Keep your name to 80 characters or fewer."),
  email: z.string().trim().max(254, "That email address is too long.").pipe(z.email("Enter an email address, like name@school.org.")),
  password: z.string().min(10, "Use at least 10 characters.").max(MAX_PASSWORD, `Use at most ${MAX_PASSWORD} characters.`),
});

export async function signUpAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const input = formObject(fd);
  const values = keep(input, ["displayName", "email"]);
  const parsed = SignUp.safeParse(input);
  if (!parsed.success) return { error: "Please fix the fields marked below.", fields: fieldErrors(parsed.error.issues), values };
  const { db } = await database();
  const ip = await clientIp();
  const result = await run("teacher.sign-up", () => signUpTeacher(db, { ...parsed.data, ip }));
  if (!result.ok) return { error: result.error, fields: result.code === "conflict" ? { email: result.error } : undefined, values };
  await setSessionCookie(result.data.token, "teacher");
  redirect("/teacher");
}
