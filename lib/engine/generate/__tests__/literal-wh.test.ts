// Literal when / where / what questions: the surface strings for invented sentences, the answer
// kinds and distractors, and the clauses the generator must leave alone (a pronoun or an
// anaphoric subject, a date that describes a noun, a description rather than an event).
import { describe, expect, it } from "vitest";
import { ingestText } from "../../ingest";
import { analyze } from "../../analyze";
import { makeContext } from "../context";
import { literalWh } from "../candidates/literal-wh";
import { reject } from "../accept";

function questionsOf(paragraphs: string[]) {
  const r = ingestText(paragraphs.join("\n\n"));
  if (!r.ok) throw new Error("did not ingest");
  const a = analyze(r.article);
  return { a, qs: literalWh(makeContext(a, 0)).map((c) => c.question) };
}

const BODY = [
  "The city council on Tuesday approved a new budget for public schools.",
  "The trade ministers met in Geneva last week to discuss tariffs on steel.",
  "The new bridge over the river was opened in 2019 by the state transport agency.",
  "The finance committee will meet in Lisbon on Friday.",
  "The local team won the regional final in Madrid on Saturday.",
  "Officials in Paris expect a decision in 2021, and farmers in Brazil hope for rain.",
];

describe("literalWh", () => {
  const { a, qs } = questionsOf(BODY);
  const prompts = qs.map((q) => q.prompt);
  const mc = (prompt: string) => qs.find((q) => q.prompt === prompt && q.format === "mc");
  const keyOf = (q: { options?: string[]; key: { option?: number } }) => q.options![q.key.option!]!;

  it("asks When with do-support and the base form of a past verb, the date cut out", () => {
    const q = mc("When did the city council approve a new budget for public schools?");
    expect(q).toBeDefined();
    expect(keyOf(q!)).toBe("Tuesday");
    expect(q!.type).toBe("literal-when");
    expect(q!.key.answerKind).toBe("date");
    // Other weekdays, none of them the key.
    expect(q!.options!.filter((o) => /day$/.test(o))).toHaveLength(4);
  });

  it("inverts an auxiliary instead of adding do: passive and future", () => {
    expect(prompts).toContain("When was the new bridge over the river opened by the state transport agency?");
    expect(prompts).toContain("When will the finance committee meet in Lisbon?");
    expect(prompts).toContain("Where will the finance committee meet on Friday?");
  });

  it("uses an irregular past's base form", () => {
    expect(prompts).toContain("When did the local team win the regional final in Madrid?");
  });

  it("asks Where for a place after “in”, with other places of the article as options", () => {
    const q = mc("Where did the trade ministers meet last week to discuss tariffs on steel?");
    expect(q).toBeDefined();
    expect(keyOf(q!)).toBe("Geneva");
    expect(q!.key.answerKind).toBe("place");
    expect(new Set(q!.options)).toEqual(new Set(["Geneva", "Lisbon", "Madrid", "Paris"]));
  });

  it("asks What for the object of a transitive verb, keeping a place or date after it", () => {
    const q = qs.find((x) => x.prompt === "What did the local team win in Madrid on Saturday?" && x.format === "short");
    expect(q?.key.accepted).toEqual(["the regional final", "regional final"]);
  });

  it("offers each question as a short answer too, with the key's written forms", () => {
    const q = qs.find((x) => x.prompt === "When did the city council approve a new budget for public schools?" && x.format === "short");
    expect(q?.key.accepted).toEqual(["Tuesday", "on Tuesday"]);
  });

  it("grounds every key in its evidence and passes the acceptance checklist", () => {
    for (const q of qs) {
      expect(reject(q, a.text), q.id).toBeNull();
      expect(q.evidence[1]!.text.toLowerCase(), q.id).toBe((q.key.accepted?.[0] ?? "").toLowerCase());
      expect(q.evidence[0]!.text, q.id).toContain(q.evidence[1]!.text);
    }
  });

  it("leaves out a date tied to a verb with a clause of its own (“expect a decision in 2021, and …”)", () => {
    expect(prompts.some((p) => p.includes("expect"))).toBe(false);
  });

  it.each([
    ["a bare pronoun subject", "It approved a second budget on Wednesday."],
    ["an anaphoric subject", "The two countries signed a trade deal on Thursday."],
    ["a back-reference subject", "The decision was announced on Thursday."],
    ["a description, not an event", "The reason for the delay was a storm in March."],
    ["a negation", "The council did not meet on Monday."],
    ["reported speech", "The mayor said the council met on Thursday."],
  ])("makes no question from %s", (_, sentence) => {
    const { qs: none } = questionsOf([...BODY, sentence]);
    expect(none.filter((q) => q.evidence[0]!.text === sentence)).toEqual([]);
  });

  it("asks no When for a date that describes a noun (“Tuesday's vote”), though the vote itself may be a What answer", () => {
    const sentence = "The mayor praised Tuesday's vote on the budget.";
    const { qs: q2 } = questionsOf([...BODY, sentence]);
    const mine = q2.filter((q) => q.evidence[0]!.text === sentence);
    expect(mine.filter((q) => q.type === "literal-when")).toEqual([]);
    expect(mine.map((q) => q.prompt)).toEqual(["What did the mayor praise?"]);
  });

  it("fills weekday distractors only with days the article does not name near the event", () => {
    const { qs: q2 } = questionsOf([
      "The city council on Tuesday approved a new budget for public schools.",
      "The debate on the budget is expected to go on until Wednesday.",
    ]);
    const q = q2.find((x) => x.format === "mc" && x.type === "literal-when");
    expect(q).toBeDefined();
    expect(q!.options).toHaveLength(4);
    expect(q!.options).not.toContain("Wednesday");
  });

  it("is deterministic", () => {
    expect(questionsOf(BODY).qs).toEqual(qs);
  });
});
