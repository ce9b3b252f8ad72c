// A word's meaning as the define endpoint returns it, and how the client asks for it.

export type PartOfSpeechName = "noun" | "verb" | "adj" | "adv";

export interface Definition {
  /** The word as the student picked it. */
  word: string;
  /** Its dictionary form ("rebukes" → "rebuke"). */
  lemma: string;
  pos: PartOfSpeechName;
  definition: string;
  /** True when this is the sense the article uses (a pre-teach word); else the commonest sense. */
  inArticleSense: boolean;
  example: string | null;
}

export type DefineResult = { found: true; definition: Definition } | { found: false; word: string };

export const POS_LABELS: Record<PartOfSpeechName, string> = { noun: "noun", verb: "verb", adj: "adjective", adv: "adverb" };

/** One word: letters, with inner apostrophes or hyphens ("well-known", "Korea's"). */
export const WORD = /^[\p{L}]+(?:['’-][\p{L}]+)*$/u;

export async function fetchDefinition(slug: string, word: string, at: number | null, signal?: AbortSignal): Promise<DefineResult> {
  const params = new URLSearchParams({ slug, word });
  if (at !== null) params.set("at", String(at));
  const res = await fetch(`/api/define?${params}`, { signal });
  if (!res.ok) return { found: false, word };
  return (await res.json()) as DefineResult;
}
