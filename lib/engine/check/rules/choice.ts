// Multiple choice and true / false / not stated: the chosen option, by index, letter or text.
import type { TextSpan } from "../../types";
import { normalizeAnswer } from "../01-tokenize";
import { quote, verdict } from "../reason";
import type { CheckQuestion, StudentAnswer, Verdict } from "../types";

const TF_OPTIONS = ["True", "False", "Not stated"];
const TF_WORDS: Record<string, number> = {
  true: 0, t: 0, yes: 0, right: 0, correct: 0,
  false: 1, f: 1, no: 1, wrong: 1, incorrect: 1, untrue: 1,
  "not stated": 2, "not given": 2, ng: 2, ns: 2, "not said": 2, "does n't say": 2, "doesn't say": 2,
  "not in article": 2, "not mentioned": 2, unknown: 2, "can't tell": 2, "cannot tell": 2, "not enough information": 2,
};

export function checkChoice(question: CheckQuestion, answer: StudentAnswer, evidence: TextSpan[]): Verdict {
  const options = question.options ?? (question.format === "tf" ? TF_OPTIONS : []);
  const keyIndex = question.key.option ?? optionIndex(question.key.accepted?.[0] ?? "", options, question.format === "tf");
  const chosen = typeof answer === "number" ? answer : typeof answer === "string" ? optionIndex(answer, options, question.format === "tf") : null;
  const keyText = keyIndex !== null ? (options[keyIndex] ?? String(keyIndex)) : "";
  if (chosen === null) {
    return verdict("incorrect", "empty", keyIndex === null ? "No option was chosen." : `The answer is ${quote(keyText)}.`, evidence);
  }
  if (chosen === keyIndex) return verdict("correct", "choice", `Right — ${quote(keyText)}.`, evidence);
  return verdict("incorrect", "choice", `The answer is ${quote(keyText)}, not ${quote(options[chosen] ?? String(chosen))}.`, evidence);
}

function optionIndex(answer: string, options: string[], trueFalse: boolean): number | null {
  const a = answer.trim();
  if (a === "") return null;
  const letter = /^\(?([a-z])[).:]?$/i.exec(a);
  if (letter !== null && options.length > 1 && !(trueFalse && /^[tf]$/i.test(a))) {
    const i = letter[1]!.toLowerCase().charCodeAt(0) - 97;
    if (i < options.length) return i;
  }
  const norm = normalizeAnswer(a);
  const byText = options.findIndex((o) => normalizeAnswer(o) === norm);
  if (byText >= 0) return byText;
  if (trueFalse) {
    const word = TF_WORDS[a.toLowerCase().replace(/[’]/g, "'").replace(/[.!]+$/, "")] ?? TF_WORDS[norm];
    if (word !== undefined) return word;
  }
  return null;
}
