import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/session";
import { AccountForm } from "../_components/account-form";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Teacher sign in" };

export default async function SignInPage() {
  if ((await currentActor())?.kind === "teacher") redirect("/teacher");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-semibold tracking-tight">Teacher sign in</h1>
      <AccountForm mode="sign-in" action={signInAction} />
      <p className="mt-6 text-sm">
        New to Evident? <Link href="/teacher/sign-up" className="underline">Create a teacher account</Link>
      </p>
      <p className="mt-2 text-sm text-muted">
        Students: <Link href="/join" className="underline">join your class with its code</Link>.
      </p>
    </div>
  );
}
