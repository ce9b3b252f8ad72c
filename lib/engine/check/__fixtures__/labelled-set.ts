// The labelled test set as checker inputs: questions name their evidence by quoting the
// article, so the set survives changes to offsets. Shared by the vitest suite and bench/check.ts.
import type { Span } from "../../types";
import type { CheckQuestion, StudentAnswer, VerdictKind } from "../types";

export interface LabelledAnswer {
  answer: string | number | { cite: string[] };
  label: VerdictKind;
  /** How the student wrote it: "misspelling", "negated", "wrong-person", "wrong-unit", … */
  kind: string;
}

export interface LabelledQuestion {
  id: string;
  /** "seed" or a file name under corpus/voa. */
  article: string;
  format: CheckQuestion["format"];
  prompt: string;
  options?: string[];
  key: CheckQuestion["key"];
  /** Passages of the article that support the key, quoted exactly. */
  evidence: string[];
  answers: LabelledAnswer[];
}

export interface LabelledCase {
  questionId: string;
  question: CheckQuestion;
  answer: StudentAnswer;
  /** The answer as written, for reports. */
  shown: string;
  label: VerdictKind;
  kind: string;
  article: string;
}

/** The seed article's closing quotes arrive damaged ("†" ate the quote and the space after it; "â€" at a line end); repair them for tests. */
export function repairSeedQuotes(raw: string): string {
  return raw
    .replace(/†/g, "” ")
    .replace(/â€(?=[ \t]*$)/gm, "”");
}

export function spanOf(text: string, passage: string, where: string): Span {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`${where}: passage not found in the article: ${passage}`);
  return { start, end: start + passage.length };
}

export function casesOf(questions: LabelledQuestion[], textOf: (article: string) => string): LabelledCase[] {
  return questions.flatMap((q) => {
    const text = textOf(q.article);
    const question: CheckQuestion = {
      id: q.id,
      format: q.format,
      prompt: q.prompt,
      key: q.key,
      evidence: q.evidence.map((e) => spanOf(text, e, q.id)),
      ...(q.options ? { options: q.options } : {}),
    };
    return q.answers.map((a) => {
      const answer: StudentAnswer = typeof a.answer === "object" ? a.answer.cite.map((c) => spanOf(text, c, q.id)) : a.answer;
      const shown = typeof a.answer === "object" ? `[cites ${a.answer.cite.length}]` : String(a.answer);
      return { questionId: q.id, question, answer, shown, label: a.label, kind: a.kind, article: q.article };
    });
  });
}

/** Kinds of answer that must never be accepted as correct. */
export const NEVER_CORRECT_KINDS: ReadonlySet<string> = new Set(["negated", "wrong-person", "wrong-entity", "contradiction"]);
