// Answer-key balance of the default quizzes: true/false/not-stated keys and the position of the
// multiple-choice key (A–D). A student who always answers "True" or always picks "A" should not do
// well. Run: npx tsx bench/keys.ts [folder of .txt articles, content/library by default]
import { generate } from "../lib/engine/generate";
import { analyzeWithDictionary } from "../scripts/evident/vocabulary";
import { loadCorpus, table } from "./corpus";
import { keyBalance } from "./key-balance";

const corpus = loadCorpus(process.argv[2]);
const quizzes = corpus.map((c) => generate(analyzeWithDictionary(c.article)).questions);
const b = keyBalance(quizzes);
console.log(`Answer keys over ${corpus.length} default quizzes in ${process.argv[2] ?? "content/library"}`);
console.log(table([["true/false key", "questions"], ...Object.entries(b.tf)]));
console.log(table([["choice key position", "questions"], ...Object.entries(b.mc)]));
console.log(`choice key letter: ${Object.entries(b.letters).map(([l, n]) => `${l} ${n}`).join(", ")}`);
console.log(`always the same answer (A = True on true/false): ${Object.entries(b.always).map(([l, n]) => `${l} ${n}`).join("; ")}`);
console.log(`quizzes whose true/false questions all share one key (2 or more): ${b.tfSameKey} of ${b.tfPairs}`);
