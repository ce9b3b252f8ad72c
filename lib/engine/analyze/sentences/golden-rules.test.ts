// Scores the splitter on the 48 English golden rules (the pySBD suite) and fails below 46.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./index";

interface GoldenRule {
  text: string;
  expected: string[];
}

const RULES_FILE = new URL("../../../../../shared/corpus/golden-rules-en.json", import.meta.url);
const rules = JSON.parse(readFileSync(RULES_FILE, "utf8")) as GoldenRule[];
const TARGET = 46;

describe("golden rules (English)", () => {
  it(`passes at least ${TARGET} of ${rules.length}`, () => {
    const failures: string[] = [];
    rules.forEach((rule, n) => {
      const actual = splitSentences(rule.text).map((s) => s.text);
      if (JSON.stringify(actual) !== JSON.stringify(rule.expected)) {
        failures.push(`#${n + 1} ${JSON.stringify(rule.text)}\n   got ${JSON.stringify(actual)}`);
      }
    });
    const score = rules.length - failures.length;
    console.log(`golden rules: ${score}/${rules.length}${failures.length ? `\nfailing:\n${failures.join("\n")}` : ""}`);
    expect(rules.length).toBe(48);
    expect(score).toBeGreaterThanOrEqual(TARGET);
  });

  it("returns spans whose offsets cut out their text", () => {
    for (const rule of rules) {
      for (const s of splitSentences(rule.text)) expect(rule.text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
