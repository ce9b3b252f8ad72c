// One sentence, one expectation: name shapes, roles, what is not a person, pronouns, groups.
import { describe, expect, it } from "vitest";
import { few, one } from "./prepare";

const names = (text: string) => one(text).people.map((p) => p.name);
const roleOf = (text: string, name: string) => one(text).people.find((p) => p.name === name)?.role;

describe("name shapes", () => {
  it.each([
    ["Trade chief Ngozi Okonjo-Iweala said prices would rise.", "Ngozi Okonjo-Iweala"],
    ["The mayor met Juan Carlos de la Vega on the steps.", "Juan Carlos de la Vega"],
    ["Prosecutors said Jonas E. Smith had left the country.", "Jonas E. Smith"],
    ["Earlier, Dr. Amara Osei told reporters the clinic was full.", "Amara Osei"],
    ["Gov. Ramon Ortiz said the roads were closed.", "Ramon Ortiz"],
    ["Martin Luther King Jr. spoke in 1963.", "Martin Luther King Jr."],
  ])("%s", (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe("roles", () => {
  it("takes a title before the name", () => {
    expect(roleOf("Senate Majority Leader Mitch McConnell said the vote would go ahead.", "Mitch McConnell")).toBe("Senate Majority Leader");
  });
  it("takes an appositive after the name", () => {
    expect(roleOf("Jim Mattis, the defense secretary, said nothing.", "Jim Mattis")).toBe("defense secretary");
  });
  it("keeps 'a' in an indefinite appositive", () => {
    expect(roleOf("Maria Park, a crane operator, said the site was unsafe.", "Maria Park")).toBe("a crane operator");
  });
  it("takes an appositive before the name, after a speech verb", () => {
    const e = one("“We disagree,” said Brazil’s trade minister, Lucas Prado.");
    expect(e.people[0]).toMatchObject({ name: "Lucas Prado", role: "Brazil’s trade minister", affiliation: "Brazil" });
  });
  it("takes lower-case roles before the name", () => {
    expect(roleOf("The court sided with baker Jack Phillips on Monday.", "Jack Phillips")).toBe("baker");
  });
});

describe("not people", () => {
  it.each([
    "Addressing the United Nations Security Council, the envoy spoke for an hour.",
    "Specifically, North Korea must stop its tests on Capitol Hill and at the White House.",
    "The First Amendment’s clause was cited by the Supreme Court in March.",
    "Protesters carried signs reading Stop The War on Saturday.",
    "Officials at the Brookings Institution and Arlington National Cemetery agreed.",
  ])("%s", (text) => {
    expect(names(text)).toEqual([]);
  });
  it("does not take “regime” into a name", () => {
    expect(names("Talks with Kim Jong Un’s regime stalled.")).toEqual(["Kim Jong Un"]);
  });
});

describe("further mentions", () => {
  it("links a surname and a straight-apostrophe possessive to the full name", () => {
    const [rex] = few("Secretary of State Rex Tillerson spoke. Tillerson's aides left early.").people;
    expect(rex!.mentions.map((m) => [m.kind, m.text])).toEqual([["full-name", "Rex Tillerson"], ["surname", "Tillerson"]]);
  });
  it("links a pronoun when one person fits", () => {
    const [p] = few("Governor Ana Ruiz signed the bill. She said it was overdue.").people;
    expect(p!.mentions.map((m) => m.kind)).toEqual(["full-name", "pronoun"]);
  });
  it("leaves a pronoun unlinked when two people compete", () => {
    const e = few("Senator Tom Hale met Senator Bob Price. He said talks went well.");
    expect(e.people.flatMap((p) => p.mentions).some((m) => m.kind === "pronoun")).toBe(false);
  });
  it("links a title alone to the one person holding it", () => {
    const [p] = few("Governor Ana Ruiz signed the bill. The governor said it was overdue.").people;
    expect(p!.mentions.map((m) => m.text)).toContain("The governor");
  });
});

describe("groups", () => {
  const groups = (text: string) => one(text).groups.map((g) => [g.kind, g.name, g.mentions.map((m) => m.form).join(",")]);
  it("maps demonyms to countries", () => {
    expect(groups("Russian and Chinese diplomats met North Korean officials.")).toEqual([
      ["country", "Russia", "demonym"],
      ["country", "China", "demonym"],
      ["country", "North Korea", "demonym"],
    ]);
  });
  it("counts a capital as its country only when it acts", () => {
    expect(groups("Moscow said it would not attend.")).toEqual([["country", "Russia", "name"]]);
    expect(groups("The plane left Beijing at noon.")).toEqual([["place", "Beijing", "name"]]);
  });
  it("knows organizations by acronym and by shape", () => {
    expect(groups("The UN and the Hawaii Muslim Association objected.")).toEqual([
      ["organization", "United Nations", "acronym"],
      ["organization", "Hawaii Muslim Association", "name"],
    ]);
  });
  it("takes an unknown name after 'in' for a place", () => {
    expect(groups("The shop is in Lakewood, Colorado.")).toEqual([["place", "Lakewood", "name"], ["place", "Colorado", "name"]]);
  });
});
