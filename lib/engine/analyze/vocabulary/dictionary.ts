// The dictionary the vocabulary pass asks: a port, so the engine stays pure. The server
// implements it over WordNet (lib/server/dictionary); tests use a small in-memory one.
// Lookups are synchronous: an adapter loads what it needs before (or on) the first call.

export type PartOfSpeech = "noun" | "verb" | "adj" | "adv";

export interface DictionarySense {
  /** The gloss without its examples: "stop the flow of a liquid". */
  definition: string;
  /** Other words for this sense, lemma forms ("stem", "halt"); may include the looked-up lemma. */
  synonyms: string[];
  /** Example phrases: "staunch the blood flow". */
  examples?: string[];
  /** How often this sense was seen in a sense-tagged corpus, when the dictionary knows (rarity). */
  frequency?: number;
}

export interface Dictionary {
  /** Common-word senses of a base form, most frequent sense first; [] when the word is unknown. */
  senses(lemma: string, pos: PartOfSpeech): readonly DictionarySense[];
}

/** A dictionary that knows no words: vocabulary is then empty, never an error. */
export const EMPTY_DICTIONARY: Dictionary = { senses: () => [] };
