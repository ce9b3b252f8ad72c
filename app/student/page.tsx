import type { Metadata } from "next";
import Link from "next/link";
import { listAssignments } from "@/lib/server/dal/assignments";
import { studentProfile } from "@/lib/server/dal/students";
import { SignOutButton } from "@/components/student/sign-out-button";
import { signOutAction } from "./actions";
import { orNotFound, studentPage } from "./_lib/student";
import { formatDue } from "./_lib/due";

export const metadata: Metadata = { title: "Your assignments" };

export default async function StudentHome() {
  const { actor, db } = await studentPage();
  const [profile, assignments] = await Promise.all([orNotFound(studentProfile(db, actor)), orNotFound(listAssignments(db, actor))]);
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl leading-tight">Your assignments</h1>
          <p className="mt-1 text-muted">
            {profile.displayName} · {profile.className}
          </p>
        </div>
        <SignOutButton signOut={signOutAction} />
      </div>
      {assignments.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-rule p-6 text-muted">Nothing assigned yet. When your teacher assigns a quiz, it appears here.</p>
      ) : (
        <ul className="mt-8 grid gap-3">
          {assignments.map((a) => (
            <li key={a.id} className="rounded-xl border border-rule bg-white p-4 shadow-sm">
              <Link href={`/student/assignments/${a.id}`} className="text-lg font-semibold">
                {a.title}
              </Link>
              <p className="mt-1 text-sm text-muted">{a.dueAt ? `Due ${formatDue(a.dueAt)}` : "No due date"}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-10 text-sm text-muted">
        Your personal code is <span className="font-mono font-semibold text-ink">{profile.personalCode}</span>. With it and the class code you can
        sign in on any device.
      </p>
    </div>
  );
}
