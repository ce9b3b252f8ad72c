// Short answers: each accepted key is tried in turn — exact form, number, name, then meaning —
// and the best verdict wins. Negation and contradiction are checked inside each rule.
import type { TextSpan } from "../../types";
import type { ArticleIndex } from "../article-index";
import { findMentions } from "../entities";
import { normalizeAnswer } from "../01-tokenize";
import { quote, verdict } from "../reason";
import { readTokens, type Token } from "../text-tokens";
import type { CheckQuestion, Verdict } from "../types";
import { checkContent } from "./short-content";
import { checkEntity } from "./short-entity";
import { checkDate } from "./short-date";
import { checkNumber } from "./short-number";

const NON_ANSWERS = /^(?:i\s+(?:do\s*n[o']?t|dont)\s+know|idk|no\s+idea|not\s+sure|dunno|\?+|-+|n\/?a)$/i;
const RANK = { correct: 3, partial: 2, "needs-review": 1, incorrect: 0 } as const;

export function checkShort(question: CheckQuestion, answerText: string, index: ArticleIndex, evidence: TextSpan[]): Verdict {
  const accepted = (question.key.accepted ?? []).filter((a) => a.trim() !== "");
  if (accepted.length === 0) {
    return verdict("needs-review", "open-response", "Your teacher will read this answer.", evidence);
  }
  const trimmed = answerText.trim().replace(/[.!]+$/, "");
  const answerTokens = readTokens(answerText);
  const answerContent = answerTokens.filter((t) => !t.stop);
  if (trimmed === "" || NON_ANSWERS.test(trimmed) || (answerContent.length === 0 && !/\d/.test(trimmed))) {
    return verdict("incorrect", "empty", `The article says ${quote(accepted[0]!)}.`, evidence);
  }

  const promptContent = readTokens(question.prompt ?? "").filter((t) => !t.stop);
  const given = new Set(promptContent.map((t) => t.lemma));
  const promptEntityIds = new Set(findMentions(promptContent, index.entities, false).map((m) => m.entity.id));
  const supported = new Set(
    index.sentences.flatMap((s, i) => (evidence.some((e) => e.start < s.end && e.end > s.start) ? [...index.sentenceLemmas[i]!] : [])),
  );
  const isName = (t: Token) => index.properWords.has(t.norm);
  const answerMentions = findMentions(answerContent, index.entities, true);

  let best: Verdict | null = null;
  for (const key of accepted) {
    const v = checkOne(key);
    if (best === null || RANK[v.verdict] > RANK[best.verdict] || (v.verdict === best.verdict && v.score > best.score)) best = v;
    if (best.verdict === "correct") break;
  }
  return best!;

  function checkOne(key: string): Verdict {
    if (normalizeAnswer(key) === normalizeAnswer(answerText)) {
      return verdict("correct", "exact", `Right — the article says ${quote(key)}.`, evidence);
    }
    const keyTokens = readTokens(key);
    const keyContent = keyTokens.filter((t) => !t.stop);
    const dateVerdict = checkDate(key, answerText, answerTokens, evidence);
    if (dateVerdict !== null) return dateVerdict;
    const numberVerdict = checkNumber(key, answerText, answerTokens, keyTokens, evidence);
    if (numberVerdict !== null) return numberVerdict;
    const needed = keyContent.filter((t) => !given.has(t.lemma));
    const entityVerdict = checkEntity({
      keyText: key,
      keyContent,
      keyNeeded: needed.length > 0 ? needed : keyContent,
      keyMentions: findMentions(keyContent, index.entities, false),
      answerMentions,
      answerContent,
      promptEntityIds,
      evidence,
    });
    if (entityVerdict !== null) return entityVerdict;
    return checkContent({ keyText: key, answerText, keyContent, answerContent, given, supported, isName, evidence });
  }
}
