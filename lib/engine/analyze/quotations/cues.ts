// Speech cues found in the masked text (so words inside quotation marks never count).
import { QUOTE_ONLY_VERBS, REPORTING_VERBS, SPEAKER_AFTER_CUES, SPEECH_NOUNS, NAMING_CUES } from "../../lexicon/speech-cues";
import type { TextSpan } from "../types";
import { phraseMatcher } from "./phrase-matcher";
import { tokenBefore } from "./tokens";

export type CueKind = "reporting" | "quote-only" | "speaker-after";

export interface Cue extends TextSpan {
  kind: CueKind;
  /** "saying", "adding": the speaker is the main clause's subject. */
  participle: boolean;
  /** "… and said": the speaker is the subject of the first verb. */
  coordinated: boolean;
  /** "are reported killed": not speech. */
  passive: boolean;
}
// "swift to reject that … to say": an infinitive takes its speaker from the main clause,
// so it is treated as a participle.

const reporting = phraseMatcher(REPORTING_VERBS, { caseSensitive: true });
const quoteOnly = phraseMatcher(QUOTE_ONLY_VERBS, { caseSensitive: true });
const speakerAfter = phraseMatcher(SPEAKER_AFTER_CUES);
export const matchSpeechNouns = phraseMatcher(SPEECH_NOUNS);
export const matchNamingCues = phraseMatcher(NAMING_CUES);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);

export function findCues(masked: string, from: number, to: number): Cue[] {
  const found: Cue[] = [];
  const add = (spans: TextSpan[], kind: CueKind) => {
    for (const s of spans) {
      if (found.some((f) => f.start < s.end && s.start < f.end)) continue;
      const prev = tokenBefore(masked, s.start, from);
      const prev2 = prev && tokenBefore(masked, prev.start, from);
      const prevWord = prev?.text.toLowerCase() ?? "";
      const passive = kind !== "speaker-after" && (BE.has(prevWord) || (/ly$/.test(prevWord) && BE.has(prev2?.text.toLowerCase() ?? "")));
      const first = s.text.split(/\s+/)[0]!;
      found.push({
        ...s,
        kind,
        participle: kind !== "speaker-after" && (first.endsWith("ing") || prevWord === "to"),
        coordinated: prevWord === "and" || prevWord === "but",
        passive,
      });
    }
  };
  add(speakerAfter(masked, from, to), "speaker-after");
  add(reporting(masked, from, to), "reporting");
  add(quoteOnly(masked, from, to), "quote-only");
  return found.sort((a, b) => a.start - b.start);
}
