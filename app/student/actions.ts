"use server";
// A student's own actions: submit an attempt (once; repeats are harmless) and sign out.
// Saves go through the route handler in api/save, which the offline outbox can retry.
import { redirect } from "next/navigation";
import { z } from "zod";
import { run, type ActionResult } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { submitAttempt } from "@/lib/server/dal/attempts";
import { currentActor, endSession } from "@/lib/server/session";

const Submit = z.strictObject({ attemptId: z.string().min(1).max(64) });

export async function submitAction(input: unknown): Promise<ActionResult<{ submittedAt: number; score: number | null }>> {
  const parsed = Submit.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", error: "That submission could not be read." };
  const actor = await currentActor();
  const { db } = await database();
  // The score is not sent back: the page shows it only if the feedback rule releases it.
  return run("student.submit", async () => ({ ...(await submitAttempt(db, actor, parsed.data.attemptId)), score: null }));
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/join");
}
