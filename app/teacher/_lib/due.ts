// Due dates arrive from a datetime-local field (the teacher's wall clock, no zone) plus the
// browser's offset from UTC, so the deadline means the same instant on any server.
export const FEEDBACK_MODES = ["per-question", "after-submit", "after-due", "after-review"] as const;
export type FeedbackChoice = (typeof FEEDBACK_MODES)[number];

export const FEEDBACK_LABELS: Record<FeedbackChoice, string> = {
  "per-question": "As they go",
  "after-submit": "After submitting",
  "after-due": "After the due date",
  "after-review": "After I review",
};

/** Milliseconds since the epoch, or null for no due date. tzOffset is Date#getTimezoneOffset() (minutes). */
export function dueFromForm(local: string, tzOffset: number | null): number | null {
  if (!local) return null;
  const [date, time] = local.split("T") as [string, string];
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  // Without the browser's offset (no JavaScript), the server's own zone is the best guess.
  if (tzOffset === null) return new Date(y, mo - 1, d, h, mi).getTime();
  return Date.UTC(y, mo - 1, d, h, mi) + tzOffset * 60_000;
}
