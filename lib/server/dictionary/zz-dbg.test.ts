import { test } from "vitest";
import { readFileSync } from "node:fs";
import { WordNetDictionary } from "@/lib/server/dictionary/wordnet-reader";
import { ingestText } from "@/lib/engine/ingest";
import { sentencesOf } from "@/lib/engine/analyze/sentences";
import { sentenceWords } from "@/lib/engine/analyze/vocabulary/01-words";
import { capitalizedForms, isCandidate } from "@/lib/engine/analyze/vocabulary/02-candidates";
import { tagWord } from "@/lib/engine/analyze/vocabulary/03-tag";
import { isWorthDefining, rarityScore, totalFrequency } from "@/lib/engine/analyze/vocabulary/05-rank";
test("x", () => {
  const d = new WordNetDictionary();
  const r = ingestText(readFileSync(process.env.F ?? "/work/shared/seed/000_91c7a3b5aaffd13d.txt", "utf8")); if (!r.ok) throw new Error();
  const a = r.article; const s = sentencesOf(a.text, a.paragraphs);
  const ws = s.map((x) => sentenceWords(a.text, x)); const names = capitalizedForms(ws.flat());
  const rows: string[] = [];
  for (const words of ws) for (const w of words) {
    if (!isCandidate(w, names)) continue;
    const t = tagWord(w, words, d);
    rows.push(`${w.text}\t${t ? t.lemma + "/" + t.pos + " n=" + t.senses.length + " f=" + totalFrequency(t.senses) + " worth=" + isWorthDefining(t.senses) + " score=" + rarityScore(w.lower, t.senses, 1).toFixed(2) : "NONE"}`);
  }
  console.log(rows.join("\n"));
  console.log(JSON.stringify(d.senses("implementation","noun").map(x=>x.synonyms)));
});
