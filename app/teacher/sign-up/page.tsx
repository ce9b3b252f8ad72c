import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/session";
import { AccountForm } from "../_components/account-form";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create a teacher account" };

export default async function SignUpPage() {
  if ((await currentActor())?.kind === "teacher") redirect("/teacher");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-semibold tracking-tight">Create a teacher account</h1>
      <p className="mt-2 text-muted">Make classes, assign quizzes on any article and see how each student did. Students never need an email.</p>
      <AccountForm mode="sign-up" action={signUpAction} />
      <p className="mt-6 text-sm">
        Already have an account? <Link href="/teacher/sign-in" className="underline">Sign in</Link>
      </p>
    </div>
  );
}
