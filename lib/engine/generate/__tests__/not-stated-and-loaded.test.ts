// "Not stated" true/false items (two stated facts joined by a link the article never makes) and
// the acceptance rule that rejects a "not stated" key the text supports; the loaded-language
// lexicon no longer flags accurate reporting verbs.
import { describe, expect, it } from "vitest";
import { ingestText } from "../../ingest";
import { analyze } from "../../analyze";
import { makeContext } from "../context";
import { trueFalse, TF_OPTIONS } from "../candidates/true-false";
import { loadedLanguage } from "../candidates/loaded-language";
import { reject } from "../accept";
import { swapOne } from "../candidates/swap";
import type { Question } from "../types";

function analysisOf(paragraphs: string[]) {
  const r = ingestText(paragraphs.join("\n\n"));
  if (!r.ok) throw new Error("did not ingest");
  return analyze(r.article);
}

const FLOOD = [
  "Heavy rain flooded dozens of roads across the county on Monday, and the river rose above its banks near the old mill.",
  "The county opened three emergency shelters in school gyms for families who had to leave their homes.",
  "Governor Maria Lopez declared a state of emergency for the region on Tuesday morning.",
  "Volunteers from the Red Cross delivered blankets and hot meals to the shelters.",
  "The national weather service expects more rain later in the week.",
  "Local farmers lost most of their spring crops to the flood waters.",
  "The state legislature approved an emergency fund of two million dollars for repairs.",
];

describe("not stated", () => {
  const a = analysisOf(FLOOD);
  const items = trueFalse(makeContext(a, 0)).map((c) => c.question).filter((q) => q.key.option === 2);

  it("joins a later fact to an earlier, unrelated one with “because” and keys Not stated", () => {
    expect(items).toHaveLength(1);
    const q = items[0]!;
    expect(q.prompt).toBe(
      "True, false, or not stated in the article? “The state legislature approved an emergency fund of two million dollars for repairs, because volunteers from the Red Cross delivered blankets and hot meals to the shelters.”",
    );
    expect(q.options).toEqual(TF_OPTIONS);
    expect(q.options![q.key.option!]).toBe("Not stated");
    // Both facts are shown as evidence: each is stated, the link is not.
    expect(q.evidence.map((e) => e.text)).toEqual([FLOOD[6], FLOOD[3]]);
    expect(q.explanation).toMatch(/never says that one caused the other/);
    expect(reject(q, a.text)).toBeNull();
  });

  it("never labels a fact that shares words or names with the other as not stated", () => {
    for (const q of items) {
      const [x, y] = q.evidence.map((e) => e.text.toLowerCase());
      expect(x).not.toContain("emergency shelters");
      expect(y).not.toContain("legislature");
    }
  });

  it("rejects a not-stated key when one sentence of the text says the statement after all", () => {
    const q: Question = {
      ...items[0]!,
      id: "t",
      prompt: "True, false, or not stated in the article? “Volunteers from the Red Cross delivered hot meals to the shelters.”",
    };
    expect(reject(q, a.text)).toBe("not-stated-supported");
  });
});

describe("loaded language", () => {
  it("does not flag reporting verbs that name the speech act accurately", () => {
    const a = analysisOf([
      "Mayor Ana Ruiz demanded that the county repair the old bridge before the winter, and the county refused to pay for it.",
      "The council vowed to find the money, and the county threatened to sue the city over the cost of the work.",
      "Shares of the construction firm plummeted after the landmark decision by the state court.",
    ]);
    expect(a.sourcing.loadedWords.map((w) => w.text)).toEqual([]);
    expect(loadedLanguage(makeContext(a, 0))).toEqual([]);
  });

  it("still flags words that judge, and not inside reported speech", () => {
    const a = analysisOf([
      "The regime defiantly rejected the report on the state of the prisons in the north of the country.",
      "The opposition leader argued that the plan would cause a humanitarian disaster in the border towns.",
      "Officials from the foreign ministry declined to comment on the report on Monday afternoon.",
    ]);
    expect(a.sourcing.loadedWords.map((w) => w.text)).toEqual(expect.arrayContaining(["regime", "defiantly"]));
    const keys = loadedLanguage(makeContext(a, 0)).map((c) => c.question.options![c.question.key.option!]);
    expect(keys).not.toContain("disaster");
    expect(keys.length).toBeGreaterThan(0);
  });
});

describe("false by swap", () => {
  it("does not swap in a person whose office the statement names", () => {
    const a = analysisOf([
      "Attorney General Ana Ruiz reversed the ruling of the lower court on Monday, and lawyers for the family plan to appeal.",
      "Lawyer Paul Grant, who represents the family, said the attorney general's decision is not the final word in the case.",
      "Judge Mary Okafor of the appeals court will hear the case in the spring, a court spokesman said on Tuesday.",
    ]);
    const ctx = makeContext(a, 0);
    const statement = "Paul Grant said the attorney general's decision is not the final word in the case.";
    // Ana Ruiz is the attorney general: only the judge may take the lawyer's place.
    for (let salt = 0; salt < 4; salt++) expect(swapOne(ctx, statement, salt)?.replacement).toBe("Mary Okafor");
  });

  it("swaps the owner in a possessive only for someone of the same side", () => {
    const a = analysisOf([
      "North Korean leader Kim Jong Un tested a new missile on Sunday, his third test this year.",
      "Russian ambassador Vasily Nebenzya told the Security Council that sanctions would not stop the tests.",
      "North Korean envoy Ja Song Nam said the country would keep building its weapons.",
    ]);
    const people = a.people.map((p) => [p.name, p.affiliation]);
    expect(people).toContainEqual(["Kim Jong Un", "North Korea"]);
    const swapped = swapOne(makeContext(a, 0), "The envoy praised Kim Jong Un's missile program at the meeting.", 0);
    expect(swapped?.replacement).toBe("Ja Song Nam");
  });
});
