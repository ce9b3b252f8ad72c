// The answer checker's front door: grade a student's answer against a question's key and the
// article, and say why, pointing at the passage that decides it.
import { indexArticle, toTextSpan } from "./article-index";
import { locateInIndex } from "./locate-key";
import { verdict } from "./reason";
import { checkChoice } from "./rules/choice";
import { checkCloze } from "./rules/cloze";
import { checkEvidence } from "./rules/evidence";
import { checkOpen } from "./rules/open";
import { checkShort } from "./rules/short";
import type { CheckArticle, CheckQuestion, StudentAnswer, Verdict } from "./types";

export { locateKey } from "./locate-key";
export { lemmatize } from "./lemmatize";
export { normalizeAnswer } from "./01-tokenize";
export type * from "./types";

export function checkAnswer(question: CheckQuestion, answer: StudentAnswer, article: CheckArticle): Verdict {
  const index = indexArticle(article);
  let evidence = question.evidence.map((s) => toTextSpan(index.text, s));
  switch (question.format) {
    case "mc":
    case "tf":
      return checkChoice(question, answer, evidence);
    case "evidence":
      return checkEvidence(question, answer, index, evidence);
    case "open":
      return checkOpen(typeof answer === "string" ? answer : "", index);
    case "cloze":
    case "short": {
      if (typeof answer !== "string") return verdict("incorrect", "unsupported-format", "This question needs a written answer.", evidence);
      if (evidence.length === 0) {
        // A teacher's key without evidence: find where the article supports it.
        const located = (question.key.accepted ?? []).map((k) => locateInIndex(index, k).span).find((s) => s !== null);
        if (located) evidence = [located];
      }
      return question.format === "cloze" ? checkCloze(question, answer, evidence) : checkShort(question, answer, index, evidence);
    }
  }
}
