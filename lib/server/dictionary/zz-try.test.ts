import { test } from "vitest";
import { readFileSync } from "node:fs";
import { WordNetDictionary } from "@/lib/server/dictionary/wordnet-reader";
import { ingestText } from "@/lib/engine/ingest";
import { sentencesOf } from "@/lib/engine/analyze/sentences";
import { findVocabulary } from "@/lib/engine/analyze/vocabulary";
test("x", () => {
  const d = new WordNetDictionary();
  for (const f of [process.env.F ?? "/work/shared/seed/000_91c7a3b5aaffd13d.txt"]) {
    const r = ingestText(readFileSync(f, "utf8")); if (!r.ok) throw new Error();
    const a = r.article; const s = sentencesOf(a.text, a.paragraphs);
    const t = Date.now();
    const v = findVocabulary(a.text, s, d, { max: Number(process.env.M ?? 8) });
    console.log(Date.now() - t);
    for (const i of v) console.log(`${i.text} → ${i.lemma} (${i.pos}) #${i.senseIndex} p${i.paragraph}: ${i.definition}\n   other: ${i.otherSenses.join(" | ")}\n   distr: ${i.distractors.join(" | ")}`);
  }
});
