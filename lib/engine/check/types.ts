// The shapes the answer checker reads and writes. Offsets are into the normalized article text.
import type { Span, TextSpan } from "../types";
import type { Group, Person, Sentence } from "../analyze/types";

export type QuestionFormat = "mc" | "tf" | "short" | "cloze" | "evidence" | "open";
export type AnswerKind = "person" | "number" | "place" | "date" | "text";

/** The least a question must say for its answers to be checked (generated or written by a teacher). */
export interface CheckQuestion {
  id?: string;
  format: QuestionFormat;
  /** The question as the student saw it; words it already gives away do not count as answer content. */
  prompt?: string;
  /** Choices for mc; for tf defaults to True / False / Not stated. */
  options?: string[];
  key: {
    /** Index into options (mc, tf). */
    option?: number;
    /** Accepted answers (short, cloze): any one of them is right; "A and B" inside one needs both parts. */
    accepted?: string[];
    answerKind?: AnswerKind;
  };
  /** Where the article supports the key. */
  evidence: Span[];
}

/** A student's answer: text, a chosen option index, sentence indices, or selected spans (evidence). */
export type StudentAnswer = string | number | number[] | Span[];

export interface CheckArticle {
  text: string;
  people?: Person[];
  groups?: Group[];
  /** Sentence spans; when absent the checker splits sentences itself (for evidence by sentence index). */
  sentences?: Sentence[];
}

export type VerdictKind = "correct" | "partial" | "incorrect" | "needs-review";

/** Which rule decided a verdict; stable identifiers for tests, analytics and teacher overrides. */
export type RuleId =
  | "empty"
  | "choice"
  | "cloze-exact"
  | "cloze-tolerant"
  | "cloze-synonym"
  | "cloze-wrong"
  | "exact"
  | "number-equal"
  | "number-different"
  | "number-missing"
  | "negation"
  | "contradiction"
  | "wrong-entity"
  | "extra-entity"
  | "entity-match"
  | "substitution"
  | "content-match"
  | "missing-part"
  | "extra-content"
  | "too-little"
  | "no-match"
  | "open-response"
  | "evidence-overlap"
  | "evidence-partial"
  | "evidence-miss"
  | "unsupported-format";

export interface Verdict {
  verdict: VerdictKind;
  /** 0–1; for needs-review it is 0 until the teacher scores it. */
  score: number;
  /** The article passages that decide the verdict (the key's evidence, or what the student cited). */
  evidence: TextSpan[];
  /** One line a student can read. */
  reason: string;
  rule: RuleId;
}

export interface KeyLocation {
  span: TextSpan | null;
  supported: boolean;
  warning?: string;
}
