// A student's highlights and notes on an article: character offsets [start, end) into the
// normalized article text (the same text the engine's evidence spans point into), each with an
// optional note. Pure and free of zod, so the page that uses it stays light; the schema that
// validates input at the server's boundary is in ./schema.ts.

export const MAX_HIGHLIGHTS = 200;
export const MAX_NOTE_LENGTH = 1000;
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export interface Highlight {
  /** Chosen by the browser; stable so edits and links ("#hl-…") keep pointing at the same one. */
  id: string;
  start: number;
  end: number;
  note: string;
}

/**
 * The rules a well-formed list must also meet against an article of `textLength` characters:
 * every span inside the text and non-empty, ids unique, no two overlapping. Returns the list
 * sorted by start, or what is wrong.
 */
export function checkSpans(input: readonly Highlight[], textLength: number): { ok: true; highlights: Highlight[] } | { ok: false; error: string } {
  const list = [...input].sort((a, b) => a.start - b.start);
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const h = list[i]!;
    if (h.end <= h.start || h.start < 0 || h.end > textLength) return { ok: false, error: "A highlight is outside the article." };
    if (ids.has(h.id)) return { ok: false, error: "Two highlights have the same id." };
    ids.add(h.id);
    if (i > 0 && list[i - 1]!.end > h.start) return { ok: false, error: "Two highlights overlap." };
  }
  return { ok: true, highlights: list };
}

/** A loose shape check for lists read back from this browser's storage (not a trust boundary). */
export function isHighlightList(x: unknown): x is Highlight[] {
  return (
    Array.isArray(x) &&
    x.length <= MAX_HIGHLIGHTS &&
    x.every(
      (h) =>
        typeof h === "object" &&
        h !== null &&
        typeof h.id === "string" &&
        ID_PATTERN.test(h.id) &&
        Number.isInteger(h.start) &&
        Number.isInteger(h.end) &&
        typeof h.note === "string" &&
        h.note.length <= MAX_NOTE_LENGTH,
    )
  );
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
