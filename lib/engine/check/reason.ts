// One-line reasons a student can read. Quotes are curly, answers are shortened, never blamed.
import type { RuleId, Verdict, VerdictKind } from "./types";
import type { TextSpan } from "../types";

export function quote(s: string, max = 80): string {
  const t = s.trim().replace(/\s+/g, " ").replace(/[.!?]+$/, "");
  return `“${t.length > max ? t.slice(0, max - 1).trimEnd() + "…" : t}”`;
}

const SCORE: Record<VerdictKind, number> = { correct: 1, partial: 0.5, incorrect: 0, "needs-review": 0 };

export function verdict(kind: VerdictKind, rule: RuleId, reason: string, evidence: TextSpan[], score?: number): Verdict {
  return { verdict: kind, score: score ?? SCORE[kind], evidence, reason, rule };
}

export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
