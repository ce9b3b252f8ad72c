// Where a person's role is written: before the name in the same capitalized run
// ("Senate Majority Leader"), in lower case just before it ("baker", "former president",
// "Acme Institution fellow"), or in an appositive on either side
// (", China's deputy UN ambassador, Chen Wei"; "Maria Lopez, the defense secretary,").
import { TITLE_HEADS, TITLE_MODIFIERS } from "../../lexicon/titles";
import type { Span } from "../types";
import type { Token } from "./01-tokens";
import type { LabeledRun } from "./03-label-runs";
import { SPEECH_VERBS } from "./lexicon-tables";

const PARTY_WORDS = /\b(?:Republican|Democrat|Democratic|Independent)s?\b/;
const BOUNDARY = /[,;:()“”"—–]/;
const DETERMINER = /^(?:the|a|an|The|A|An)\s+/;

/** True when a phrase holds a word that names a role. */
export function hasTitleWord(phrase: string): boolean {
  if (PARTY_WORDS.test(phrase)) return true;
  return phrase
    .toLowerCase()
    .split(/[\s[\]]+/)
    .some((w) => {
      const word = w.replace(/[.’']s?$/, "").replace(/^co-/, "");
      return TITLE_HEADS.has(word) || TITLE_HEADS.has(word.replace(/-.*$/, ""));
    });
}

const clean = (s: string) => s.replace(/[[\]]/g, "").replace(/\s+/g, " ").trim();

/**
 * Lower-case role words right before a run ("former president", "baker"), together with
 * fully labeled runs among them ("North Korean leader", "current FBI Director").
 * Returns where those words start and whether one of them is a title (not just "former").
 */
export function roleBefore(
  text: string,
  tokens: Token[],
  runOfToken: Map<number, LabeledRun>,
  firstToken: number,
): { start: number; head: boolean } | null {
  let i = firstToken - 1;
  let start: number | null = null;
  let sawHead = false;
  let boundary = tokens[firstToken]!.start;
  while (i >= 0) {
    const t = tokens[i]!;
    const gap = text.slice(t.end, boundary);
    if (!/^['’]?s?[\s[\]]*$/.test(gap) || t.sentence !== tokens[firstToken]!.sentence) break;
    const run = runOfToken.get(i);
    if (run) {
      if (run.labels.some((l) => l === null)) break;
      const first = tokens[run.tokens[0]!]!;
      start = first.start;
      boundary = first.start;
      i = run.tokens[0]! - 1;
      continue;
    }
    const word = t.lower.replace(/^then-/, "");
    const head = TITLE_HEADS.has(word);
    if (!head && !TITLE_MODIFIERS.has(word)) break;
    sawHead ||= head;
    start = t.start;
    boundary = t.start;
    i--;
  }
  return start === null ? null : { start, head: sawHead };
}

/** ", a staff attorney with the Open Data Foundation," after a name. */
export function appositiveAfter(text: string, sentenceEnd: number, nameEnd: number): Span | null {
  const m = /^,\s+/.exec(text.slice(nameEnd, sentenceEnd));
  if (!m) return null;
  const from = nameEnd + m[0].length;
  const rest = text.slice(from, sentenceEnd);
  // A period ends the phrase only after a word, not after "U.S.".
  const stop = rest.search(/[,;:()“”"—–]|\s(?:who|whom|whose|which|that)\s|(?<=\p{Ll}{2})\.(?:\s|$)/u);
  const phrase = stop < 0 ? rest : rest.slice(0, stop);
  const words = phrase.trim().split(/\s+/);
  if (words.length > 25 || !hasTitleWord(phrase)) return null;
  // An appositive starts like a noun phrase: a determiner, a possessive, a title or its modifier.
  const first = words[0] ?? "";
  const opener = /^(?:the|a|an)$/i.test(first) || /['’]s$/.test(first) || /^\p{Lu}/u.test(first) || hasTitleWord(first) || TITLE_MODIFIERS.has(first.toLowerCase());
  if (!opener) return null;
  const lead = DETERMINER.exec(phrase)?.[0] ?? "";
  const keep = /^(?:a|an)\s/i.test(lead) ? 0 : lead.length;
  return { start: from + keep, end: from + phrase.trimEnd().length };
}

/** "…, said China's deputy UN ambassador, Chen Wei": the role phrase before a name. */
export function appositiveBefore(text: string, sentenceStart: number, nameStart: number): Span | null {
  const before = text.slice(sentenceStart, nameStart);
  const m = /,\s*$/.exec(before);
  if (!m) return null;
  const clause = before.slice(0, m.index);
  let from = 0;
  for (let k = clause.length - 1; k >= 0; k--) {
    if (BOUNDARY.test(clause[k]!)) {
      from = k + 1;
      break;
    }
  }
  let phrase = clause.slice(from);
  let offset = sentenceStart + from;
  const lead = /^\s*(?:(\w+)\s+)?/.exec(phrase)!;
  if (lead[1] && SPEECH_VERBS.has(lead[1].toLowerCase())) {
    offset += lead[0].length;
    phrase = phrase.slice(lead[0].length);
  }
  const det = /^\s*(?:(?:the|a|an)\s+)?/i.exec(phrase)![0];
  offset += det.length;
  phrase = phrase.slice(det.length);
  const words = phrase.trim().split(/\s+/);
  if (words.length === 0 || words.length > 10 || !hasTitleWord(words.slice(-6).join(" "))) return null;
  // A clause with a verb is not a role ("Okafor said, Chen …"): demand a title in the head
  // position, i.e. the last word, or the word before "to/of/at/for …".
  const ofIndex = words.findIndex((w, k) => k > 0 && /^(?:to|of|at|for|with|in)$/.test(w));
  const headWord = ofIndex > 0 ? words[ofIndex - 1]! : words[words.length - 1]!;
  if (!hasTitleWord(headWord)) return null;
  return { start: offset, end: offset + phrase.trimEnd().length };
}

export const roleText = (text: string, span: Span): string => clean(text.slice(span.start, span.end));
