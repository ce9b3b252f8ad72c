// Vocabulary: the words to pre-teach, each defined in the sense the article uses.
export { findVocabulary, DEFAULT_MAX_WORDS, type VocabularyItem, type VocabularyOptions } from "./find-vocabulary";
export { EMPTY_DICTIONARY, type Dictionary, type DictionarySense, type PartOfSpeech } from "./dictionary";
