// Corpus tests: hand-labelled gold (precision/recall) and reviewed output snapshots of every
// article. Regenerate the snapshots with: UPDATE_GOLDEN=1 npx vitest run lib/engine/analyze/numbers
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Quantity } from "../types";
import { findQuantities } from "./find-quantities";
import { addScores, score, type Label } from "./__golden__/labels";

const shared = new URL("../../../../../shared/", import.meta.url);
const labelsDir = new URL("./__golden__/labels/", import.meta.url);
const outputDir = new URL("./__golden__/output/", import.meta.url);
const update = process.env.UPDATE_GOLDEN === "1";

type QuantityLabel = Label & Pick<Quantity, "kind" | "value" | "unit" | "parts">;

function sameQuantity(g: QuantityLabel, p: Quantity): boolean {
  return g.kind === p.kind && Math.abs(g.value - p.value) < 1e-9 && g.unit === p.unit && JSON.stringify(g.parts) === JSON.stringify(p.parts);
}

describe.skipIf(!existsSync(shared))("findQuantities on the corpus", () => {
  const labelFiles = readdirSync(labelsDir).filter((f) => f.endsWith(".json"));

  it("matches the hand-labelled gold articles", () => {
    const scores = labelFiles.map((file) => {
      const label = JSON.parse(readFileSync(new URL(file, labelsDir), "utf8")) as { article: string; quantities: QuantityLabel[] };
      const article = readFileSync(new URL(label.article, shared), "utf8");
      return score(article, label.quantities, findQuantities(article), sameQuantity);
    });
    const total = addScores(scores);
    // Recall and precision on exact spans with every attribute right.
    expect(total.fullMatches / total.gold).toBeGreaterThanOrEqual(0.95);
    expect(total.fullMatches / total.found).toBeGreaterThanOrEqual(0.95);
  });

  const articles = [
    "seed/000_91c7a3b5aaffd13d.txt",
    ...readdirSync(new URL("corpus/voa/", shared)).filter((f) => f.endsWith(".txt")).map((f) => `corpus/voa/${f}`),
  ];
  it.each(articles)("%s matches its reviewed snapshot", (path) => {
    const article = readFileSync(new URL(path, shared), "utf8");
    const found = findQuantities(article);
    for (const q of found) expect(article.slice(q.start, q.end)).toBe(q.text);
    const file = new URL(path.replace(/^.*\//, "").replace(/\.txt$/, ".json"), outputDir);
    if (update || !existsSync(file)) {
      mkdirSync(outputDir, { recursive: true });
      writeFileSync(file, JSON.stringify(found, null, 1) + "\n");
    }
    expect(found).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});

describe("findQuantities grows linearly", () => {
  it("finds every quantity of a text repeated 400 times", () => {
    const sentence = "The Senate voted 7-2 on $3.4 million for 39 senators and 64% of 1.8 million people on Nov. 28. ";
    const one = findQuantities(sentence).length;
    expect(findQuantities(sentence.repeat(400))).toHaveLength(one * 400);
  });
});
