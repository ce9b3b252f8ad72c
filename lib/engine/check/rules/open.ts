// Open responses go to the teacher, with what the student quoted or copied from the article
// located in it, so the teacher sees the passages the answer leans on.
import type { TextSpan } from "../../types";
import { toTextSpan, type ArticleIndex } from "../article-index";
import { verdict } from "../reason";
import { readTokens } from "../text-tokens";
import type { Verdict } from "../types";

const QUOTED = /["“”]([^"“”]{8,}?)["“”]|'([^']{12,}?)'/g;

export function checkOpen(answer: string, index: ArticleIndex): Verdict {
  if (answer.trim() === "") return verdict("incorrect", "empty", "The answer is empty.", []);
  const found: TextSpan[] = [];
  for (const m of answer.matchAll(QUOTED)) {
    const span = locatePassage(index, m[1] ?? m[2] ?? "");
    if (span !== null) found.push(span);
  }
  // Sentences copied without quotation marks.
  for (const part of answer.split(/(?<=[.!?])\s+/)) {
    const span = locatePassage(index, part, 0.8);
    if (span !== null && !found.some((f) => f.start < span.end && span.start < f.end)) found.push(span);
  }
  const unique = found.filter((s, i) => found.findIndex((o) => o.start === s.start && o.end === s.end) === i);
  unique.sort((a, b) => a.start - b.start);
  const cites = unique.length === 0 ? "" : ` It cites ${unique.length} passage${unique.length === 1 ? "" : "s"} of the article.`;
  return verdict("needs-review", "open-response", `Your teacher will read this answer.${cites}`, unique);
}

/** The sentence of the article a passage comes from: exact text first, else most of its words. */
function locatePassage(index: ArticleIndex, passage: string, minShare = 0.6): TextSpan | null {
  const words = readTokens(passage).filter((t) => !t.stop);
  if (words.length < 4) return null;
  const needle = passage.trim().toLowerCase().replace(/[’]/g, "'");
  const at = index.text.toLowerCase().replace(/[’]/g, "'").indexOf(needle);
  if (at >= 0 && needle.length >= 12) return toTextSpan(index.text, { start: at, end: at + needle.length });
  let best = null as { span: TextSpan; share: number } | null;
  index.sentences.forEach((s, i) => {
    const lemmas = index.sentenceLemmas[i]!;
    const share = words.filter((w) => lemmas.has(w.lemma)).length / words.length;
    if (share >= minShare && (best === null || share > best.share)) best = { span: s, share };
  });
  return best?.span ?? null;
}
