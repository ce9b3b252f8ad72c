// Cloze: the missing word, tolerant of how students type it (case, spacing, plural, a slip
// in a long word); a synonym shows understanding but is not the article's word.
import type { TextSpan } from "../../types";
import { normalizeAnswer } from "../01-tokenize";
import { isTypo } from "../fuzzy";
import { inflectionBase, lemmatize } from "../lemmatize";
import { parseQuantity, quantitiesEqual } from "../quantity";
import { quote, verdict } from "../reason";
import { areSynonyms } from "../relations";
import type { CheckQuestion, Verdict } from "../types";

export function checkCloze(question: CheckQuestion, answer: string, evidence: TextSpan[]): Verdict {
  const accepted = question.key.accepted ?? [];
  const typed = normalizeAnswer(answer);
  const keyShown = accepted[0] ?? "";
  if (typed === "") return verdict("incorrect", "empty", `The missing word is ${quote(keyShown)}.`, evidence);
  for (const key of accepted) {
    if (normalizeAnswer(key) === typed) return verdict("correct", "cloze-exact", `Right — ${quote(key)}.`, evidence);
  }
  for (const key of accepted) {
    const k = normalizeAnswer(key);
    const squeezedEqual = k.replace(/[\s-]/g, "") === typed.replace(/[\s-]/g, "");
    const lemmaEqual = lemmas(k) === lemmas(typed);
    const typo = isTypo(typed.replace(/\s/g, ""), k.replace(/\s/g, ""), false);
    const kq = parseQuantity(key);
    const aq = parseQuantity(answer);
    const sameNumber = kq !== null && aq !== null && quantitiesEqual(kq, aq);
    if (squeezedEqual || lemmaEqual || typo || sameNumber) {
      return verdict("correct", "cloze-tolerant", `Right — the article's word is ${quote(key)}.`, evidence);
    }
  }
  for (const key of accepted) {
    const k = normalizeAnswer(key);
    if (!k.includes(" ") && !typed.includes(" ") && areSynonyms(lemmatize(k), lemmatize(typed))) {
      return verdict("partial", "cloze-synonym", `Close: the article's word is ${quote(key)}.`, evidence);
    }
  }
  return verdict("incorrect", "cloze-wrong", `The missing word is ${quote(keyShown)}.`, evidence);
}

function lemmas(s: string): string {
  return s
    .split(" ")
    .map((w) => inflectionBase(w))
    .join(" ");
}
