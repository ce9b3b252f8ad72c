// Turns the words found for each speaker into a Speaker, in text order, so that pronouns and
// quotes with no attribution of their own can look back at who spoke last.
import { ANONYMITY_PHRASES } from "../../lexicon/speech-cues";
import { phraseMatcher } from "./phrase-matcher";
import type { Quotation, Sentence, Speaker, TextSpan } from "../types";
import { MASK, type Candidate, type Context } from "./02-context";
import { isHead, type RawSpeaker } from "./03-speaker";
import { candidatesWithin } from "./lookup";
import type { DraftSpeaker } from "./04-attribute-quotes";

const anonymity = phraseMatcher(ANONYMITY_PHRASES);

export interface Resolved {
  speaker: Speaker;
  anonymous: boolean;
}

interface HistoryEntry extends Resolved {
  at: number;
  paragraph: number;
  quote: boolean;
}

export class SpeakerHistory {
  private entries: HistoryEntry[] = [];
  constructor(private ctx: Context) {}

  resolve(raw: DraftSpeaker, at: number, sentence: Sentence, isQuote: boolean): Resolved {
    const r = this.resolveRaw(raw, at, sentence);
    if (r.speaker.personId || r.speaker.groupId || r.speaker.mention) {
      this.entries.push({ ...r, at, paragraph: sentence.paragraph, quote: isQuote });
    }
    return r;
  }

  private resolveRaw(raw: DraftSpeaker, at: number, sentence: Sentence): Resolved {
    switch (raw.kind) {
      case "inherit": {
        const last = this.last(sentence.paragraph, (e) => e.quote);
        if (last) return { speaker: { ...last.speaker, mention: null }, anonymous: last.anonymous };
        return none("no attribution found");
      }
      case "none":
        return none(raw.reason);
      case "anonymous":
        return { speaker: { personId: null, groupId: null, mention: raw.mention, unresolvedReason: `anonymous: ${raw.mention.text}` }, anonymous: true };
      case "unnamed": {
        // "a person familiar with the talks said": unnamed on purpose, so anonymous.
        const nearby = anonymity(this.ctx.masked, Math.max(sentence.start, raw.mention.start - 40), Math.min(sentence.end, raw.mention.end + 60));
        if (nearby.length) return { speaker: { personId: null, groupId: null, mention: raw.mention, unresolvedReason: `anonymous: ${raw.mention.text}` }, anonymous: true };
        return { speaker: { personId: null, groupId: null, mention: raw.mention, unresolvedReason: `unnamed: ${raw.mention.text}` }, anonymous: false };
      }
      case "candidate":
        return this.fromCandidate(raw.candidate, at, sentence);
    }
  }

  private fromCandidate(c: Candidate, _at: number, sentence: Sentence): Resolved {
    const mention: TextSpan = { start: c.start, end: c.end, text: c.text };
    if (c.personId) return { speaker: { personId: c.personId, groupId: null, mention, unresolvedReason: null }, anonymous: false };
    if (c.groupId) return { speaker: { personId: null, groupId: c.groupId, mention, unresolvedReason: null }, anonymous: false };
    const word = c.text.toLowerCase();
    if (word === "he" || word === "she") {
      const person = this.sameSentenceSubject(c, sentence) ?? this.last(sentence.paragraph, (e) => e.speaker.personId !== null)?.speaker.personId ?? this.previousSubject(sentence);
      if (person) return { speaker: { personId: person, groupId: null, mention, unresolvedReason: null }, anonymous: false };
      return { speaker: { personId: null, groupId: null, mention, unresolvedReason: `pronoun with no clear referent: ${c.text}` }, anonymous: false };
    }
    if (word === "they" || word === "it") {
      const last = this.last(sentence.paragraph, (e) => word === "they" || e.speaker.groupId !== null);
      if (last) return { speaker: { ...last.speaker, mention }, anonymous: last.anonymous };
    }
    return { speaker: { personId: null, groupId: null, mention, unresolvedReason: word === "i" || word === "we" ? "first person: the writer" : `pronoun with no clear referent: ${c.text}` }, anonymous: false };
  }

  /** The last entry in this paragraph or the one before. */
  private last(paragraph: number, ok: (e: HistoryEntry) => boolean): HistoryEntry | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (e.paragraph < paragraph - 1) return undefined;
      if (ok(e)) return e;
    }
    return undefined;
  }

  private sameSentenceSubject(pronoun: Candidate, sentence: Sentence): string | null {
    const c = candidatesWithin(this.ctx, sentence.start, pronoun.start).find((x) => x.kind === "person" && x.personId && this.ctx.masked[x.start] !== MASK && isHead(this.ctx, x));
    return c?.personId ?? null;
  }

  /** The first person named in the nearest earlier sentence of this paragraph or the one before. */
  private previousSubject(sentence: Sentence): string | null {
    for (let i = sentence.index - 1; i >= 0; i--) {
      const s = this.ctx.sentences[i];
      if (!s || s.paragraph < sentence.paragraph - 1) break;
      const c = candidatesWithin(this.ctx, s.start, s.end).find((x) => x.kind === "person" && x.personId && this.ctx.masked[x.start] !== MASK && isHead(this.ctx, x));
      if (c?.personId) return c.personId;
    }
    return null;
  }
}

function none(reason: string): Resolved {
  return { speaker: { personId: null, groupId: null, mention: null, unresolvedReason: reason }, anonymous: false };
}

export function isResolved(q: Quotation): boolean {
  return q.speaker.personId !== null || q.speaker.groupId !== null;
}

export type { RawSpeaker };
