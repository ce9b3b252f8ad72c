import Link from "next/link";
import { signOutAction } from "../actions";

/** The strip above every signed-in teacher page: where you are, the way home, and sign out. */
export function TeacherBar({ back }: { back?: boolean }) {
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-rule pb-3 text-sm">
      {back ? (
        <Link href="/teacher" className="underline">← Your classes</Link>
      ) : (
        <p className="text-muted">Teacher area</p>
      )}
      <form action={signOutAction}>
        <button type="submit" className="min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-1.5 font-medium text-ink hover:border-accent">
          Sign out
        </button>
      </form>
    </div>
  );
}
