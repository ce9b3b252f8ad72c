// Long sentences: a statement may be the clause of a long sentence before a safe cut (a trailing
// modifier or a second clause), or a second main clause with its own named subject; never half a
// relative clause, a leading subordinate clause or the first items of a list. Central idea, cloze,
// true/false and fact-or-opinion use these clauses; swapped names in false statements avoid a
// title or "the" in front of the name.
import { describe, expect, it } from "vitest";
import { ingestText } from "../../ingest";
import { analyze } from "../../analyze";
import { makeContext } from "../context";
import { standalone, statements } from "../candidates/standalone";
import { centralIdea } from "../candidates/central-idea";
import { trueFalse } from "../candidates/true-false";
import { swapOne, genderFits } from "../candidates/swap";
import { cloze } from "../candidates/cloze";
import { reject } from "../accept";

function analysisOf(paragraphs: string[]) {
  const r = ingestText(paragraphs.join("\n\n"));
  if (!r.ok) throw new Error("did not ingest");
  return analyze(r.article);
}

const REPORT = [
  "Auditor Clara Meyer said Friday the city's annual budget review found no evidence of waste in the parks department, despite months of complaints from residents about broken playgrounds and closed pools across the city, adding that the department had spent its money carefully.",
  "Mayor Tom Brennan welcomed the review at a news conference on Friday afternoon, and Clara Meyer praised the parks staff for keeping clear records of every purchase over the past three years.",
  "Councilwoman Rita Osei, who has led the complaints about the playgrounds for two years in a row, said the review would not end her campaign for new equipment.",
  "The review, which took six months to complete, listed 42 repairs that the city had already paid for.",
  "In a letter to the council, Clara Meyer criticized the city for slow repairs of playground equipment, but said residents had been wrong to blame the parks staff for the long delays of the past two summers.",
  "Parks director Sam Ortiz said the department would publish a list of planned repairs next month.",
];

describe("statements of a long sentence", () => {
  const a = analysisOf(REPORT);
  const ctx = makeContext(a, 0);
  const sentence = (start: string) => a.sentences.find((s) => s.text.startsWith(start))!;

  it("keeps the main clause before a trailing modifier (“, despite …” is not a cut; “, adding …” is)", () => {
    const s = sentence("Auditor Clara Meyer");
    expect(standalone(ctx, s, 10, 34)).toBeNull(); // too long whole
    const [head] = statements(ctx, s, 10, 48);
    expect(head?.text).toBe(
      "Auditor Clara Meyer said Friday the city's annual budget review found no evidence of waste in the parks department, despite months of complaints from residents about broken playgrounds and closed pools across the city.",
    );
    expect(head?.at).toBeUndefined();
  });

  it("offers a second main clause that names its own subject, with its offset", () => {
    const s = sentence("Mayor Tom Brennan");
    const sts = statements(ctx, s, 8, 24);
    const texts = sts.map((x) => x.text);
    expect(texts).toContain("Mayor Tom Brennan welcomed the review at a news conference on Friday afternoon.");
    const tail = sts.find((x) => x.text.startsWith("Clara Meyer praised"));
    expect(tail?.text).toBe("Clara Meyer praised the parks staff for keeping clear records of every purchase over the past three years.");
    expect(a.text.slice(tail!.at!, tail!.at! + 11)).toBe("Clara Meyer");
  });

  it("does not stop inside a relative clause (“Rita Osei, who has led …” is not a statement)", () => {
    const s = sentence("Councilwoman Rita Osei");
    for (const st of statements(ctx, s, 5, 20)) expect(st.text).not.toMatch(/who has led the complaints[^,]*\.$/);
  });

  it("keeps the first clause before “, but said …” and never offers the subjectless second half", () => {
    const s = sentence("In a letter to the council");
    const sts = statements(ctx, s, 8, 24);
    expect(sts.map((x) => x.text)).toEqual(["In a letter to the council, Clara Meyer criticized the city for slow repairs of playground equipment."]);
  });

  it("returns the whole sentence alone when it fits", () => {
    const s = sentence("Parks director Sam Ortiz");
    expect(statements(ctx, s, 8, 30).map((x) => x.text)).toEqual([s.text.trim()]);
  });

  it("does not cut a list before its last item", () => {
    const b = analysisOf([
      "The city hired engineers, plumbers, and electricians from three counties to repair the old public pools before the long summer holidays began this year.",
      "Officials said the work would take most of the spring.",
    ]);
    const c = makeContext(b, 0);
    expect(statements(c, b.sentences[0]!, 5, 20)).toEqual([]);
  });

  it("does not offer the head of a sentence that opens with a subordinate clause", () => {
    const b = analysisOf([
      "When the report was released on a quiet Friday morning in the middle of the holiday season, which surprised the council members, the mayor called an emergency meeting at city hall.",
      "Officials said the work would take most of the spring.",
    ]);
    const c = makeContext(b, 0);
    expect(statements(c, b.sentences[0]!, 5, 20)).toEqual([]);
  });

  it("uses the main clause of a long lede as the central idea", () => {
    const [q] = centralIdea(ctx).map((x) => x.question);
    expect(q).toBeDefined();
    expect(q!.options![q!.key.option!]).toMatch(/^Auditor Clara Meyer said Friday .* across the city\.$/);
    expect(q!.evidence[0]!.text).toBe(REPORT[0]);
    expect(reject(q!, a.text)).toBeNull();
  });

  it("makes true/false items from clauses, with the whole sentence as evidence", () => {
    const items = trueFalse(ctx).map((x) => x.question);
    const s = sentence("In a letter to the council");
    expect(standalone(ctx, s, 8, 32)).toBeNull(); // too long whole
    const t = items.find((q) => q.id === `true-false:true:${s.start}`);
    expect(t?.prompt).toBe("True, false, or not stated in the article? “In a letter to the council, Clara Meyer criticized the city for slow repairs of playground equipment.”");
    expect(t?.evidence[0]!.text).toBe(REPORT[4]);
    for (const q of items) expect(reject(q, a.text)).toBeNull();
  });
});

