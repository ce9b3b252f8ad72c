// Hedges, opinion markers and loaded words, each marked as inside or outside quotation marks
// (a loaded word in a quote is the speaker's; outside, it is the writer's).
import { HEDGES, WEAK_HEDGES } from "../../lexicon/hedges";
import { LOADED_WORDS } from "../../lexicon/loaded-words";
import { FIRST_PERSON, MODAL_OPINION, OPINION_PHRASES } from "../../lexicon/opinion-markers";
import { phraseMatcher } from "../quotations/phrase-matcher";
import { containTest } from "../quotations/span-index";
import type { Quotation, Span } from "../types";
import type { HedgeCue, LoadedWord, OpinionCue } from "./types";

const hedges = phraseMatcher(HEDGES);
const modals = phraseMatcher(MODAL_OPINION);
const judgments = phraseMatcher(OPINION_PHRASES);
const firstPerson = phraseMatcher(FIRST_PERSON);
const loaded = phraseMatcher(Object.keys(LOADED_WORDS));

export function quotedSpans(quotations: Quotation[]): Span[] {
  return quotations.filter((q) => q.kind !== "indirect").map((q) => ({ start: q.start, end: q.end }));
}

/** Whether a span lies inside one of `spans`; built once per list of quotes. */
function insideOf(spans: Span[]): (s: Span) => boolean {
  const test = containTest(spans);
  return (s) => test(s.start, s.end);
}

export function findHedges(text: string, quoted: Span[]): HedgeCue[] {
  const inside = insideOf(quoted);
  return hedges(text)
    .filter((h) => !WEAK_HEDGES.has(h.text.toLowerCase()))
    .map((h) => ({ ...h, inQuote: inside(h) }));
}

export function findOpinionMarkers(text: string, quoted: Span[]): OpinionCue[] {
  const inside = insideOf(quoted);
  const out: OpinionCue[] = [
    ...modals(text).map((m) => ({ ...m, kind: "modal" as const, inQuote: inside(m) })),
    ...judgments(text).map((m) => ({ ...m, kind: "judgment" as const, inQuote: inside(m) })),
    // First person counts only in the writer's voice; "I" inside a quote is the speaker's.
    ...firstPerson(text)
      .filter((m) => !inside(m) && m.text !== "US")
      .map((m) => ({ ...m, kind: "first-person" as const, inQuote: false })),
  ];
  return out.sort((a, b) => a.start - b.start);
}

export function findLoadedWords(text: string, quoted: Span[]): LoadedWord[] {
  const inside = insideOf(quoted);
  return loaded(text).map((w) => ({ ...w, neutral: LOADED_WORDS[w.text.toLowerCase().replace(/\s+/g, " ")] ?? "", inQuote: inside(w) }));
}
