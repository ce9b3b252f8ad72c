// The default set: two vocabulary questions may share a sentence only when the quiz would
// otherwise run short, and never two questions of other kinds on the same words.
import { describe, expect, it } from "vitest";
import { select } from "../select";
import type { Candidate, Question, QuestionType } from "../types";

function candidate(id: string, type: QuestionType, start: number, value: number, length = 80): Candidate {
  const question: Question = {
    id,
    category: type === "who-said" ? "media-literacy" : "comprehension",
    type,
    skill: "",
    standard: "RI.8.4",
    difficulty: 2,
    format: "mc",
    prompt: id,
    options: ["a", "b"],
    key: { option: 0 },
    evidence: [{ start, end: start + length, text: "" }],
    explanation: "",
  };
  return { question, value };
}

describe("select", () => {
  it("pairs two vocabulary questions on one sentence only in the last pass, when the pool is short", () => {
    const pool = [candidate("vocabulary:1", "vocabulary", 0, 0.9), candidate("vocabulary:2", "vocabulary", 10, 0.8), candidate("who-said:1", "who-said", 500, 0.7)];
    expect(select(pool, 12, 0).map((q) => q.id).sort()).toEqual(["vocabulary:1", "vocabulary:2", "who-said:1"]);
    // With enough other questions, the second one on the same sentence is not needed.
    const more = [...pool, ...[1, 2, 3].map((i) => candidate(`true-false:${i}`, "true-false", 1000 * i, 0.85))];
    expect(select(more, 5, 0).map((q) => q.id)).not.toContain("vocabulary:2");
  });

  it("never pairs two questions of other kinds on the same sentence", () => {
    const pool = [candidate("true-false:1", "true-false", 0, 0.9), candidate("cloze:1", "cloze", 10, 0.8)];
    expect(select(pool, 12, 0).map((q) => q.id)).toEqual(["true-false:1"]);
  });

  it("never pairs two questions on the very same long sentence (a clause of it may give the other away)", () => {
    const pool = [candidate("true-false:1", "true-false", 0, 0.9, 450), candidate("cloze:1", "cloze", 0, 0.8, 450)];
    expect(select(pool, 12, 0).map((q) => q.id)).toEqual(["true-false:1"]);
  });

  it("still lets a long passage and a question inside it both in, as before", () => {
    const pool = [candidate("who-said:1", "who-said", 0, 0.9, 450), candidate("cloze:1", "cloze", 100, 0.8)];
    expect(select(pool, 12, 0).map((q) => q.id).sort()).toEqual(["cloze:1", "who-said:1"]);
  });
});
