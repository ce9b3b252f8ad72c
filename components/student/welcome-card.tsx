// What a student sees right after joining: their name, class and personal code. Rendered by the
// welcome page and, straight from the join's answer, by the join form.
import Link from "next/link";

export interface Welcome {
  displayName: string;
  className: string;
  personalCode: string;
}

export function WelcomeCard({ welcome }: { welcome: Welcome }) {
  return (
    <div className="max-w-prose">
      {/* Focusable so the join form can move focus here when the welcome replaces it. */}
      <h1 tabIndex={-1} className="font-serif text-3xl leading-tight focus:outline-none">
        Welcome, {welcome.displayName}
      </h1>
      <p className="mt-2">You joined {welcome.className}.</p>
      <div className="mt-6 rounded-xl border border-rule bg-white p-6 shadow-sm">
        <h2 className="font-semibold">Your personal code</h2>
        <p aria-label="Your personal code" className="mt-2 font-mono text-3xl font-semibold tracking-widest">
          {welcome.personalCode}
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
