// Cross-question reveals in the default quizzes: pairs of questions in one quiz where one
// question's visible text (prompt and options) repeats a run of 8 words or more from the
// sentence another question is asked about (its evidence). Whole-article questions, whose
// evidence only illustrates the answer, are not counted as asked about. Works from the public
// Question output only, so it counts the same way before and after a change to generation.
// Run: npx tsx bench/reveals.ts [folder of .txt articles, content/library by default]
import { generate, type Question } from "../lib/engine/generate";
import { analyzeWithDictionary } from "../scripts/evident/vocabulary";
import { loadCorpus } from "./corpus";

const WHOLE_ARTICLE = new Set<Question["type"]>(["news-or-opinion", "whats-missing", "named-or-anonymous"]);
const RUN = 8;
/** Questions whose key is stated in their sentence: showing it answers them. */
const STATED = new Set<Question["type"]>(["true-false", "cloze", "who-said", "cause-effect", "literal-who", "literal-how-many", "literal-when", "literal-where", "literal-what"]);
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
const runs = (s: string) => {
  const w = words(s);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(" "));
  return out;
};

export function reveals(text: string, quiz: Question[]): { shows: Question; asked: Question; words: string }[] {
  const out: { shows: Question; asked: Question; words: string }[] = [];
  for (const asked of quiz) {
    if (WHOLE_ARTICLE.has(asked.type)) continue;
    const target = new Set(asked.evidence.flatMap((e) => [...runs(text.slice(e.start, e.end))]));
    for (const shows of quiz) {
      if (shows === asked) continue;
      const visible = [shows.prompt, ...(shows.options ?? [])].join(" \n ");
      const hit = [...runs(visible)].find((r) => target.has(r));
      if (hit) out.push({ shows, asked, words: hit });
    }
  }
  return out;
}

if (process.argv[1]?.endsWith("reveals.ts")) {
  const corpus = loadCorpus(process.argv[2]);
  let total = 0;
  let quizzes = 0;
  let stated = 0;
  for (const c of corpus) {
    const a = analyzeWithDictionary(c.article);
    const found = reveals(a.text, generate(a).questions);
    if (found.length) quizzes++;
    total += found.length;
    stated += found.filter((f) => STATED.has(f.asked.type)).length;
    for (const f of found) console.log(`${c.file}: ${f.shows.id} shows “${f.words} …” from ${f.asked.id}`);
  }
  console.log(`${total} cross-question reveals in ${quizzes} of ${corpus.length} default quizzes (${process.argv[2] ?? "content/library"})`);
  console.log(`${stated} of them show the sentence that states another question's key (true/false, cloze, who said it, literal, cause and effect)`);
}
