// The central idea's wrong options are true details of the article, and an evidence question's are
// other sentences of it. They must not be the sentence a true/false or cloze question of the same
// quiz asks about, which would answer it outright, nor (for evidence questions) the sentence that
// names the speaker a "who said it?" question asks for. These library articles (analysed without
// the dictionary, as here) have enough other sentences to choose from; on a few short articles
// the refit finds too few and the central idea keeps its first details (bench/reveals.ts counts them).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../../ingest";
import { analyze } from "../../analyze";
import { generate } from "../index";
import { makeContext } from "../context";
import { evidence } from "../candidates/evidence";
import { evidenceQuote } from "../candidates/evidence-quote";

const LIBRARY = new URL("../../../../content/library/", import.meta.url);
const ARTICLES = [
  "congressional-movement-grows-to-save-daca-by-years.txt",
  "house-republicans-clear-key-first-step-to-send.txt",
  "lawyers-to-challenge-sessions-ruling-in-asylum-case.txt",
  "us-high-court-rules-police-need-warrant-to.txt",
  "us-house-has-next-try-on-difficult-immigration.txt",
  "us-supreme-court-upholds-trumps-travel-ban.txt",
  "us-top-court-sides-with-baker-in-gay.txt",
];

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
/** Runs of 8 words: a shared run means the option repeats the sentence. */
const runs = (s: string) => {
  const w = words(s);
  return new Set(Array.from({ length: Math.max(0, w.length - 7) }, (_, i) => w.slice(i, i + 8).join(" ")));
};

function quizOf(file: string) {
  const r = ingest(new Uint8Array(readFileSync(new URL(file, LIBRARY))));
  if (!r.ok) throw new Error(`${file} did not ingest`);
  const a = analyze(r.article);
  return { text: a.text, quiz: generate(a).questions };
}

describe.each(ARTICLES)("%s", (file) => {
  it("the central idea's options show no sentence a true/false or cloze question asks about", () => {
    const { text, quiz } = quizOf(file);
    const central = quiz.find((q) => q.type === "central-idea");
    expect(central).toBeDefined();
    const shown = new Set((central!.options ?? []).flatMap((o) => [...runs(o)]));
    const given = quiz
      .filter((q) => q.format === "tf" || q.format === "cloze")
      .filter((q) => q.evidence.some((e) => [...runs(text.slice(e.start, e.end))].some((x) => shown.has(x))))
      .map((q) => q.id);
    expect(given).toEqual([]);
  });
});

/**
 * The evidence generators themselves, asked to avoid the very sentences they first offered as
 * wrong options (as the refit does with the sentences other questions ask about): the same
 * question comes back with none of them. Independent of which questions the default quiz picks.
 */
const EVIDENCE_ARTICLES = ["bloomberg-tillerson-un-north-korea.txt", "congressional-movement-grows-to-save-daca-by-years.txt", "us-high-court-rules-police-need-warrant-to.txt", "iran-protests-revive-bitter-us-political-divides.txt"];

describe.each(EVIDENCE_ARTICLES)("%s", (file) => {
  it("an evidence question made again around other questions' sentences offers none of them", () => {
    const r = ingest(new Uint8Array(readFileSync(new URL(file, LIBRARY))));
    if (!r.ok) throw new Error(`${file} did not ingest`);
    const a = analyze(r.article);
    const ctx = makeContext(a, 0);
    const first = [...evidence(ctx), ...evidenceQuote(ctx)];
    let remade = 0;
    for (const c of first) {
      const q = c.question;
      const wrong = (q.options ?? []).filter((_, i) => i !== q.key.option);
      const avoid = a.sentences.filter((s) => wrong.some((o) => s.text.includes(o.slice(0, 60))));
      expect(avoid.length, q.id).toBeGreaterThan(0);
      const again = [...evidence(ctx, avoid), ...evidenceQuote(ctx, avoid)].find((x) => x.question.id === q.id)?.question;
      if (!again) continue;
      remade++;
      expect(again.options![again.key.option!], q.id).toBe(q.options![q.key.option!]);
      for (const o of again.options!) expect(avoid.some((s) => s.text.includes(o.slice(0, 60))), `${q.id}: ${o}`).toBe(false);
    }
    expect(remade).toBeGreaterThan(0);
  });
});
