// The default set: two vocabulary questions may share a sentence only when the quiz would
// otherwise run short, and never two questions of other kinds on the same words; a written
// question (cloze, short, open) is kept whenever one in the pool fits.
import { describe, expect, it } from "vitest";
import { select, spreadKeys } from "../select";
import type { Candidate, Question, QuestionType } from "../types";

const MEDIA_LITERACY = new Set<QuestionType>(["who-said", "fact-or-opinion", "whats-missing", "conflicting-claims", "named-or-anonymous"]);

function candidate(id: string, type: QuestionType, start: number, value: number, length = 80, format: Question["format"] = "mc"): Candidate {
  const question: Question = {
    id,
    category: MEDIA_LITERACY.has(type) ? "media-literacy" : "comprehension",
    type,
    skill: "",
    standard: "RI.8.4",
    difficulty: 2,
    format,
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

  describe("keeps a written question", () => {
    const written = (qs: Question[]) => qs.filter((q) => ["cloze", "short", "open"].includes(q.format)).map((q) => q.id);
    // Six comprehension and six media-literacy choice questions, each on its own sentence, all
    // ranked above the pool's only written question.
    const choice = [
      candidate("central-idea", "central-idea", 0, 0.95),
      ...[1, 2].map((i) => candidate(`who-said:${i}`, "who-said", 1000 * i, 0.9 - i / 100)),
      ...[3, 4].map((i) => candidate(`fact-or-opinion:${i}`, "fact-or-opinion", 1000 * i, 0.9 - i / 100)),
      ...[5, 6].map((i) => candidate(`whats-missing:${i}`, "whats-missing", 1000 * i, 0.9 - i / 100)),
      candidate("conflicting-claims:7", "conflicting-claims", 7000, 0.8),
      ...[8, 9].map((i) => candidate(`vocabulary:${i}`, "vocabulary", 1000 * i, 0.8 - i / 100)),
      ...[10, 11].map((i) => candidate(`true-false:${i}`, "true-false", 1000 * i, 0.7 - i / 100)),
      candidate("evidence:12", "evidence", 12000, 0.5),
    ];

    it("swaps the lowest-ranked question of the same half for a low-ranked written one", () => {
      const pool = [...choice, candidate("cloze:20", "cloze", 20000, 0.1, 80, "cloze")];
      const quiz = select(pool, 12, 0);
      expect(quiz).toHaveLength(12);
      expect(written(quiz)).toEqual(["cloze:20"]);
      // The evidence question ranked lowest in the comprehension half; media literacy keeps its six.
      expect(quiz.map((q) => q.id)).not.toContain("evidence:12");
      expect(quiz.filter((q) => q.category === "media-literacy")).toHaveLength(6);
      expect(quiz[0]!.id).toBe("central-idea");
    });

    it("gives up the question whose sentence the written one needs, when no lower one frees it", () => {
      // The cloze is on the first vocabulary question's sentence.
      const pool = [...choice, candidate("cloze:8", "cloze", 8010, 0.1, 40, "cloze")];
      const ids = select(pool, 12, 0).map((q) => q.id);
      expect(ids).toContain("cloze:8");
      expect(ids).not.toContain("vocabulary:8");
      expect(ids).toContain("evidence:12");
    });

    it("takes an open media-literacy question in place of a media-literacy one, keeping the halves even", () => {
      const pool = [...choice, candidate("named-or-anonymous:open", "named-or-anonymous", 0, 0.05, 10, "open")];
      const quiz = select(pool, 12, 0);
      expect(written(quiz)).toEqual(["named-or-anonymous:open"]);
      expect(quiz.map((q) => q.id)).not.toContain("conflicting-claims:7");
      expect(quiz.filter((q) => q.category === "media-literacy")).toHaveLength(6);
    });

    it("never gives up the central idea, and changes nothing when no written question fits", () => {
      const onCentral = [...choice, candidate("cloze:0", "cloze", 10, 0.1, 40, "cloze")];
      expect(select(onCentral, 12, 0).map((q) => q.id)).toEqual(select(choice, 12, 0).map((q) => q.id));
      expect(written(select(choice, 12, 0))).toEqual([]);
    });

    it("does not count an open question as the written one: a cloze the checker grades is reserved too, and the open one stays", () => {
      const open = candidate("whats-missing:open", "whats-missing", 0, 0.99, 10, "open");
      const pool = [...choice, open, candidate("cloze:20", "cloze", 20000, 0.1, 80, "cloze")];
      expect(written(select(pool, 12, 0)).sort()).toEqual(["cloze:20", "whats-missing:open"]);
    });

    it("does not give up a true/false question whose key no other one has", () => {
      const tf = (i: number, key: number) => {
        const c = candidate(`true-false:${i}`, "true-false", 1000 * i, 0.6 - i / 100, 80, "tf");
        return { ...c, question: { ...c.question, key: { option: key } } };
      };
      const pool = [...choice.filter((c) => c.question.type !== "true-false" && c.question.type !== "evidence"), candidate("evidence:12", "evidence", 12000, 0.75), tf(10, 0), tf(11, 1), candidate("cloze:20", "cloze", 20000, 0.1, 80, "cloze")];
      const ids = select(pool, 12, 0).map((q) => q.id);
      expect(ids).toContain("cloze:20");
      expect(ids).toEqual(expect.arrayContaining(["true-false:10", "true-false:11"]));
      expect(ids).not.toContain("vocabulary:9");
    });

    it("leaves a quiz that already has a written question as it was", () => {
      const pool = [...choice, candidate("cloze:20", "cloze", 20000, 0.85, 80, "cloze"), candidate("cloze:21", "cloze", 21000, 0.1, 80, "cloze")];
      expect(written(select(pool, 12, 0))).toEqual(["cloze:20"]);
    });
  });
});

