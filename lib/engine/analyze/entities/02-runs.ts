// Capitalized phrases: the raw material of names. "Secretary of State Ada Okafor",
// "Juan Carlos de la Vega", "Center for Law & Policy Studies" are each one run; the
// small words between capitalized words are kept as the gap before the next word.
import { PREFIX_ABBREVIATIONS, INNER_ABBREVIATIONS } from "../../lexicon/abbreviations";
import { STOPWORDS } from "../../lexicon/stopwords";
import { ENGLISH_FUNCTION_WORDS } from "../../lexicon/english-function-words";
import { GIVEN_NAMES } from "../../lexicon/given-names";
import { TITLE_HEADS } from "../../lexicon/titles";
import { isCalendarWord, LEXICON, SPEECH_VERBS } from "./lexicon-tables";
import type { Token } from "./01-tokens";
import type { Sentence } from "../types";

export interface Run {
  /** Indices into the token array, in order. */
  tokens: number[];
  /** For each token, the connecting words before it inside the run ("", "of", "de la", "&"). */
  gaps: string[];
  sentence: number;
  /** The sentence reads like a headline (mostly capitalized words): no new people from it. */
  headline: boolean;
}

const ABBREVIATIONS = new Set([...PREFIX_ABBREVIATIONS, ...INNER_ABBREVIATIONS]);
const CONNECTOR = /^(?:of|of the|for|for the|&|de|del|della|der|den|la|le|van|von|da|di|du|dos|das|bin|ibn|al|el|ter|van der|van den|de la|de los|de las|von der)$/;

/** The connecting words between two tokens when they may share a run, else null. */
function gapBetween(text: string, a: Token, b: Token): string | null {
  if (a.possessive) return null;
  let raw = text.slice(a.end, b.start);
  if (a.dot) {
    if (!/^\p{Lu}$/u.test(a.text) && !ABBREVIATIONS.has(a.lower)) return null;
    raw = raw.slice(1);
  }
  if (raw.includes("\n")) return null;
  // Editorial brackets ("[FBI agent] Jane Doe") do not break a name.
  const inner = raw.replace(/[[\]]/g, " ");
  if (!/^\s/.test(inner) || !/\s$/.test(inner)) return null;
  const words = inner.trim().replace(/\s+/g, " ");
  if (words === "") return "";
  return CONNECTOR.test(words) ? words : null;
}

const CONNECTOR_WORDS = new Set("of for the de del della der den la le van von da di du dos das bin ibn al el ter los las".split(" "));

function eligible(t: Token): boolean {
  return t.cap && !isCalendarWord(t.lower) && !SPEECH_VERBS.has(t.lower);
}

/** A capitalized first word that is only capitalized because it starts the sentence. */
function sentenceCase(t: Token, lowercaseWords: ReadonlySet<string>): boolean {
  if (!t.sentenceInitial || LEXICON.has(t.text) || GIVEN_NAMES.has(t.text) || TITLE_HEADS.has(t.lower)) return false;
  if (STOPWORDS.has(t.lower) || ENGLISH_FUNCTION_WORDS.has(t.lower)) return true;
  return /(?:ly|ing)$/.test(t.lower) || lowercaseWords.has(t.lower);
}

export function findRuns(text: string, tokens: Token[], sentences: Sentence[]): Run[] {
  const lowercaseWords = new Set(tokens.filter((t) => !t.cap).map((t) => t.lower));
  const capShare = new Map<number, [number, number]>();
  for (const t of tokens) {
    const c = capShare.get(t.sentence) ?? [0, 0];
    c[0] += t.cap ? 1 : 0;
    c[1] += 1;
    capShare.set(t.sentence, c);
  }
  const isHeadline = (s: number) => {
    const [caps, all] = capShare.get(s) ?? [0, 0];
    // Title case without closing punctuation: a headline or a sign, not running prose.
    const ended = /[.?!]["”’)]*\s*$/.test(sentences[s]?.text ?? "");
    return all >= 3 && caps / all >= 0.6 && !ended;
  };

  const runs: Run[] = [];
  let current: Run | null = null;
  let last = -1;
  tokens.forEach((t, i) => {
    if (!eligible(t)) {
      // Small connecting words may sit inside a run; anything else ends it.
      if (!CONNECTOR_WORDS.has(t.text) && t.text !== "&") current = null;
      return;
    }
    const prev = tokens[last];
    last = i;
    const gap = current && prev && prev.sentence === t.sentence ? gapBetween(text, prev, t) : null;
    if (current && gap !== null) {
      current.tokens.push(i);
      current.gaps.push(gap);
      return;
    }
    if (sentenceCase(t, lowercaseWords)) {
      current = null;
      return;
    }
    current = { tokens: [i], gaps: [""], sentence: t.sentence, headline: isHeadline(t.sentence) };
    runs.push(current);
  });
  return runs;
}
