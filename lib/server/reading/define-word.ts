import "server-only";
// Which meaning to show for a word a student picked: the article's own sense when it is one of
// the article's vocabulary words, else the dictionary's commonest sense of its likeliest part of
// speech. Words a vocabulary question asks about are withheld while the quiz is on the page:
// looking one up would hand the student the key.
import lemmatizer from "wink-lemmatizer";
import type { Analysis, Question } from "@/lib/engine";
import type { Dictionary, DictionarySense, PartOfSpeech } from "@/lib/engine/analyze/vocabulary";
import type { Definition } from "@/lib/reading/definition";

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

/** The words a quiz's vocabulary questions ask about: every form, and where the article has them. */
export interface Withheld {
  forms: Set<string>;
  spans: { start: number; end: number }[];
}

export function testedWords(text: string, questions: readonly Question[]): Withheld {
  const out: Withheld = { forms: new Set(), spans: [] };
  for (const q of questions) {
    // A vocabulary question's first evidence span is the word it asks about.
    const span = q.type === "vocabulary" ? q.evidence[0] : undefined;
    if (!span) continue;
    const word = normalize(text.slice(span.start, span.end));
    out.forms.add(word);
    for (const pos of ORDER) out.forms.add(lemmaFor(word, pos));
    out.spans.push({ start: span.start, end: span.end });
  }
  return out;
}

/** True when the picked word (or the place it was picked at) is one the quiz asks about. */
export function isWithheld(withheld: Withheld, picked: string, at: number | null = null): boolean {
  if (at !== null && withheld.spans.some((s) => s.start <= at && at < s.end)) return true;
  const word = normalize(picked);
  return withheld.forms.has(word) || ORDER.some((pos) => withheld.forms.has(lemmaFor(word, pos)));
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
