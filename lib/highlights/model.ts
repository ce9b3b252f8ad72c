// A student's highlights and notes on an article: character offsets [start, end) into the
// normalized article text (the same text the engine's evidence spans point into), each with an
// optional note. Shared by the browser (practice mode keeps them in localStorage) and the server
// (assignments keep them with the attempt), so both validate the same way.
import { z } from "zod";

export const MAX_HIGHLIGHTS = 200;
export const MAX_NOTE_LENGTH = 1000;

export const HighlightSchema = z.strictObject({
  /** Chosen by the browser; stable so edits and links ("#hl-…") keep pointing at the same one. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  note: z.string().max(MAX_NOTE_LENGTH, `A note can be at most ${MAX_NOTE_LENGTH} characters.`),
});

export type Highlight = z.infer<typeof HighlightSchema>;

export const HighlightListSchema = z.array(HighlightSchema).max(MAX_HIGHLIGHTS, `At most ${MAX_HIGHLIGHTS} highlights per article.`);

/**
 * Checks a list against an article of `textLength` characters: every span inside the text and
 * non-empty, ids unique, no two highlights overlapping. Returns the list sorted by start, or a
 * message saying what is wrong.
 */
export function checkHighlights(input: unknown, textLength: number): { ok: true; highlights: Highlight[] } | { ok: false; error: string } {
  const parsed = HighlightListSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "The highlights could not be read." };
  const list = [...parsed.data].sort((a, b) => a.start - b.start);
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const h = list[i]!;
    if (h.end <= h.start || h.end > textLength) return { ok: false, error: "A highlight is outside the article." };
    if (ids.has(h.id)) return { ok: false, error: "Two highlights have the same id." };
    ids.add(h.id);
    if (i > 0 && list[i - 1]!.end > h.start) return { ok: false, error: "Two highlights overlap." };
  }
  return { ok: true, highlights: list };
}

/**
 * Adds a highlight over [start, end), absorbing any it overlaps or touches (their notes are
 * kept, joined), so the list stays non-overlapping. Returns the new list and the added id.
 */
export function addHighlight(list: readonly Highlight[], span: { start: number; end: number }, id: string, note = ""): { list: Highlight[]; id: string } {
  let start = span.start;
  let end = span.end;
  const notes: string[] = [];
  const keep: Highlight[] = [];
  let keptId: string | null = null;
  for (const h of list) {
    if (h.end >= start && h.start <= end) {
      start = Math.min(start, h.start);
      end = Math.max(end, h.end);
      if (h.note) notes.push(h.note);
      keptId ??= h.id;
    } else keep.push(h);
  }
  if (note) notes.push(note);
  const merged: Highlight = { id: keptId ?? id, start, end, note: notes.join("\n").slice(0, MAX_NOTE_LENGTH) };
  return { list: [...keep, merged].sort((a, b) => a.start - b.start), id: merged.id };
}

/** A short random id; crypto when the browser has it. */
export function newHighlightId(): string {
  const c = globalThis.crypto;
  if (c && "randomUUID" in c) return `h${c.randomUUID().replace(/-/g, "").slice(0, 16)}`;
  return `h${Math.random().toString(36).slice(2, 14)}`;
}
