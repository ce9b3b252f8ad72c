// The server's boundary check for a list of highlights: zod for the shape (strict: extra fields
// refused; bounded count and note length), then the span rules of ./model.ts.
import { z } from "zod";
import { checkSpans, ID_PATTERN, MAX_HIGHLIGHTS, MAX_NOTE_LENGTH, type Highlight } from "./model";

export const HighlightSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  note: z.string().max(MAX_NOTE_LENGTH, `A note can be at most ${MAX_NOTE_LENGTH} characters.`),
});

export const HighlightListSchema = z.array(HighlightSchema).max(MAX_HIGHLIGHTS, `At most ${MAX_HIGHLIGHTS} highlights per article.`);

/** Parses and checks a list against an article of `textLength` characters; sorted by start. */
export function checkHighlights(input: unknown, textLength: number): { ok: true; highlights: Highlight[] } | { ok: false; error: string } {
  const parsed = HighlightListSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "The highlights could not be read." };
  return checkSpans(parsed.data, textLength);
}