describe("answer-key balance", () => {
  const tf = (id: string, start: number, value: number, key: number): Candidate => {
    const c = candidate(id, "true-false", start, value, 80, "tf");
    c.question.options = ["True", "False", "Not stated"];
    c.question.key = { option: key };
    return c;
  };

  // Two media-literacy questions ranked first, so the comprehension half holds two true/false questions.
  const others = [candidate("who-said:1", "who-said", 5000, 0.95), candidate("who-said:2", "who-said", 6000, 0.95)];

  it("does not give two true/false questions one key when the pool has another key that fits", () => {
    const pool = [...others, tf("true-false:true:1", 0, 0.9, 0), tf("true-false:true:2", 1000, 0.8, 0), tf("true-false:false:3", 2000, 0.5, 1)];
    const quiz = select(pool, 4, 0);
    expect(quiz.filter((q) => q.format === "tf").map((q) => q.id)).toEqual(["true-false:true:1", "true-false:false:3"]);
  });

  it("still takes two of one key when the pool has no other key that fits", () => {
    // The only false statement is on the first true statement's sentence.
    const pool = [...others, tf("true-false:true:1", 0, 0.9, 0), tf("true-false:true:2", 1000, 0.8, 0), tf("true-false:false:1", 10, 0.5, 1)];
    expect(select(pool, 4, 0).filter((q) => q.format === "tf").map((q) => q.id)).toEqual(["true-false:true:1", "true-false:true:2"]);
  });

  it("spreads the choice key over A–D and moves only the key", () => {
    const quiz = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => {
      const q = candidate(`literal-who:${i}`, "literal-who", 1000 * i, 0.5).question;
      return { ...q, options: ["k", "x", "y", "z"], key: { option: 0 } };
    });
    const spread = spreadKeys(quiz, 0);
    const at = spread.map((q) => q.key.option!);
    for (const p of [0, 1, 2, 3]) expect(at.filter((x) => x === p)).toHaveLength(2);
    for (const q of spread) {
      expect(q.options![q.key.option!]).toBe("k");
      expect(q.options!.filter((o) => o !== "k")).toEqual(["x", "y", "z"]);
    }
    expect(spreadKeys(quiz, 0)).toEqual(spread); // deterministic
  });

  it("leaves label options (true/false, fact or opinion) in their fixed order", () => {
    const t = tf("true-false:true:1", 0, 0.9, 0).question;
    const f = { ...candidate("fact-or-opinion:1", "fact-or-opinion", 100, 0.5).question, options: ["Fact", "Opinion"], key: { option: 0 } };
    expect(spreadKeys([t, f, t, f], 0)).toEqual([t, f, t, f]);
  });
});
