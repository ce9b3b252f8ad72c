// Sourcing signals: who gets a voice and how much, unnamed sources, hedges, opinion markers,
// loaded words, and number claims with no source.
import type { Group, Person, Quotation, Sentence } from "../types";
import { findAnonymousSources } from "./anonymous-sources";
import { tallySources } from "./tally-sources";
import type { SourcingSignals } from "./types";
import { findUnsourcedNumberClaims } from "./unsourced-numbers";
import { findHedges, findLoadedWords, findOpinionMarkers, quotedSpans } from "./word-cues";

export type * from "./types";

export function sourcingSignals(text: string, sentences: Sentence[], quotations: Quotation[], people: Person[], groups: Group[]): SourcingSignals {
  const quoted = quotedSpans(quotations);
  const { sources, sides } = tallySources(quotations, people, groups);
  return {
    sources,
    sides,
    namedSources: sources.filter((s) => s.personId !== null || s.groupId !== null).length,
    anonymousSources: findAnonymousSources(text, quotations),
    hedges: findHedges(text, quoted),
    opinionMarkers: findOpinionMarkers(text, quoted),
    loadedWords: findLoadedWords(text, quoted),
    unsourcedNumberClaims: findUnsourcedNumberClaims(text, sentences, quotations),
  };
}
