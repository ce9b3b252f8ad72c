// Cause and effect from invented reports: one question per cue family (because, since, because
// of, as a result of, caused / led to, in order to, "As a result, …"), the right question word
// and tense, options of the key's kind from other sentences, and the sentences it must leave
// alone (a pronoun, reported speech, "since" as a time, a key the prompt would give away).
import { describe, expect, it } from "vitest";
import { ingestText } from "../../ingest";
import { analyze } from "../../analyze";
import { makeContext } from "../context";
import { causeEffect } from "../candidates/cause-effect";
import { generate } from "../index";
import { reject } from "../accept";

function questionsFor(paragraphs: string[]) {
  const r = ingestText(["Storm Report", ...paragraphs].join("\n\n"));
  if (!r.ok) throw new Error("did not ingest");
  const a = analyze(r.article);
  return { a, qs: causeEffect(makeContext(a, 0)).map((c) => c.question) };
}

const keyOf = (q: { options?: string[]; key: { option?: number } }) => q.options![q.key.option!]!;

/** Sentences with clauses, noun phrases and purposes of every kind, none of them a cause. */
const FILLER = [
  "Teachers at the high school asked the council for more time to plan new bus routes.",
  "Drivers now take a long detour through the village of Ashford to reach the town center.",
  "Governor Maria Lopez declared a state of emergency for the whole of the northern region.",
  "The local bus company added two extra buses to the morning schedule for commuters.",
  "Volunteers filled thousands of sandbags to protect the old library on the river bank.",
  "The water company warned residents about the risk of unsafe drinking water in the valley.",
  "The school board will meet on Friday to discuss the cost of the repairs to the gym.",
  "Farmers in the valley lost much of the corn harvest when the fields flooded in the night.",
  "The city council approved an emergency fund for the repair of the damaged bridges.",
  "Officials at the transport office expect the repairs to take about four months.",
];

/** The filler with `sentence` in the middle, far from most of it. */
const around = (sentence: string) => [...FILLER.slice(0, 5), sentence, ...FILLER.slice(5)];

function only(sentence: string) {
  const { a, qs } = questionsFor(around(sentence));
  const mine = qs.filter((q) => q.evidence.some((e) => e.text === sentence));
  return { a, q: mine[0], all: mine };
}

