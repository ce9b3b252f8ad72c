import "server-only";
// What leaves the server about a question. Before release: the question without key, accepted
// answers, evidence or explanation. After release: the verdict with the passage that decides it.
import type { Question, Verdict } from "@/lib/engine";

export interface StudentQuestionDto {
  id: string;
  number: number;
  category: Question["category"];
  type: Question["type"];
  skill: string;
  format: Question["format"];
  prompt: string;
  options: string[] | null;
}

export function toStudentQuestion(q: Question, i: number): StudentQuestionDto {
  return { id: q.id, number: i + 1, category: q.category, type: q.type, skill: q.skill, format: q.format, prompt: q.prompt, options: q.options ?? null };
}

export interface ReleasedFeedback {
  verdict: Verdict["verdict"];
  score: number;
  reason: string;
  explanation: string;
  correctAnswer: string | null;
  evidence: { start: number; end: number }[];
  /** The evidence passages' words, so the feedback reads without the highlight. */
  evidenceText: string[];
}

export function releasedFeedback(text: string, q: Question, v: Verdict): ReleasedFeedback {
  const correctAnswer = q.key.option !== undefined && q.options ? (q.options[q.key.option] ?? null) : (q.key.accepted?.[0] ?? null);
  const spans = v.evidence.length ? v.evidence : q.evidence;
  return {
    verdict: v.verdict,
    score: v.score,
    reason: v.reason,
    explanation: q.explanation,
    correctAnswer,
    evidence: spans.map((e) => ({ start: e.start, end: e.end })),
    evidenceText: spans.map((e) => text.slice(e.start, e.end)),
  };
}
