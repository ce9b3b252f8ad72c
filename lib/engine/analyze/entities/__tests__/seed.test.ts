// The seed article (Bloomberg, closing quotes repaired by ingest): nine people with their
// roles, and the mentions the quotation pass relies on to attribute Tillerson's words.
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { prepare } from "./prepare";

const seedPath = fileURLToPath(new URL("../../../../../../shared/seed/000_91c7a3b5aaffd13d.txt", import.meta.url));

describe.skipIf(!existsSync(seedPath))("seed article", () => {
  const { text, entities } = prepare(readFileSync(seedPath, "utf8"));
  const person = (name: string) => entities.people.find((p) => p.name === name)!;
  const group = (name: string) => entities.groups.find((g) => g.name === name);

  it("names Tillerson as Secretary of State and 'the top US diplomat' as him", () => {
    const rex = person("Rex Tillerson");
    expect(rex.role).toBe("Secretary of State");
    expect(rex.mentions.find((m) => m.kind === "title")?.text).toBe("the top US diplomat");
    expect(rex.mentions.filter((m) => m.kind === "surname").length).toBeGreaterThanOrEqual(10);
  });

  it("links pronouns only where one person fits", () => {
    const rex = person("Rex Tillerson");
    expect(rex.mentions.some((m) => m.kind === "pronoun" && m.text === "He")).toBe(true);
    // "the US “would love to have his help”": Trump and Putin compete, so nobody gets "his".
    const last = text.lastIndexOf("his help");
    expect(entities.people.some((p) => p.mentions.some((m) => m.start === last))).toBe(false);
  });

  it("keeps Kim Jong Un apart from his regime and links “Kim’s”", () => {
    const kim = person("Kim Jong Un");
    expect(kim.mentions[0]!.text).toBe("Kim Jong Un");
    expect(kim.mentions.filter((m) => m.text === "Kim").length).toBe(3);
  });

  it("reads roles and affiliations written before and after names", () => {
    expect(person("Wu Haitao")).toMatchObject({ role: "China’s deputy UN ambassador", affiliation: "China" });
    expect(person("Ja Song Nam")).toMatchObject({ role: "North Korea’s Ambassador", affiliation: "North Korea" });
    expect(person("Jeffrey Feltman")).toMatchObject({ role: "United Nations envoy to North Korea", affiliation: "United Nations" });
    expect(person("Vladimir Putin")).toMatchObject({ role: "Russian President", affiliation: "Russia" });
  });

  it("finds countries with demonyms and capitals that act", () => {
    expect(group("Russia")?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["Russian", "Moscow"]));
    expect(group("China")?.mentions.some((m) => m.text === "Chinese" && m.form === "demonym")).toBe(true);
    expect(group("North Korea")?.mentions.some((m) => m.text === "North Koreans")).toBe(true);
    expect(group("United Nations Security Council")?.kind).toBe("organization");
    expect(group("Pentagon")?.kind).toBe("organization");
    // Pyongyang is where ties are cut, not a speaker: a place.
    expect(group("Pyongyang")?.kind).toBe("place");
  });

  it("gives every mention offsets into the text", () => {
    for (const p of entities.people) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const g of entities.groups) for (const m of g.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
