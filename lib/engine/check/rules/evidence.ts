// Cited evidence: the sentences a student selected must overlap the key's evidence. Extra
// sentences that support nothing make it partial; missing one of several makes it partial.
import type { Span, TextSpan } from "../../types";
import type { ArticleIndex } from "../article-index";
import { toTextSpan } from "../article-index";
import { verdict } from "../reason";
import type { CheckQuestion, StudentAnswer, Verdict } from "../types";

export function selectedSpans(answer: StudentAnswer, index: ArticleIndex): Span[] {
  if (!Array.isArray(answer)) return [];
  return (answer as (number | Span)[]).flatMap((a) => {
    if (typeof a === "number") {
      const s = index.sentences[a];
      return s === undefined ? [] : [{ start: s.start, end: s.end }];
    }
    return [a];
  });
}

export function checkEvidence(question: CheckQuestion, answer: StudentAnswer, index: ArticleIndex, keyEvidence: TextSpan[]): Verdict {
  const chosen = selectedSpans(answer, index).filter((s) => s.end > s.start);
  const cited = chosen.map((s) => toTextSpan(index.text, s));
  if (chosen.length === 0) return verdict("incorrect", "empty", "No sentence was selected.", keyEvidence);
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const found = question.evidence.filter((k) => chosen.some((c) => overlaps(c, k)));
  const stray = chosen.filter((c) => !question.evidence.some((k) => overlaps(c, k)));
  const all = [...keyEvidence];
  if (found.length === 0) {
    return verdict("incorrect", "evidence-miss", "The sentences you chose do not show this; look again at the highlighted passage.", all);
  }
  if (found.length === question.evidence.length && stray.length === 0) {
    return verdict("correct", "evidence-overlap", "Right — your sentences show it.", cited);
  }
  const missing = question.evidence.length - found.length;
  const reason =
    missing > 0
      ? `Partly right: you found ${found.length} of the ${question.evidence.length} passages that show it.`
      : `Partly right: ${stray.length === 1 ? "one sentence you chose does" : "some sentences you chose do"} not show it.`;
  const score = (found.length / question.evidence.length) * (chosen.length - stray.length) / chosen.length;
  return verdict("partial", "evidence-partial", reason, cited, Math.round(score * 100) / 100);
}
