// A generated question: what the student sees, and what stays on the server (key, evidence,
// explanation). Evidence spans point into the normalized article text.
import type { TextSpan } from "../types";
import type { CheckQuestion } from "../check/types";

export type QuestionCategory = "comprehension" | "media-literacy";

export type QuestionType =
  | "literal-who"
  | "literal-how-many"
  | "literal-when"
  | "literal-where"
  | "literal-what"
  | "central-idea"
  | "true-false"
  | "cloze"
  | "evidence"
  | "cause-effect"
  | "sequence"
  | "vocabulary"
  | "who-said"
  | "quoted-or-paraphrased"
  | "named-or-anonymous"
  | "fact-or-opinion"
  | "loaded-language"
  | "conflicting-claims"
  | "whats-missing"
  | "news-or-opinion"
  /** Written by a teacher in the quiz builder, not generated. */
  | "teacher-written";

export interface Question extends CheckQuestion {
  id: string;
  category: QuestionCategory;
  type: QuestionType;
  /** What the question practises, in a teacher's words ("attribution", "central idea"). */
  skill: string;
  /** Common Core anchor, grade 8 form (e.g. "RI.8.6"). */
  standard: string;
  difficulty: 1 | 2 | 3;
  prompt: string;
  evidence: TextSpan[];
  /** Shown as feedback once the key may be released. */
  explanation: string;
}

/** A candidate before filtering and ranking: a question plus how much a teacher would want it. */
export interface Candidate {
  question: Question;
  /** 0–1: worth a teacher's time (central, not trivial, clearly worded). */
  value: number;
}
