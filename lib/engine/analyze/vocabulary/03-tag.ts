// Part of speech and lemma of a candidate word, from the parts of speech the dictionary knows
// for it and a few context rules (the word before, the word after, the suffix). When the
// rules say nothing, the part of speech with the most frequent senses wins.
import lemmatizer from "wink-lemmatizer";
import type { SentenceWord } from "./01-words";
import type { Dictionary, DictionarySense, PartOfSpeech } from "./dictionary";
import { BE_HAVE, DETERMINERS, FUNCTION_WORDS, MODALS, PREPOSITIONS, SUBJECT_PRONOUNS } from "./pos-cues";

export interface TaggedWord {
  lemma: string;
  pos: PartOfSpeech;
  senses: readonly DictionarySense[];
}

const ORDER: PartOfSpeech[] = ["noun", "verb", "adj", "adv"];

function lemmaFor(word: string, pos: PartOfSpeech): string {
  if (pos === "noun") return lemmatizer.noun(word);
  if (pos === "verb") return lemmatizer.verb(word);
  if (pos === "adj") return lemmatizer.adjective(word);
  return word; // WordNet adverbs are listed as written
}

export function tagWord(word: SentenceWord, words: readonly SentenceWord[], dictionary: Dictionary): TaggedWord | null {
  const options = new Map<PartOfSpeech, TaggedWord>();
  for (const pos of ORDER) {
    const lemma = lemmaFor(word.lower, pos);
    const senses = dictionary.senses(lemma, pos);
    if (senses.length > 0) options.set(pos, { lemma, pos, senses });
  }
  if (options.size === 0) return null;
  if (options.size === 1) return [...options.values()][0]!;
  const chosen = contextPos(word, words, new Set(options.keys()));
  return options.get(chosen ?? mostFrequent(options))!;
}

function contextPos(word: SentenceWord, words: readonly SentenceWord[], can: ReadonlySet<PartOfSpeech>): PartOfSpeech | null {
  const w = word.lower;
  const prevWord = word.joinedToPrevious ? words[word.position - 1] : undefined;
  const prev = prevWord?.lower ?? "";
  const nextWord = words[word.position + 1];
  const next = nextWord?.joinedToPrevious ? nextWord.lower : "";
  // A word before a content word, with nothing between, modifies it: "a humanitarian disaster".
  // A capitalized next word is a name, not a noun being modified ("rejected Okafor's call").
  const beforeNoun = next !== "" && !FUNCTION_WORDS.has(next) && !/.{3}ly$/.test(next) && !/^\p{Lu}/u.test(nextWord?.text ?? "");
  const pick = (pos: PartOfSpeech) => (can.has(pos) ? pos : null);

  if (w.endsWith("ly") && can.has("adv")) return "adv";
  if (MODALS.has(prev) || (prev === "to" && !/(?:s|ed)$/.test(w))) return pick("verb");
  // An adjective-shaped word joined to another modifier: "domestic and gang violence".
  if ((next === "and" || next === "or") && /(?:ous|ful|ive|able|ible|al|ic|ary)$/.test(w) && can.has("adj")) return "adj";
  if (DETERMINERS.has(prev) || PREPOSITIONS.has(prev)) {
    if (w.endsWith("ing") && PREPOSITIONS.has(prev)) return pick("verb"); // "by kicking out"
    return (beforeNoun ? pick("adj") : null) ?? pick("noun");
  }
  if (BE_HAVE.has(prev) && /(?:ed|en|ing)$/.test(w)) return pick("verb");
  if (BE_HAVE.has(prev)) return pick("adj");
  if (SUBJECT_PRONOUNS.has(prev)) return pick("verb");
  if (/(?:tion|sion|ment|ness|ity|ism|ance|ence|ship)s?$/.test(w)) return pick("noun");
  if (beforeNoun && /(?:ous|ful|ive|able|ible|al|ic|ary|ian|ed)$/.test(w)) return pick("adj");
  // A plural right after a past-tense verb is its object: "earned rebukes".
  if (/[^s]s$/.test(w) && /ed$/.test(prev)) return pick("noun");
  if (/(?:ed|ing)$/.test(w)) return pick("verb");
  // A name before a verb-form word is its subject: "Ottawa raises questions".
  if (prevWord && /^\p{Lu}/u.test(prevWord.text) && prevWord.position > 0 && /s$/.test(w)) return pick("verb");
  return null;
}

function mostFrequent(options: ReadonlyMap<PartOfSpeech, TaggedWord>): PartOfSpeech {
  let best: TaggedWord | null = null;
  let bestScore = -1;
  for (const option of options.values()) {
    // Tagged-corpus frequency first; the number of senses when the dictionary has no counts.
    const score = option.senses.reduce((sum, s) => sum + (s.frequency ?? 0), 0) * 100 + option.senses.length;
    if (score > bestScore) [best, bestScore] = [option, score];
  }
  return best!.pos;
}
