// Unit tests for the two-part evidence question (about a quotation), sequence, and the headline evidence question.
import { describe, expect, it } from "vitest";
import { ingestText } from "../../ingest";
import { analyze } from "../../analyze";
import { makeContext } from "../context";
import { evidenceQuote } from "../candidates/evidence-quote";
import { sequence } from "../candidates/sequence";
import { evidence } from "../candidates/evidence";

function analysisOf(paragraphs: string[]) {
  const r = ingestText(paragraphs.join("\n\n"));
  if (!r.ok) throw new Error("did not ingest");
  return analyze(r.article);
}

const keyOf = (q: { options?: string[]; key: { option?: number } }) => q.options![q.key.option!]!;

describe("evidenceQuote", () => {
  const a = analysisOf([
    "Mayor Ana Ruiz opened a new bridge over the Tamar River on Tuesday, ending a decade of debate about the crossing.",
    "Ruiz said that the bridge would cut travel times for thousands of commuters in the county.",
    "Engineer Paul Grant said the steel for the bridge came from a mill in the north of the state.",
    "Ruiz thanked the workers who built the bridge across the river in less than three years.",
    "Local shop owners on the main street said traffic had already fallen by the afternoon of the opening.",
    "Council members will meet again next month to review the budget and hear from residents of the county.",
  ]);
  const qs = evidenceQuote(makeContext(a, 0));
  const q = qs.find((x) => x.question.prompt.includes("cut travel times"))?.question;

  it("states the reported claim and keys the sentence that attributes it", () => {
    expect(q).toBeDefined();
    expect(q!.prompt).toBe("The article reports that Ana Ruiz said that the bridge would cut travel times for thousands of commuters in the county. Which sentence from the article best supports this?");
    expect(keyOf(q!)).toBe("Ruiz said that the bridge would cut travel times for thousands of commuters in the county.");
    expect(q!.evidence[0]!.text).toBe(keyOf(q!));
    expect(q!.type).toBe("evidence");
    expect(q!.standard).toBe("RI.8.1");
  });

  it("offers three other sentences of the article, none carrying the claim", () => {
    expect(q!.options).toHaveLength(4);
    for (const o of q!.options!) {
      expect(a.text).toContain(o);
      if (o !== keyOf(q!)) expect(o).not.toContain("travel times");
    }
  });

  it("introduces a partial quotation as the words used, and skips one that leans on a pronoun", () => {
    const b = analysisOf([
      "Mayor Ana Ruiz opened a new bridge over the Tamar River on Tuesday, ending a decade of debate about the crossing.",
      "Ruiz called the bridge “a lifeline for every family on the east bank of the river” in her speech.",
      "Engineer Paul Grant said the steel for the bridge came from a mill in the north of the state.",
      "Ruiz thanked the workers who built the bridge across the river in less than three years.",
      "Ruiz said the city would hold a festival on the new bridge to mark the opening in the summer.",
      "Grant praised “his crew for working through the winter on the bridge” at the opening ceremony.",
    ]);
    const prompts = evidenceQuote(makeContext(b, 0)).map((c) => c.question.prompt);
    expect(prompts).toContain("The article reports that Ana Ruiz used the words “a lifeline for every family on the east bank of the river.” Which sentence from the article best supports this?");
    expect(prompts.some((p) => p.includes("his crew"))).toBe(false);
  });

  it("does not take an action verb for reported speech", () => {
    const b = analysisOf([
      "Heavy rain flooded dozens of roads in the north of the county on Tuesday.",
      "Governor Maria Lopez declared a state of emergency for the whole of the northern region.",
      "Lopez visited the flooded towns on Wednesday and met with local mayors and fire chiefs.",
      "Lopez said that the state would send trucks with drinking water to the towns hit hardest.",
      "Farmers in the valley lost much of the corn harvest when the fields flooded in the night.",
    ]);
    const prompts = evidenceQuote(makeContext(b, 0)).map((c) => c.question.prompt);
    expect(prompts.some((p) => p.includes("state of emergency"))).toBe(false);
  });
});

describe("sequence", () => {
  const body = [
    "The city of Milton closed the old river bridge on Monday.",
    "Teachers at the high school asked the council for more time to plan new bus routes.",
    "The council approved the repair plan after the engineers presented their report on the cracks.",
    "Drivers now take a long detour through the village of Ashford to reach the town center.",
    "Officials at the transport office expect the repairs to cost about four million dollars.",
    "The local bus company added two extra buses to the morning schedule for commuters.",
    "A new footbridge for cyclists and walkers will open next to the old crossing in the spring.",
  ];

  it("asks which event came first when a sentence orders two with “after”", () => {
    const b = [...body];
    b[2] = "The council approved the repair plan after the engineers presented a report on the cracks.";
    const [c] = sequence(makeContext(analysisOf(b), 0));
    const q = c!.question;
    expect(q.prompt).toBe("According to the article, the council approved the repair plan after which of these?");
    expect(keyOf(q)).toBe("the engineers presented a report on the cracks");
    expect(q.options).toHaveLength(4);
    expect(q.type).toBe("sequence");
  });

  it("reads a sentence-initial After", () => {
    const b = [...body];
    b[2] = "After the engineers presented a report on the cracks, the council approved the repair plan.";
    const [c] = sequence(makeContext(analysisOf(b), 0));
    expect(c?.question.prompt).toBe("According to the article, the council approved the repair plan after which of these?");
  });

  it.each([
    ["a time, not an event", "The council approved the repair plan after a year of arguments about the cost."],
    ["an event with a pronoun (“their report”)", body[2]!],
  ])("makes no question from %s", (_, sentence) => {
    const b = [...body];
    b[2] = sentence;
    expect(sequence(makeContext(analysisOf(b), 0))).toEqual([]);
  });
});

describe("evidence for the headline", () => {
  const body = [
    "The county board rejected a plan for a new bus line on the east side last year, after a long debate about costs.",
    "The city council on Tuesday approved money for the service, which will run every ten minutes from the river to the stadium.",
    "Mayor Ana Ruiz said the line would open in the spring and would cost about four million dollars a year to run.",
    "Shop owners near the stadium expect more customers to arrive without cars.",
    "Teachers at the high school want safer crossings for students on the main road.",
    "Engineers will repaint the lanes on Main Street in March before the first buses arrive.",
  ];

  it("keys a sentence about the headline's subject, not the one sharing most of its words", () => {
    const [c] = evidence(makeContext(analysisOf(["City Council Approves New Bus Line for East Side", ...body]), 0));
    expect(keyOf(c!.question)).toBe(body[1]);
  });

  it("asks nothing when no sentence is about the headline's subject", () => {
    const b = [...body];
    b[1] = "Money for the service will come from a state grant, and buses will run every ten minutes to the stadium.";
    expect(evidence(makeContext(analysisOf(["City Council Approves New Bus Line for East Side", ...b]), 0))).toEqual([]);
  });
});
