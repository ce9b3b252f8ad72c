// Sends one save to the server and sorts the outcome into what the outbox should do with it:
// done (acknowledged), retry later (offline, server busy or down), or drop with a message
// (the answer can never be accepted: too late, already submitted, not this student's).
import type { ReleasedFeedback } from "@/lib/server/dal/attempts";
import type { PendingSave } from "./outbox";

export const SAVE_URL = "/student/api/save";

export type SaveOutcome =
  | { kind: "ok"; storedSeq: number; feedback: ReleasedFeedback | null }
  | { kind: "retry"; message: string }
  | { kind: "drop"; closed: boolean; message: string };

const OFFLINE = "Not saved — retrying";

export async function sendSave(save: PendingSave): Promise<SaveOutcome> {
  let res: Response;
  try {
    res = await fetch(SAVE_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ attemptId: save.attemptId, questionId: save.questionId, answer: save.answer, seq: save.seq, idempotencyKey: save.key }),
      credentials: "same-origin",
      cache: "no-store",
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return { kind: "retry", message: OFFLINE };
  }
  const body = (await res.json().catch(() => null)) as { storedSeq?: number; feedback?: ReleasedFeedback | null; error?: string } | null;
  if (res.ok && typeof body?.storedSeq === "number") return { kind: "ok", storedSeq: body.storedSeq, feedback: body.feedback ?? null };
  const message = body?.error ?? OFFLINE;
  // Signed out (another tab, or the teacher removed the session): keep the answer for later.
  if (res.status === 401) return { kind: "retry", message: `${message} Your answer is kept on this device.` };
  if (res.status === 409) return { kind: "drop", closed: true, message };
  if (res.status === 400 || res.status === 403 || res.status === 404 || res.status === 413) return { kind: "drop", closed: false, message };
  return { kind: "retry", message: OFFLINE };
}
