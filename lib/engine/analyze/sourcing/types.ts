// What the sourcing pass reports. Every item carries offsets into the normalized text.
import type { Span, TextSpan } from "../types";

/** One source (a person, a group, or an unnamed source phrase) and how much voice it gets. */
export interface SourceTally {
  /** "person:p1", "group:g2", or "unnamed:<words>". */
  key: string;
  personId: string | null;
  groupId: string | null;
  label: string;
  /** The side the source speaks for: the person's affiliation or the group's name, else null. */
  side: string | null;
  anonymous: boolean;
  directQuotes: number;
  partialQuotes: number;
  paraphrases: number;
  /** Words inside quotation marks attributed to the source. */
  quotedWords: number;
  attributions: number;
  /** True when at least one of the source's words appears in quotation marks. */
  quotedDirectly: boolean;
  /** Every quotation and reported-speech span attributed to the source. */
  spans: Span[];
}

export interface SideTally {
  side: string;
  quotedWords: number;
  attributions: number;
  sources: string[];
}

export interface AnonymousSource extends TextSpan {
  /** "officials", "a person familiar with", "asked not to be named". */
  phrase: string;
}

export interface HedgeCue extends TextSpan {
  inQuote: boolean;
}

export interface OpinionCue extends TextSpan {
  kind: "modal" | "judgment" | "first-person";
  inQuote: boolean;
}

export interface LoadedWord extends TextSpan {
  neutral: string;
  inQuote: boolean;
}

/** A sentence that states a number with no quotation or attribution in it. */
export interface UnsourcedNumberClaim extends TextSpan {
  sentenceIndex: number;
  numbers: TextSpan[];
}

export interface SourcingSignals {
  sources: SourceTally[];
  sides: SideTally[];
  namedSources: number;
  anonymousSources: AnonymousSource[];
  hedges: HedgeCue[];
  opinionMarkers: OpinionCue[];
  loadedWords: LoadedWord[];
  unsourcedNumberClaims: UnsourcedNumberClaim[];
}
