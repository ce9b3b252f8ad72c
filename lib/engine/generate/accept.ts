// The acceptance checklist (PRODUCT.md) as far as a machine can check it. A candidate that
// fails any rule is dropped, with the rule's name, so rejections can be counted and reviewed.
import type { Question } from "./types";
import { contentWords, similarLength } from "./surface";

export type Rejection =
  | "no-evidence"
  | "evidence-out-of-range"
  | "bad-key"
  | "duplicate-options"
  | "empty-or-long-option"
  | "too-few-options"
  | "answer-in-prompt"
  | "uneven-options"
  | "key-not-in-evidence"
  | "unbalanced-quotes"
  | "not-stated-supported";

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * A "not stated" key needs a statement the text does not make: no sentence of the article may
 * hold four in five of its content words (the text splits crudely into sentences here).
 */
function supportedSomewhere(statement: string, text: string): boolean {
  const words = contentWords(statement);
  if (words.size === 0) return true;
  return text.split(/(?<=[.!?”"])\s+/).some((s) => {
    const have = contentWords(s);
    let n = 0;
    for (const w of words) if (have.has(w)) n++;
    return n / words.size >= 0.8;
  });
}

export function reject(q: Question, text: string): Rejection | null {
  if (q.format !== "open" && q.evidence.length === 0) return "no-evidence";
  if (q.evidence.some((e) => e.start < 0 || e.end > text.length || e.end <= e.start || text.slice(e.start, e.end) !== e.text)) return "evidence-out-of-range";
  if ((q.prompt.match(/“/g) ?? []).length !== (q.prompt.match(/”/g) ?? []).length) return "unbalanced-quotes";
  if (q.format === "mc" || q.format === "tf" || q.format === "cloze") {
    const options = q.options ?? [];
    if (options.length < 2) return "too-few-options";
    if (q.key.option === undefined || q.key.option < 0 || q.key.option >= options.length) return "bad-key";
    if (new Set(options.map(norm)).size !== options.length) return "duplicate-options";
    if (options.some((o) => o.trim().length === 0 || o.length > 320)) return "empty-or-long-option";
    if (q.format === "tf" && q.key.option === 2) {
      const statement = /“(.*)”$/s.exec(q.prompt)?.[1] ?? q.prompt;
      if (supportedSomewhere(statement, text)) return "not-stated-supported";
    }
    // A definition much longer than the others gives itself away as the careful, "right" one.
    const ratio = q.type === "vocabulary" ? 2.5 : q.type === "central-idea" || q.type === "evidence" ? 3.5 : 4;
    if (q.format !== "tf" && !similarLength(options, ratio)) return "uneven-options";
    const key = options[q.key.option]!;
    // The answer must not be given away by the prompt (names, numbers, words of 3+ letters).
    if (q.key.answerKind && norm(key).length > 2 && ` ${norm(q.prompt)} `.includes(` ${norm(key)} `)) return "answer-in-prompt";
    // Names, places and numbers chosen as keys must be found in their evidence.
    if (q.key.answerKind && q.key.answerKind !== "text") {
      const ev = norm(q.evidence.map((e) => e.text).join(" "));
      const parts = norm(key).split(" ");
      if (!parts.some((p) => p.length > 1 && ev.includes(p))) return "key-not-in-evidence";
    }
  }
  return null;
}
