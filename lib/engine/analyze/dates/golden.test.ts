// Corpus tests: hand-labelled gold (precision/recall) and reviewed output snapshots of every
// article. Regenerate the snapshots with: UPDATE_GOLDEN=1 npx vitest run lib/engine/analyze/dates
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DateMention } from "../types";
import { findDates } from "./find-dates";
import { addScores, score, type Label } from "../numbers/__golden__/labels";

const shared = new URL("../../../../../shared/", import.meta.url);
const labelsDir = new URL("./__golden__/labels/", import.meta.url);
const outputDir = new URL("./__golden__/output/", import.meta.url);
const update = process.env.UPDATE_GOLDEN === "1";

type DateLabel = Label & Pick<DateMention, "kind" | "normalized">;

function sameDate(g: DateLabel, p: DateMention): boolean {
  return g.kind === p.kind && g.normalized === p.normalized;
}

describe.skipIf(!existsSync(shared))("findDates on the corpus", () => {
  const labelFiles = readdirSync(labelsDir).filter((f) => f.endsWith(".json"));

  it("matches the hand-labelled gold articles", () => {
    const scores = labelFiles.map((file) => {
      const label = JSON.parse(readFileSync(new URL(file, labelsDir), "utf8")) as { article: string; dates: DateLabel[] };
      const article = readFileSync(new URL(label.article, shared), "utf8");
      return score(article, label.dates, findDates(article), sameDate);
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
    const found = findDates(article);
    for (const q of found) expect(article.slice(q.start, q.end)).toBe(q.text);
    const file = new URL(path.replace(/^.*\//, "").replace(/\.txt$/, ".json"), outputDir);
    if (update || !existsSync(file)) {
      mkdirSync(outputDir, { recursive: true });
      writeFileSync(file, JSON.stringify(found, null, 1) + "\n");
    }
    expect(found).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});

describe("findDates grows linearly", () => {
  it("finds every date of a text repeated 400 times", () => {
    const sentence = "On Tuesday, earlier this week, the Nov. 28 vote at 10 a.m. recalled 1953 and last month. ";
    const one = findDates(sentence).length;
    expect(findDates(sentence.repeat(400))).toHaveLength(one * 400);
  });
});
