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

/** Articles whose default quiz has an evidence question that, before the refit, offered such a sentence. */
const EVIDENCE_ARTICLES = ["bloomberg-tillerson-un-north-korea.txt", "congressional-movement-grows-to-save-daca-by-years.txt"];

describe.each(EVIDENCE_ARTICLES)("%s", (file) => {
  it("the evidence question's wrong options are not sentences that answer a true/false, cloze or who-said question", () => {
    const { text, quiz } = quizOf(file);
    const evidence = quiz.filter((q) => q.type === "evidence");
    expect(evidence.length).toBeGreaterThan(0);
    for (const q of evidence) {
      const key = typeof q.key === "object" && q.key !== null && "option" in q.key ? q.key.option : -1;
      const shown = new Set((q.options ?? []).filter((_, i) => i !== key).flatMap((o) => [...runs(o)]));
      const given = quiz
        .filter((o) => o.format === "tf" || o.format === "cloze" || o.type === "who-said")
        .filter((o) => o.evidence.some((e) => [...runs(text.slice(e.start, e.end))].some((x) => shown.has(x))))
        .map((o) => o.id);
      expect(given, q.id).toEqual([]);
    }
  });
});
