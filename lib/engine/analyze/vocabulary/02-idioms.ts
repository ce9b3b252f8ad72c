// A word that is part of a dictionary phrase ("in the meantime", "crude oil", "guest worker")
// means what the phrase means, not what the word alone does, so it is not defined on its own.
import lemmatizer from "wink-lemmatizer";
import type { SentenceWord } from "./01-words";
import type { Dictionary, PartOfSpeech } from "./dictionary";

const KINDS: PartOfSpeech[] = ["noun", "verb", "adj", "adv"];

function isPhrase(words: readonly SentenceWord[], dictionary: Dictionary): boolean {
  if (words.some((w, i) => i > 0 && !w.joinedToPrevious)) return false;
  const forms = words.map((w) => w.lower);
  const last = forms.length - 1;
  const asWritten = forms.join(" ");
  const nounForm = [...forms.slice(0, last), lemmatizer.noun(forms[last]!)].join(" ");
  const verbForm = [lemmatizer.verb(forms[0]!), ...forms.slice(1)].join(" ");
  return KINDS.some((pos) =>
    [asWritten, pos === "noun" ? nounForm : pos === "verb" ? verbForm : asWritten].some((f) => dictionary.senses(f, pos).length > 0),
  );
}

/** Prepositions of two words that WordNet does not list: "according to" says nothing of "accord". */
const COMPLEX_PREPOSITIONS = new Set(["according to", "due to", "owing to", "prior to", "thanks to", "pursuant to", "regardless of", "irrespective of"]);

/** Whether the word with one or two neighbours on either side forms a dictionary phrase. */
export function isInPhrase(word: SentenceWord, words: readonly SentenceWord[], dictionary: Dictionary): boolean {
  const i = word.position;
  if (COMPLEX_PREPOSITIONS.has(`${word.lower} ${words[i + 1]?.lower ?? ""}`)) return true;
  for (const [from, to] of [[i - 2, i], [i - 1, i], [i, i + 1], [i, i + 2], [i - 1, i + 1]] as const) {
    if (from < 0 || to >= words.length) continue;
    if (isPhrase(words.slice(from, to + 1), dictionary)) return true;
  }
  return false;
}
