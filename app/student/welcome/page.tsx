import type { Metadata } from "next";
import Link from "next/link";
import { studentProfile } from "@/lib/server/dal/students";
import { orNotFound, studentPage } from "../_lib/student";

export const metadata: Metadata = { title: "You joined your class" };

export default async function WelcomePage() {
  const { actor, db } = await studentPage();
  const profile = await orNotFound(studentProfile(db, actor));
  return (
    <div className="max-w-prose">
      <h1 className="font-serif text-3xl leading-tight">Welcome, {profile.displayName}</h1>
      <p className="mt-2">You joined {profile.className}.</p>
      <div className="mt-6 rounded-xl border border-rule bg-white p-6 shadow-sm">
        <h2 className="font-semibold">Your personal code</h2>
        <p aria-label="Your personal code" className="mt-2 font-mono text-3xl font-semibold tracking-widest">
          {profile.personalCode}
        </p>
        <p className="mt-3 text-muted">
          Write it down. With the class code and this code you can come back on any device, and your answers will be waiting. Your
          teacher has it too.
        </p>
      </div>
      <p className="mt-6">
        <Link href="/student" className="rounded-lg bg-accent px-5 py-2.5 font-semibold text-white no-underline hover:bg-accent-strong">
          Go to my assignments
        </Link>
      </p>
    </div>
  );
}
