// The handful of words a teacher would pre-teach, each with its lemma, part of speech, the
// sentence it is in, and the dictionary sense it is used in — plus wrong senses for a
// "vocabulary in context" question.
import type { Sentence, Span } from "../types";
import { sentenceWords, type SentenceWord } from "./01-words";
import { capitalizedForms, isCandidate } from "./02-candidates";
import { isInPhrase } from "./02-idioms";
import { isCommonWord } from "../readability/common-words";
import { tagWord, type TaggedWord } from "./03-tag";
import { chooseSense, onlySpecialist } from "./04-sense";
import { isWorthDefining, rarityScore } from "./05-rank";
import { otherSenses, pickDistractors } from "./distractors";
import type { Dictionary, DictionarySense, PartOfSpeech } from "./dictionary";

export interface VocabularyItem extends Span {
  lemma: string;
  pos: PartOfSpeech;
  /** The word as written at its first use. */
  text: string;
  /** The sentence of that first use. */
  sentence: Span;
  sentenceIndex: number;
  paragraph: number;
  /** The definition of the sense used there. */
  definition: string;
  /** Index of that sense in the dictionary's list for lemma and pos (0 = most frequent). */
  senseIndex: number;
  /** Definitions of the lemma's other senses (same part of speech), clearly distinct from the one used. */
  otherSenses: string[];
  /** Three wrong definitions for a multiple-choice question (fewer when the dictionary has too few). */
  distractors: string[];
  synonyms: string[];
}

export interface VocabularyOptions {
  /** How many words at most; default 8. */
  max?: number;
}

export const DEFAULT_MAX_WORDS = 8;
/** Extra cost for a second pick from one paragraph, so the list spans the article. */
const SAME_PARAGRAPH_PENALTY = 1;

interface Candidate {
  word: SentenceWord;
  tag: TaggedWord;
  sentence: Sentence;
  /** The sense used there (04-sense.ts). */
  senseIndex: number;
  score: number;
}

export function findVocabulary(text: string, sentences: readonly Sentence[], dictionary: Dictionary, options: VocabularyOptions = {}): VocabularyItem[] {
  const max = options.max ?? DEFAULT_MAX_WORDS;
  if (max <= 0) return [];
  const wordsBySentence = sentences.map((s) => sentenceWords(text, s));
  const names = capitalizedForms(wordsBySentence.flat());

  // First use of each lemma, with how often the lemma recurs.
  const firstUse = new Map<string, Omit<Candidate, "score" | "senseIndex">>();
  const occurrences = new Map<string, number>();
  sentences.forEach((sentence, i) => {
    const words = wordsBySentence[i]!;
    for (const word of words) {
      if (!isCandidate(word, names)) continue;
      const tag = tagWord(word, words, dictionary);
      // "taken" → "take": an irregular form of an everyday word is everyday too.
      if (!tag || isCommonWord(tag.lemma) || !isWorthDefining(tag.senses)) continue;
      if (isInPhrase(word, words, dictionary)) continue;
      const key = `${tag.lemma}|${tag.pos}`;
      occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
      if (!firstUse.has(key)) firstUse.set(key, { word, tag, sentence });
    }
  });
  const candidates: Candidate[] = [];
  for (const [key, c] of firstUse) {
    const sentence = text.slice(c.sentence.start, c.sentence.end);
    if (onlySpecialist(c.tag.senses, sentence)) continue;
    // A word whose sense cannot be told is left out: a wrong definition would be taught as right.
    const senseIndex = chooseSense(c.tag.senses, sentence, c.tag.lemma);
    if (senseIndex === null) continue;
    candidates.push({ ...c, senseIndex, score: rarityScore(c.word.lower, c.tag.senses, occurrences.get(key) ?? 1) });
  }

  const picked = spreadPick(candidates, max).sort((a, b) => a.word.start - b.word.start);
  const chosenSenses = picked.map((c) => c.senseIndex);
  return picked.map((c, i) => {
    const senseIndex = chosenSenses[i]!;
    const sense = c.tag.senses[senseIndex]!;
    const others = otherSenses(c.tag.senses, senseIndex, c.tag.lemma);
    // Other hard words of the article, same part of speech only (a wrong answer of another
    // kind is easy to rule out); closest in length first, so no option stands out by size.
    const otherWords: DictionarySense[] = candidates
      .filter((o) => o !== c && o.tag.pos === c.tag.pos)
      .map((o) => o.tag.senses[o.senseIndex]!)
      .sort((x, y) => Math.abs(x.definition.length - sense.definition.length) - Math.abs(y.definition.length - sense.definition.length));
    return {
      lemma: c.tag.lemma,
      pos: c.tag.pos,
      start: c.word.start,
      end: c.word.end,
      text: c.word.text,
      sentence: { start: c.sentence.start, end: c.sentence.end },
      sentenceIndex: c.sentence.index,
      paragraph: c.sentence.paragraph,
      definition: sense.definition,
      senseIndex,
      otherSenses: others.map((o) => o.definition),
      distractors: pickDistractors(sense, c.tag.lemma, others, otherWords),
      synonyms: sense.synonyms.filter((s) => s.toLowerCase() !== c.tag.lemma),
    };
  });
}

/** Greedy by score, each pick making the rest of its paragraph a little less attractive. */
function spreadPick(candidates: readonly Candidate[], max: number): Candidate[] {
  const remaining = [...candidates];
  const perParagraph = new Map<number, number>();
  const picked: Candidate[] = [];
  while (picked.length < max && remaining.length > 0) {
    let bestIndex = 0;
    let bestScore = -Infinity;
    remaining.forEach((c, i) => {
      const score = c.score - (perParagraph.get(c.sentence.paragraph) ?? 0) * SAME_PARAGRAPH_PENALTY;
      // Ties go to the earlier word, so the result does not depend on map order.
      if (score > bestScore || (score === bestScore && c.word.start < remaining[bestIndex]!.word.start)) {
        [bestIndex, bestScore] = [i, score];
      }
    });
    const [best] = remaining.splice(bestIndex, 1);
    picked.push(best!);
    perParagraph.set(best!.sentence.paragraph, (perParagraph.get(best!.sentence.paragraph) ?? 0) + 1);
  }
  return picked;
}
