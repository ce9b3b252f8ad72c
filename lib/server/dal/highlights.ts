import "server-only";
// A student's highlights and notes on an assignment's article, kept with their attempt. Only the
// student who owns the attempt reads or changes them. The whole list is saved at once with a
// sequence number, so a retried or late-arriving save never overwrites a newer one (decision 6).
import type { Kysely } from "kysely";
import type { Highlight } from "@/lib/highlights/model";
import { checkHighlights } from "@/lib/highlights/schema";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";
import { ownAttempt } from "./attempts";
import { AppError, notFound } from "./errors";
import { loadQuiz } from "./quizzes";

export interface StoredHighlights {
  highlights: Highlight[];
  /** 0 when nothing was saved yet. */
  seq: number;
}

export async function attemptHighlights(db: Kysely<Database>, actor: Actor, attemptId: string): Promise<StoredHighlights> {
  const attempt = await ownAttempt(db, actor, attemptId);
  const row = await db.selectFrom("attempt_highlights").select(["highlights", "seq"]).where("attempt_id", "=", attempt.id).executeTakeFirst();
  return row ? { highlights: JSON.parse(row.highlights) as Highlight[], seq: row.seq } : { highlights: [], seq: 0 };
}

export interface SaveHighlightsInput {
  attemptId: string;
  seq: number;
  highlights: unknown;
}

/**
 * Replaces the attempt's highlights if `seq` is newer than the stored one. Refused once the
 * attempt is submitted (what the teacher sees stays as it was handed in) and when a span falls
 * outside the article. Returns the sequence now stored.
 */
export async function saveHighlights(db: Kysely<Database>, actor: Actor, input: SaveHighlightsInput): Promise<{ storedSeq: number }> {
  const attempt = await ownAttempt(db, actor, input.attemptId);
  if (attempt.submitted_at !== null) throw new AppError("conflict", "This assignment was already submitted; highlights and notes can no longer change.");
  const quiz = await loadQuiz(db, attempt.quiz_id);
  if (!quiz) throw notFound("That attempt");
  const checked = checkHighlights(input.highlights, quiz.analysis.text.length);
  if (!checked.ok) throw new AppError("invalid", checked.error);
  await db
    .insertInto("attempt_highlights")
    .values({ attempt_id: attempt.id, highlights: JSON.stringify(checked.highlights), seq: input.seq, saved_at: Date.now() })
    .onConflict((oc) =>
      oc
        .column("attempt_id")
        .doUpdateSet((eb) => ({ highlights: eb.ref("excluded.highlights"), seq: eb.ref("excluded.seq"), saved_at: eb.ref("excluded.saved_at") }))
        .where("attempt_highlights.seq", "<", input.seq),
    )
    .execute();
  const stored = await db.selectFrom("attempt_highlights").select("seq").where("attempt_id", "=", attempt.id).executeTakeFirstOrThrow();
  return { storedSeq: stored.seq };
}
