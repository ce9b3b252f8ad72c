import "server-only";
// Which meaning to show for a word a student picked: the article's own sense when it is one of
// the article's vocabulary words, else the dictionary's commonest sense of its likeliest part of
// speech.
import lemmatizer from "wink-lemmatizer";
import type { Analysis } from "@/lib/engine";
import type { Dictionary, DictionarySense, PartOfSpeech } from "@/lib/engine/analyze/vocabulary";
import type { Definition } from "@/components/reading/definition";

const ORDER: PartOfSpeech[] = ["noun", "verb", "adj", "adv"];

function lemmaFor(word: string, pos: PartOfSpeech): string {
  if (pos === "noun") return lemmatizer.noun(word);
  if (pos === "verb") return lemmatizer.verb(word);
  if (pos === "adj") return lemmatizer.adjective(word);
  return word;
}

function normalize(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, "");
}

export function defineWord(analysis: Analysis | null, dictionary: Dictionary, picked: string, at: number | null): Definition | null {
  const word = normalize(picked);
  const vocabulary = analysis?.vocabulary ?? [];
  const item =
    (at !== null ? vocabulary.find((v) => v.start <= at && at < v.end) : undefined) ??
    vocabulary.find((v) => normalize(v.text) === word || lemmaFor(word, v.pos) === v.lemma);
  if (item) {
    const sense = dictionary.senses(item.lemma, item.pos)[item.senseIndex];
    return { word: picked, lemma: item.lemma, pos: item.pos, definition: item.definition, inArticleSense: true, example: sense?.examples?.[0] ?? null };
  }
  let best: { lemma: string; pos: PartOfSpeech; sense: DictionarySense; score: number } | null = null;
  for (const pos of ORDER) {
    const lemma = lemmaFor(word, pos);
    const senses = dictionary.senses(lemma, pos);
    if (senses.length === 0) continue;
    // Tagged-corpus frequency decides between parts of speech; the number of senses breaks ties.
    const score = senses.reduce((sum, s) => sum + (s.frequency ?? 0), 0) * 100 + senses.length;
    if (!best || score > best.score) best = { lemma, pos, sense: senses[0]!, score };
  }
  if (!best) return null;
  return { word: picked, lemma: best.lemma, pos: best.pos, definition: best.sense.definition, inArticleSense: false, example: best.sense.examples?.[0] ?? null };
}
