"use client";
// Signing out also empties this device's outbox, so the next student on a shared Chromebook
// starts clean and nobody's unsent answers linger.
import { useTransition } from "react";
import * as outbox from "./outbox";
import { forgetAllPendingHighlights } from "./use-attempt-highlights";

export function SignOutButton({ signOut }: { signOut: () => Promise<void> }) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await outbox.clear().catch(() => undefined);
          outbox.forgetSeqs();
          forgetAllPendingHighlights();
          await signOut();
        })
      }
      className="rounded-lg border border-rule px-4 py-2 text-sm font-semibold hover:border-accent disabled:opacity-60"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
