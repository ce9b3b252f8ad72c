// The analysis vocabulary shared by every pass. Offsets are into the normalized article text.
import type { Span, TextSpan } from "../types";

export interface Sentence extends TextSpan {
  index: number;
  /** Index of the body paragraph the sentence belongs to. */
  paragraph: number;
}

export type MentionKind = "full-name" | "surname" | "given-name" | "title" | "pronoun" | "possessive";

export interface Mention extends TextSpan {
  kind: MentionKind;
}

export interface Person {
  /** Stable within one analysis: "p1", "p2", … in order of first mention. */
  id: string;
  name: string;
  /** Role or title as written, e.g. "Secretary of State", "China's deputy UN ambassador", "a crane operator". */
  role: string | null;
  /** A country or organization the person belongs to or speaks for, as a canonical name ("China"). */
  affiliation: string | null;
  mentions: Mention[];
}

export type GroupKind = "country" | "organization" | "place";

/** A country, organization or place, with every mention (demonyms included: "Russian" → Russia). */
export interface Group {
  id: string;
  kind: GroupKind;
  name: string;
  mentions: (TextSpan & { form: "name" | "demonym" | "acronym" })[];
}

export interface Quantity extends TextSpan {
  kind: "count" | "percent" | "money" | "ratio" | "measure" | "ordinal" | "year" | "fraction";
  /** Numeric value in base units (3.4 million dollars → 3400000; 64% → 64; "7-2" → 3.5; "1 in 5" → 0.2). */
  value: number;
  /** Canonical unit ("USD", "percent", "mile", "year", "vote", …) or null for a bare count. */
  unit: string | null;
  /** For ratios such as "7-2" or "1 in 5": the two sides. */
  parts?: [number, number];
}

export interface DateMention extends TextSpan {
  kind: "absolute" | "relative" | "weekday" | "year" | "time";
  /** ISO-like normalization where possible ("2017-11-28", "--11-28", "2017"), else null. */
  normalized: string | null;
}

export type QuotationKind = "direct" | "partial" | "indirect";

/** Who a quotation is attributed to. Exactly one of person/group is set, or neither with a reason. */
export interface Speaker {
  personId: string | null;
  groupId: string | null;
  /** The words in the text that name the speaker for this quotation (a name, "he", "officials"). */
  mention: TextSpan | null;
  /** Why no speaker was resolved, when none was. */
  unresolvedReason: string | null;
}

export interface Quotation extends TextSpan {
  kind: QuotationKind;
  /** The quoted words without the marks (direct/partial) or the reported content (indirect). */
  content: TextSpan;
  cue: TextSpan | null;
  speaker: Speaker;
  /** True when the speaker is unnamed ("officials said", "a person familiar with"). */
  anonymous: boolean;
}

export type { Span, TextSpan };
