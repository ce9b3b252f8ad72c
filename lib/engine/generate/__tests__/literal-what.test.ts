// Literal "what" questions: the object of a transitive verb as the answer, the right auxiliary
// and base form, noun phrases of the article as wrong options, and the clauses it must leave
// alone (a pronoun subject, an object that is a person, a vague "the policy", an answer the
// prompt would give away).
import { describe, expect, it } from "vitest";
import { ingestText } from "../../ingest";
import { analyze } from "../../analyze";
import { makeContext } from "../context";
import { literalWh } from "../candidates/literal-wh";
import { reject } from "../accept";

function whatOf(paragraphs: string[]) {
  const r = ingestText(["Council Report", ...paragraphs].join("\n\n"));
  if (!r.ok) throw new Error("did not ingest");
  const a = analyze(r.article);
  return { a, qs: literalWh(makeContext(a, 0)).map((c) => c.question).filter((q) => q.type === "literal-what") };
}

const keyOf = (q: { options?: string[]; key: { option?: number } }) => q.options![q.key.option!]!;

/** Objects of other verbs, far apart, for wrong options. */
const BODY = [
  "The state court upheld the new limits on truck traffic through the old town center.",
  "Teachers at the high school asked the council for more time to plan new bus routes.",
  "Governor Maria Lopez declared a state of emergency for the whole of the northern region.",
  "The local bus company added two extra buses to the morning schedule for commuters.",
  "Volunteers filled thousands of sandbags to protect the old library on the river bank.",
  "The water company warned residents about the risk of unsafe drinking water in the valley.",
  "The city council approved an emergency fund for the repair of the damaged bridges.",
];

describe("literal what", () => {
  const { a, qs } = whatOf(BODY);

  it("asks What with do-support and the base form, the whole object as the key", () => {
    const q = qs.find((x) => x.prompt === "What did the state court uphold?" && x.format === "mc");
    expect(q).toBeDefined();
    expect(keyOf(q!)).toBe("the new limits on truck traffic through the old town center");
    expect(q!.key.answerKind).toBe("text");
    expect(reject(q!, a.text)).toBeNull();
  });

  it("offers noun phrases the article puts after other verbs, none after this one and none from the key's sentence", () => {
    const q = qs.find((x) => x.prompt === "What did the city council approve?" && x.format === "mc")!;
    expect(keyOf(q)).toBe("an emergency fund for the repair of the damaged bridges");
    expect(q.options).toHaveLength(4);
    for (const o of q.options!) {
      if (o === keyOf(q)) continue;
      expect(a.text).toContain(o);
      expect(BODY[6]!.toLowerCase()).not.toContain(o.toLowerCase());
      expect(a.text).not.toMatch(new RegExp(`approved? ${o}`, "i"));
    }
  });

  it("keeps a place or date after the object in the question, and reads a modal or progressive verb", () => {
    const { qs: q2 } = whatOf([
      ...BODY,
      "The local team won the regional final in Madrid on Saturday.",
      "The finance committee could pass a larger budget for the schools.",
      "The state agency is building a new bridge over the Tamar River.",
    ]);
    const prompts = q2.map((q) => q.prompt);
    expect(prompts).toContain("What did the local team win in Madrid on Saturday?");
    expect(prompts).toContain("What could the finance committee pass?");
    expect(prompts).toContain("What is the state agency building?");
  });

  it("gives each question a short-answer form that accepts the phrase with or without its article", () => {
    const q = qs.find((x) => x.prompt === "What did the city council approve?" && x.format === "short");
    expect(q?.key.accepted).toEqual(["an emergency fund for the repair of the damaged bridges", "emergency fund for the repair of the damaged bridges"]);
  });

  it.each([
    ["a pronoun subject", "It approved a second fund for the repair of the schools."],
    ["an anaphoric subject", "The two countries signed a new trade agreement on steel."],
    ["a pronoun in the object", "The council approved their plan for the repair of the schools."],
    ["a person as the object", "The council praised Governor Maria Lopez."],
    ["a vague two-word object", "The council approved the plan."],
    ["a light verb", "The council made a decision on the budget for the schools."],
    ["a phrase after the object that is not a place or a date", "The council approved a new fund with money from the state lottery."],
    ["reported speech", "The mayor said the council approved a new fund for the schools."],
  ])("makes no question from %s", (_, sentence) => {
    const { qs: q2 } = whatOf([...BODY, sentence]);
    expect(q2.filter((q) => q.evidence[0]!.text === sentence)).toEqual([]);
  });

  it("never puts its answer in the prompt", () => {
    for (const q of qs) expect(q.prompt.toLowerCase()).not.toContain((q.key.accepted?.[0] ?? "").toLowerCase());
  });
});
