import { describe, expect, it } from "vitest";
import { itemStats, type AnswerRow } from "../item-stats";
import { toCsv } from "../csv";

// Six students, two questions, worked by hand:
// Q1 (mc, key B=1): A,B,B,B,C,B → 4/6 right = 66.7%; options [1,4,1,0].
// Q2 (short): scores 1,1,0,0.5,0,0 → 2.5/6 = 41.7%; wrong answers "China" ×2 (one "china."), "oil" partial.
const q1 = { id: "q1", options: ["A", "B", "C", "D"], keyOption: 1 };
const q2 = { id: "q2", options: null, keyOption: null };
const rows: AnswerRow[] = [
  { studentId: "s1", questionId: "q1", answer: 0, score: 0 },
  { studentId: "s2", questionId: "q1", answer: 1, score: 1 },
  { studentId: "s3", questionId: "q1", answer: 1, score: 1 },
  { studentId: "s4", questionId: "q1", answer: 1, score: 1 },
  { studentId: "s5", questionId: "q1", answer: 2, score: 0 },
  { studentId: "s6", questionId: "q1", answer: 1, score: 1 },
  { studentId: "s1", questionId: "q2", answer: "Japan", score: 1 },
  { studentId: "s2", questionId: "q2", answer: "japan", score: 1 },
  { studentId: "s3", questionId: "q2", answer: "China", score: 0 },
  { studentId: "s4", questionId: "q2", answer: "oil", score: 0.5 },
  { studentId: "s5", questionId: "q2", answer: "china.", score: 0 },
  { studentId: "s6", questionId: "q2", answer: "", score: 0 },
];

describe("item statistics", () => {
  const [s1, s2] = itemStats([q1, q2], rows);
  it("percent correct is the mean score", () => {
    expect(s1!.percentCorrect).toBe(66.7);
    expect(s2!.percentCorrect).toBe(41.7);
  });
  it("counts how often each option was picked", () => {
    expect(s1!.optionCounts).toEqual([1, 4, 1, 0]);
  });
  it("groups the common wrong short answers", () => {
    expect(s2!.commonWrong).toEqual([
      { answer: "China", count: 2 },
      { answer: "oil", count: 1 },
    ]);
  });
  it("flags a distractor that strong students prefer to the key", () => {
    const trap = { id: "t", options: ["right", "trap"], keyOption: 0 };
    const r: AnswerRow[] = ["a", "b", "c", "d", "e", "f"].flatMap((s, i) => [
      { studentId: s, questionId: "t", answer: i < 3 ? 1 : 0, score: i < 3 ? 0 : 1 },
      { studentId: s, questionId: "other", answer: 0, score: i < 3 ? 1 : 0 },
      { studentId: s, questionId: "other2", answer: 0, score: i < 3 ? 1 : 0 },
    ]);
    expect(itemStats([trap], r)[0]!.flags).toContain("distractor-beats-key");
    expect(s1!.flags).toEqual([]);
  });
  it("flags items nearly everyone gets wrong or right", () => {
    const all = (score: number): AnswerRow[] => ["a", "b", "c", "d", "e"].map((s) => ({ studentId: s, questionId: "x", answer: 0, score }));
    expect(itemStats([{ id: "x", options: null, keyOption: null }], all(0))[0]!.flags).toEqual(["nearly-all-wrong"]);
    expect(itemStats([{ id: "x", options: null, keyOption: null }], all(1))[0]!.flags).toEqual(["nearly-all-right"]);
  });
});

describe("CSV", () => {
  it("quotes commas and quotes, uses CRLF, and neutralises formulas", () => {
    expect(toCsv(["Student", "Score"], [["Ana, B.", 0.5], ['Say "hi"', null], ["=HYPERLINK(1)", 1]])).toBe(
      'Student,Score\r\n"Ana, B.",0.5\r\n"Say ""hi""",\r\n\'=HYPERLINK(1),1\r\n',
    );
  });
});