describe("causeEffect", () => {
  it("asks Why with do-support for a “because” clause, the reason as the key", () => {
    const { a, q } = only("The city closed the old bridge because engineers found deep cracks in the steel supports.");
    expect(q?.prompt).toBe("According to the article, why did the city close the old bridge?");
    expect(keyOf(q!)).toBe("Engineers found deep cracks in the steel supports");
    expect(q!.options).toHaveLength(4);
    expect(reject(q!, a.text)).toBeNull();
  });

  it("reads a sentence-initial Because, and an inverted auxiliary", () => {
    const { q } = only("Because engineers found deep cracks in the steel supports, the old bridge was closed to traffic.");
    expect(q?.prompt).toBe("According to the article, why was the old bridge closed to traffic?");
    expect(keyOf(q!)).toBe("Engineers found deep cracks in the steel supports");
  });

  it("reads “since” as a cause before a clause, and not as a time", () => {
    expect(only("Since the main road along the river was under deep water for most of the week, the county sent buses along the ridge road.").q?.prompt).toBe(
      "According to the article, why did the county send buses along the ridge road?",
    );
    expect(only("Since the storm in March, the county has repaired most of the roads in the valley.").all).toEqual([]);
  });

  it("states the effect when it is not one simple clause, and asks for the reason", () => {
    const { q } = only("Many families stayed with relatives on the hill because the river rose over the banks of the valley in the night.");
    expect(q?.prompt).toBe("The article says that many families stayed with relatives on the hill. Which of these does it give as the reason?");
  });

  it("takes a noun-phrase cause after “because of” or “as a result of”, with noun phrases as the other options", () => {
    const { a, q } = only("The state closed three schools in the valley because of deep water on the main roads.");
    expect(q?.prompt).toBe("The article says that the state closed three schools in the valley. What does it give as the cause?");
    expect(keyOf(q!)).toBe("Deep water on the main roads");
    for (const o of q!.options!) expect(o.split(/\s+/).length, o).toBeLessThanOrEqual(10);
    expect(reject(q!, a.text)).toBeNull();
    expect(keyOf(only("Nearly 3,000 homes lost power as a result of high winds in the north of the county.").q!)).toBe("High winds in the north of the county");
  });

  it("asks what caused or led to an effect, the agent as the key", () => {
    const { q } = only("The heavy rain caused severe damage to the harbor wall.");
    expect(q?.prompt).toBe("According to the article, what caused severe damage to the harbor wall?");
    expect(keyOf(q!)).toBe("The heavy rain");
  });

  it("asks Why for a purpose after “in order to”, with other “to …” purposes as options", () => {
    const { a, q } = only("The county hired a private firm in order to clear the fallen trees from the park.");
    expect(q?.prompt).toBe("According to the article, why did the county hire a private firm?");
    expect(keyOf(q!)).toBe("To clear the fallen trees from the park");
    for (const o of q!.options!) expect(o).toMatch(/^To \p{Ll}+ /u);
    expect(reject(q!, a.text)).toBeNull();
  });

  it("takes the “for <doing>” reason of a judgment verb, against other actions of the article", () => {
    const body = around("The mayor praised the volunteers for filling thousands of sandbags in one night.");
    body.splice(1, 0, "Officials were criticized after closing the bridge without warning.", "Engineers found the cracks by testing the steel supports of the old bridge.");
    body.push("The fire service worked through the night on rescuing families from flooded homes.");
    const { a, qs } = questionsFor(body);
    const q = qs.find((x) => x.id.startsWith("cause-effect:action:"));
    expect(q?.prompt).toBe("According to the article, why did the mayor praise the volunteers?");
    expect(keyOf(q!)).toBe("Filling thousands of sandbags in one night");
    for (const o of q!.options!) expect(o).toMatch(/^\p{Lu}\p{Ll}+ing /u);
    expect(reject(q!, a.text)).toBeNull();
    // A noun after "for" is not an action: no question of this kind.
    expect(only("The mayor praised the volunteers for their hard work in the storm.").all).toEqual([]);
  });

  it("asks what happened “as a result” of the sentence before", () => {
    const body = [...FILLER.slice(0, 5), "The storm knocked down the power lines along the coast road.", "As a result, thousands of homes were without electricity for two days.", ...FILLER.slice(5)];
    const { a, qs } = questionsFor(body);
    const q = qs.find((x) => x.id.startsWith("cause-effect:result:"));
    expect(q?.prompt).toBe("The article says that the storm knocked down the power lines along the coast road. According to the article, what happened as a result?");
    expect(keyOf(q!)).toBe("Thousands of homes were without electricity for two days");
    expect(q!.evidence.map((e) => e.text)).toEqual([body[5], body[6]]);
    expect(reject(q!, a.text)).toBeNull();
  });

  it("takes no distractor from the key's sentence or its neighbours", () => {
    const body = around("The city closed the old bridge because engineers found deep cracks in the steel supports.");
    const { qs } = questionsFor(body);
    const q = qs[0]!;
    for (const o of q.options!) if (o !== keyOf(q)) for (const near of body.slice(4, 7)) expect(near.toLowerCase()).not.toContain(o.toLowerCase());
  });

  it.each([
    ["a reason with a dangling pronoun", "The city closed the old bridge because they found deep cracks in the steel supports."],
    ["an effect with a dangling pronoun", "It closed the old bridge because engineers found deep cracks in the steel supports."],
    ["a reason given inside reported speech", "Mayor Ana Ruiz said the city closed the old bridge because engineers found deep cracks."],
    ["a cause that is a pronoun", "It caused severe damage to the harbor wall and the boats."],
    ["a purpose with a pronoun", "The county hired a private firm in order to clear their fallen trees from the park."],
    ["a noun-phrase cause that names a person", "The state closed three schools in the valley because of Governor Maria Lopez."],
  ])("makes no question from %s", (_, sentence) => {
    expect(only(sentence).all).toEqual([]);
  });

  it("never puts the key in the prompt, and keeps to one such question in the default quiz", () => {
    const { a, qs } = questionsFor(around("The city closed the old bridge because engineers found deep cracks in the steel supports."));
    for (const q of qs) expect(q.prompt.toLowerCase()).not.toContain(keyOf(q).toLowerCase());
    const g = generate(a);
    expect(g.questions.filter((q) => q.type === "cause-effect").length).toBeLessThanOrEqual(1);
  });

  it("finds every key in its evidence and no distractor there, for every cue family at once", () => {
    const body = [
      ...FILLER.slice(0, 3),
      "The city closed the old bridge because engineers found deep cracks in the steel supports.",
      FILLER[3]!,
      "The state closed three schools in the valley because of deep water on the main roads.",
      FILLER[4]!,
      "The county hired a private firm in order to clear the fallen trees from the park.",
      ...FILLER.slice(5, 8),
      "The heavy rain caused severe damage to the harbor wall.",
      ...FILLER.slice(8),
    ];
    const { a, qs } = questionsFor(body);
    expect(new Set(qs.map((q) => q.id.split(":")[1]))).toEqual(new Set(["clause", "noun", "purpose", "agent"]));
    const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    for (const q of qs) {
      expect(reject(q, a.text), q.id).toBeNull();
      const evidence = norm(q.evidence.map((e) => e.text).join(" "));
      q.options!.forEach((o, i) => expect(evidence.includes(norm(o)), `${q.id}: ${o}`).toBe(i === q.key.option));
    }
  });

  it("is deterministic", () => {
    const body = around("The city closed the old bridge because engineers found deep cracks in the steel supports.");
    expect(questionsFor(body).qs).toEqual(questionsFor(body).qs);
  });
});
