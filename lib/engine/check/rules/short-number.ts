// Numbers are strict about value and unit and lenient about form: "seven to two" = "7-2",
// but "15 months" is not "15 years" and "$34 million" is not "$3.4 million".
import type { TextSpan } from "../../types";
import { parseQuantity, quantitiesEqual } from "../quantity";
import { quote, verdict } from "../reason";
import type { Token } from "../text-tokens";
import type { Verdict } from "../types";

export function checkNumber(key: string, answer: string, answerTokens: Token[], keyTokens: Token[], evidence: TextSpan[]): Verdict | null {
  const keyQuantity = parseQuantity(key);
  if (keyQuantity === null) return null;
  const answerQuantity = parseQuantity(answer);
  if (answerQuantity === null) {
    return verdict("incorrect", "number-missing", `The article gives a number: ${quote(keyQuantity.text)}.`, evidence);
  }
  const negatedAnswer = answerTokens.some((t) => t.negCue);
  const negatedKey = keyTokens.some((t) => t.negCue);
  if (negatedAnswer !== negatedKey) {
    return verdict("incorrect", "negation", `Your answer says the opposite of the article, which says ${quote(key)}.`, evidence);
  }
  if (quantitiesEqual(keyQuantity, answerQuantity)) {
    return verdict("correct", "number-equal", `Right — the article says ${quote(keyQuantity.text)}.`, evidence);
  }
  return verdict(
    "incorrect",
    "number-different",
    `The article says ${quote(keyQuantity.text)} — your answer says ${quote(answerQuantity.text)}.`,
    evidence,
  );
}