describe("standalone with a closing straight quotation mark", () => {
  it("accepts a sentence that ends inside straight quotes", () => {
    const a = analysisOf(['Governor Maria Lopez told reporters the new bridge would be "open to traffic by the end of the summer."', "Officials said the work would take most of the spring."]);
    expect(standalone(makeContext(a, 0), a.sentences[0]!, 8, 30)?.text).toBe(a.sentences[0]!.text.trim());
  });

  it("still rejects an unbalanced straight quote", () => {
    const a = analysisOf(['Governor Maria Lopez told reporters the new bridge would be "open to traffic by the end of the summer.', "Officials said the work would take most of the spring."]);
    expect(standalone(makeContext(a, 0), a.sentences[0]!, 8, 30)).toBeNull();
  });
});

describe("swapped names in false statements", () => {
  const a = analysisOf([
    "President Ada Okafor met Senator Ben Carter on Monday to discuss the budget.",
    "Carter said the Ada Okafor plan would cut school funding, and Okafor disagreed.",
    "Lucia Grant, a teacher, said the cuts would hurt her students.",
  ]);
  const ctx = makeContext(a, 0);

  it("does not swap a name after a title or after “the”", () => {
    expect(swapOne(ctx, "President Ada Okafor met reporters on Monday.", 0)).toBeNull();
    expect(swapOne(ctx, "Reporters asked about the Ada Okafor plan on Monday.", 0)).toBeNull();
  });

  it("does not swap a person who is the object of the verb (the article may just not say it: not stated, not false)", () => {
    expect(swapOne(ctx, "Lucia Grant criticized Carter for the cuts.", 0)?.original).not.toBe("Carter");
    expect(swapOne(ctx, "Reporters criticized Carter for the cuts.", 0)).toBeNull();
  });

  it("still swaps a name used as a subject", () => {
    const s = swapOne(ctx, "Carter said the plan would cut school funding.", 0);
    expect(s?.original).toBe("Carter");
    expect(s?.text).not.toContain("Carter");
  });
});

describe("pronouns and titles around a swapped or blanked name", () => {
  const a = analysisOf([
    "Mayor Tom Brennan said Monday that he would close the old bridge for repairs over the summer.",
    "Councilwoman Rita Osei said she would vote against the plan because it cuts bus routes.",
    "Engineer Sam Ortiz told reporters he had found cracks in two of the bridge supports in April.",
    "Osei said the council would meet again on Thursday to discuss the bridge.",
    "Brennan said the city would pay for the repairs from its reserve fund.",
  ]);
  const ctx = makeContext(a, 0);
  const person = (name: string) => a.people.find((p) => p.name === name)!;

  it("fits a person only to a statement whose he/she the article uses for them", () => {
    expect(genderFits(person("Rita Osei"), "Osei said she would vote against the plan.")).toBe(true);
    expect(genderFits(person("Sam Ortiz"), "Osei said she would vote against the plan.")).toBe(false);
    expect(genderFits(person("Sam Ortiz"), "The council met on Thursday.")).toBe(true);
  });

  it("does not swap in a person the statement's pronoun does not fit", () => {
    expect(swapOne(ctx, "Osei said she would vote against the plan.", 0)).toBeNull();
    // "he" takes a man the article calls "he".
    expect(swapOne(ctx, "Brennan said he would close the old bridge.", 0)?.text).toBe("Sam Ortiz said he would close the old bridge.");
  });

  it("does not blank a name right after a title", () => {
    const items = cloze(ctx).map((c) => c.question);
    expect(items.length).toBeGreaterThan(0);
    for (const q of items) expect(q.prompt).not.toMatch(/\b\p{Lu}\p{Ll}+ _____/u);
  });
});
