// How the client asks for a word's meaning (the answer's shape is shared with the server in lib/reading).
import type { DefineResult, PartOfSpeechName } from "@/lib/reading/definition";

export { WORD, type Definition, type DefineResult, type PartOfSpeechName } from "@/lib/reading/definition";

export const POS_LABELS: Record<PartOfSpeechName, string> = { noun: "noun", verb: "verb", adj: "adjective", adv: "adverb" };

/**
 * Where a page's words are defined: a library article (public; `quiz` when its practice quiz is
 * on the page) or a student's assignment (signed in; the article is the assignment's).
 */
export type DefineSource = { slug: string; quiz?: boolean } | { assignment: string };

export async function fetchDefinition(source: DefineSource, word: string, at: number | null, signal?: AbortSignal): Promise<DefineResult> {
  const params = new URLSearchParams("assignment" in source ? { assignment: source.assignment, word } : { slug: source.slug, word });
  if ("slug" in source && source.quiz) params.set("quiz", "1");
  if (at !== null) params.set("at", String(at));
  const res = await fetch(`${"assignment" in source ? "/student/api/define" : "/api/define"}?${params}`, { signal });
  if (!res.ok) return { found: false, word };
  return (await res.json()) as DefineResult;
}
