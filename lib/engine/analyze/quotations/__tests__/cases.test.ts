import { describe, expect, it } from "vitest";
import { findQuotations } from "..";
import type { Quotation } from "../../types";
import { entitiesOf, paragraphsOf, sentencesOf, type GroupSpec, type PersonSpec } from "./helpers";

function run(text: string, people: PersonSpec[] = [], groups: GroupSpec[] = []) {
  const paragraphs = paragraphsOf(text);
  const sentences = sentencesOf(text, paragraphs);
  const ents = entitiesOf(text, people, groups);
  const found = findQuotations(text, sentences, ents.people, ents.groups);
  const who = (q: Quotation) =>
    q.speaker.personId ? ents.people.find((p) => p.id === q.speaker.personId)!.name
      : q.speaker.groupId ? ents.groups.find((g) => g.id === q.speaker.groupId)!.name
        : q.speaker.unresolvedReason;
  return found.map((q) => ({ kind: q.kind, content: q.content.text, cue: q.cue?.text ?? null, who: who(q), anonymous: q.anonymous }));
}

const ANA = { name: "Ana Ruiz", aliases: ["Ruiz"] };
const BO = { name: "Bo Chen", aliases: ["Chen"] };

describe("findQuotations, one sentence at a time", () => {
  it("attribution after the quote", () => {
    expect(run("“We will build the bridge,” Ruiz said.", [ANA])).toEqual([{ kind: "direct", content: "We will build the bridge,", cue: "said", who: "Ana Ruiz", anonymous: false }]);
  });

  it("inverted attribution with a title and an appositive", () => {
    expect(run("“The vote was fair,” said the city's mayor, Ana Ruiz.", [ANA])[0]).toMatchObject({ kind: "direct", who: "Ana Ruiz" });
  });

  it("attribution before the quote, straight marks", () => {
    expect(run('Ruiz told reporters on Monday, "The bridge opens in May."', [ANA])[0]).toMatchObject({ kind: "direct", cue: "told", who: "Ana Ruiz" });
  });

  it("a quote interrupted by 'he said' gives both halves to the same speaker", () => {
    const r = run("Bo Chen spoke last. “The plan,” he said, “is already late.”", [BO]);
    expect(r.filter((q) => q.kind !== "indirect").map((q) => q.who)).toEqual(["Bo Chen", "Bo Chen"]);
  });

  it("a continuation quote inherits the last speaker", () => {
    const r = run("“We are ready,” Chen said. “The team has trained for months.”", [BO]);
    expect(r.map((q) => q.who)).toEqual(["Bo Chen", "Bo Chen"]);
    expect(r[1]!.cue).toBeNull();
  });

  it("a multi-paragraph quote with no closing mark until the end", () => {
    const text = "“The first part of the plan is simple,” Ruiz said. “We fix the roads.\n\n“Then we fix the bridges, one by one.”\n\nThe council meets again next week.";
    const r = run(text, [ANA]);
    expect(r.map((q) => [q.kind, q.who])).toEqual([["direct", "Ana Ruiz"], ["direct", "Ana Ruiz"], ["direct", "Ana Ruiz"]]);
    expect(r[1]!.content).toBe("We fix the roads.");
  });

  it("a partial quote inside reported speech", () => {
    const r = run("Ruiz said the plan was “a disaster for drivers” and should stop.", [ANA]);
    expect(r).toContainEqual(expect.objectContaining({ kind: "partial", content: "a disaster for drivers", who: "Ana Ruiz" }));
    expect(r).toContainEqual(expect.objectContaining({ kind: "indirect", cue: "said", who: "Ana Ruiz" }));
  });

  it("scare quotes and names are not speech", () => {
    expect(run("The so-called “reform” passed on Monday.")).toEqual([]);
    expect(run("Police ended a practice known as “catch and release” in May.")).toEqual([]);
    expect(run("The mayor opposed the “temporary” measures on Monday.")).toEqual([]);
  });

  it("a group speaks: a country or an organization", () => {
    const r = run("The White House said the talks would resume in June.", [], [{ name: "White House" }]);
    expect(r).toEqual([expect.objectContaining({ kind: "indirect", who: "White House", content: "the talks would resume in June" })]);
  });

  it("anonymous sources are marked as such", () => {
    const r = run("Officials said the plant would close next year.");
    expect(r[0]).toMatchObject({ kind: "indirect", anonymous: true, who: "anonymous: Officials" });
    const r2 = run("The deal is nearly done, according to a person familiar with the talks.");
    expect(r2[0]).toMatchObject({ kind: "indirect", anonymous: true, content: "The deal is nearly done" });
  });

  it("reported speech with 'told … that' and a trailing attribution", () => {
    expect(run("Chen told the council that the budget was balanced.", [BO])[0]).toMatchObject({ content: "the budget was balanced", who: "Bo Chen" });
    expect(run("The budget is balanced for the first time, Chen added.", [BO])[0]).toMatchObject({ content: "The budget is balanced for the first time", who: "Bo Chen" });
  });

  it("a quote with no attribution says so", () => {
    const r = run("The report ends with “a long list of problems that nobody has fixed yet” in its final pages.");
    expect(r[0]).toMatchObject({ kind: "partial", who: "no attribution found" });
  });

  it("a pronoun speaker resolves to the person who spoke last", () => {
    const r = run("“We are ready,” Chen said.\n\n“The team has trained,” he added.", [BO, ANA]);
    expect(r.map((q) => q.who)).toEqual(["Bo Chen", "Bo Chen"]);
  });
});
