// Invariants every generated quiz must hold, over every article in content/library (the seed
// and the VOA corpus): keys grounded in their evidence, no supported distractor, no duplicates,
// sane options, answers not given away, a balanced default set, determinism.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../../ingest";
import { analyze, type Analysis } from "../../analyze";
import { generate, type Question } from "../index";

const LIBRARY = new URL("../../../../content/library/", import.meta.url);
const files = readdirSync(LIBRARY).filter((f) => f.endsWith(".txt")).sort();

function load(file: string): Analysis {
  const r = ingest(new Uint8Array(readFileSync(new URL(file, LIBRARY))));
  if (!r.ok) throw new Error(`${file} did not ingest`);
  return analyze(r.article);
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const BLANK = "_____";

/** The quotation a who-said / literal-who / conflicting-claims question is about (its id ends with the content offset). */
function quotationOf(a: Analysis, q: Question) {
  const at = Number(q.id.split(":").pop());
  return a.quotations.find((x) => x.content.start === at);
}

describe.each(files)("%s", (file) => {
  const a = load(file);
  const g = generate(a);
  const all = [...g.pool];

  it("keeps 10–15 questions where the article allows, both categories", () => {
    // A pool of 15 accepted candidates is enough for a full quiz; below that, take what passes.
    expect(g.questions.length).toBeGreaterThanOrEqual(g.pool.length >= 15 ? 10 : Math.min(5, g.pool.length));
    expect(g.questions.length).toBeLessThanOrEqual(15);
    const cats = new Set(g.questions.map((q) => q.category));
    expect(cats).toEqual(new Set(g.pool.map((q) => q.category)));
  });

  it("has no duplicate ids or prompts", () => {
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
    expect(new Set(g.questions.map((q) => q.prompt)).size).toBe(g.questions.length);
  });

  it("slices every evidence span exactly", () => {
    for (const q of all) {
      if (q.format !== "open") expect(q.evidence.length, q.id).toBeGreaterThan(0);
      for (const e of q.evidence) {
        expect(e.start, q.id).toBeGreaterThanOrEqual(0);
        expect(e.end, q.id).toBeLessThanOrEqual(a.text.length);
        expect(a.text.slice(e.start, e.end), q.id).toBe(e.text);
      }
    }
  });

  it("has a valid key and sane options", () => {
    for (const q of all) {
      if (q.format === "open") continue;
      if (q.format === "short") {
        expect(q.key.accepted?.length, q.id).toBeGreaterThan(0);
        continue;
      }
      const options = q.options ?? [];
      expect(options.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.key.option, q.id).toBeGreaterThanOrEqual(0);
      expect(q.key.option!, q.id).toBeLessThan(options.length);
      for (const o of options) {
        expect(o.trim().length, q.id).toBeGreaterThan(0);
        expect(o.length, q.id).toBeLessThanOrEqual(320);
      }
      expect(new Set(options.map(norm)).size, q.id).toBe(options.length);
    }
  });

  it("finds each name, place or number key in its evidence and not in its prompt", () => {
    for (const q of all) {
      const kind = q.key.answerKind;
      if (!kind || kind === "text" || q.key.option === undefined) continue;
      const key = norm(q.options![q.key.option]!);
      const evidence = ` ${norm(q.evidence.map((e) => e.text).join(" "))} `;
      const words = key.split(" ").filter((w) => w.length > 1);
      // A person's evidence names them as the article does on that line (often the surname only).
      if (kind === "person") expect(words.some((w) => evidence.includes(` ${w} `)), `${q.id}: ${key}`).toBe(true);
      else for (const word of words) expect(evidence, `${q.id}: ${word}`).toContain(` ${word} `);
      expect(` ${norm(q.prompt.replaceAll(BLANK, " "))} `, q.id).not.toContain(` ${key} `);
    }
  });

  it("attributes each quotation to the key's person and to no distractor", () => {
    for (const q of all.filter((x) => x.type === "who-said" || x.type === "literal-who" || x.type === "conflicting-claims")) {
      const quote = quotationOf(a, q);
      expect(quote, q.id).toBeDefined();
      const speaker = a.people.find((p) => p.id === quote!.speaker.personId);
      expect(q.options![q.key.option!], q.id).toBe(speaker?.name);
      // No other quotation with the same words belongs to a distractor.
      const sameWords = a.quotations.filter((x) => x.start < quote!.end && quote!.start < x.end);
      const speakers = new Set(sameWords.map((x) => a.people.find((p) => p.id === x.speaker.personId)?.name));
      q.options!.forEach((o, i) => {
        if (i !== q.key.option) expect(speakers.has(o), `${q.id}: ${o}`).toBe(false);
      });
    }
  });

  it("keys the sentence that attributes the quotation in an evidence question, and no distractor repeats it", () => {
    for (const q of all.filter((x) => x.id.startsWith("evidence:quote:"))) {
      const quote = quotationOf(a, q)!;
      expect(quote, q.id).toBeDefined();
      const key = q.options![q.key.option!]!;
      const words = norm(quote.content.text).split(" ").slice(0, 4).join(" ");
      expect(norm(key), q.id).toContain(words);
      for (const o of q.options!) if (o !== key) expect(norm(o), `${q.id}: ${o}`).not.toContain(words);
    }
  });

  it("finds each cause or earlier event in its evidence sentence, and no distractor there", () => {
    for (const q of all.filter((x) => x.type === "cause-effect" || x.type === "sequence")) {
      const evidence = norm(q.evidence.map((e) => e.text).join(" "));
      q.options!.forEach((o, i) => expect(evidence.includes(norm(o)), `${q.id}: ${o}`).toBe(i === q.key.option));
    }
  });

  it("makes no cloze distractor fit the article's sentence", () => {
    for (const q of all.filter((x) => x.format === "cloze")) {
      const sentence = /“(.*)”$/s.exec(q.prompt)![1]!;
      const at = sentence.indexOf(BLANK);
      const before = sentence.slice(Math.max(0, at - 25), at);
      const after = sentence.slice(at + BLANK.length, at + BLANK.length + 25);
      q.options!.forEach((o, i) => {
        if (i !== q.key.option) expect(a.text.includes(before + o + after), `${q.id}: ${o}`).toBe(false);
      });
    }
  });

  it("grounds each literal when/where/what answer in its evidence, leaves it out of the prompt, and offers no distractor from the key's sentence", () => {
    for (const q of all.filter((x) => x.type === "literal-when" || x.type === "literal-where" || x.type === "literal-what")) {
      const [sentence, answer] = q.evidence;
      expect(sentence!.text, q.id).toContain(answer!.text);
      const accepted = q.key.accepted ?? [];
      expect(accepted[0], q.id).toBe(answer!.text);
      expect(` ${norm(q.prompt)} `, q.id).not.toContain(` ${norm(answer!.text)} `);
      expect(q.prompt, q.id).toMatch(/^(?:When|Where|What) (?:did|was|were|is|are|has|have|had|will|would|can|could|should|must|may|might) /);
      expect(q.prompt, q.id).not.toMatch(/\b(?:he|she|him|they|them|it)\b/i);
      if (q.format === "mc") {
        q.options!.forEach((o, i) => {
          if (i !== q.key.option) expect(` ${norm(sentence!.text)} `, `${q.id}: ${o}`).not.toContain(` ${norm(o)} `);
        });
      }
    }
  });

  it("keys “Not stated” only for a statement no sentence of the article makes", () => {
    for (const q of all.filter((x) => x.type === "true-false" && x.key.option === 2)) {
      const statement = /“(.*)”$/s.exec(q.prompt)![1]!;
      expect(a.text, q.id).not.toContain(statement.replace(/[.]$/, ""));
      // Each joined fact is stated, in its own evidence sentence.
      expect(q.evidence.length, q.id).toBe(2);
    }
  });

  it("is deterministic, and a seed gives alternates", () => {
    expect(JSON.parse(JSON.stringify(generate(a)))).toEqual(JSON.parse(JSON.stringify(g)));
    const alt = generate(a, { seed: 1 });
    expect(alt.questions.map((q) => [q.id, q.options])).not.toEqual(g.questions.map((q) => [q.id, q.options]));
  });
});
