// News, opinion, analysis or press release: read from the cues a careful reader would use.
// First person and judgment words outside quotations mark opinion; a release names itself.
import type { TextSpan } from "../../types";
import type { Quotation, Sentence } from "../types";
import type { OpinionCue } from "../sourcing";

export type ArticleType = "news" | "opinion" | "analysis" | "press-release";

export interface ArticleTypeReading {
  type: ArticleType;
  /** The words that decided it (first-person opinion, a release line, or attributions for news). */
  cues: TextSpan[];
  /** One sentence a student can read: why this type. */
  reason: string;
}

const RELEASE = /\b(?:FOR IMMEDIATE RELEASE|PRESS RELEASE|Media Contact|About [A-Z][\w&.]+(?: [A-Z][\w&.]+)*\s*\n)/;
const ANALYSIS = /^(?:ANALYSIS|News Analysis|Analysis)\b/m;

export function readArticleType(text: string, sentences: Sentence[], quotations: Quotation[], opinion: OpinionCue[]): ArticleTypeReading {
  const release = RELEASE.exec(text);
  if (release) {
    return { type: "press-release", cues: [cue(text, release.index, release[0].trim().length)], reason: "It names itself a press release, written by the organization it is about." };
  }
  const analysis = ANALYSIS.exec(text);
  if (analysis) return { type: "analysis", cues: [cue(text, analysis.index, analysis[0].length)], reason: "It is labelled as analysis: it explains and interprets the news." };
  const firstPerson = opinion.filter((o) => !o.inQuote && o.kind === "first-person");
  const judgments = opinion.filter((o) => !o.inQuote && o.kind !== "first-person");
  const words = Math.max(1, sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0));
  // Opinion writing argues in the writer's own voice: many first-person and judgment cues per word.
  if (firstPerson.length >= 3 || (firstPerson.length + judgments.length) / words > 0.012) {
    return { type: "opinion", cues: [...firstPerson, ...judgments].slice(0, 5).map(strip), reason: "The writer speaks in their own voice (I, we) and judges what should happen." };
  }
  const attributions = quotations.filter((q) => q.cue).slice(0, 5).map((q) => strip(q.cue!));
  return { type: "news", cues: attributions, reason: "It reports events and attributes claims and opinions to named sources rather than arguing for one." };
}

const cue = (text: string, start: number, length: number): TextSpan => ({ start, end: start + length, text: text.slice(start, start + length) });
const strip = (s: TextSpan): TextSpan => ({ start: s.start, end: s.end, text: s.text });
