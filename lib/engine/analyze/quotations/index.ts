// Quotations and reported speech, each attributed to a person, a group, or nobody with a reason.
// quote marks → context → quoted segments attributed → reported speech → speakers resolved in order.
import type { Group, Person, Quotation, Sentence } from "../types";
import { findQuoteSegments } from "./01-quote-marks";
import { buildContext, paragraphsOf } from "./02-context";
import { attributeQuotes } from "./04-attribute-quotes";
import { findIndirect } from "./05-indirect";
import { SpeakerHistory } from "./06-resolve";

export function findQuotations(text: string, sentences: Sentence[], people: Person[], groups: Group[]): Quotation[] {
  if (sentences.length === 0) return [];
  const paragraphs = paragraphsOf(sentences);
  const segments = findQuoteSegments(text, paragraphs);
  const ctx = buildContext(text, sentences, people, groups, segments, paragraphs);
  const quotes = attributeQuotes(ctx);
  const used = new Set(quotes.filter((q) => q.cue && q.cueAdjacent).map((q) => q.cue!.start));
  const indirect = findIndirect(ctx, used);

  type Event = { at: number; build: (h: SpeakerHistory) => Quotation };
  const events: Event[] = [
    ...quotes.map((q): Event => {
      const seg = q.segments[0]!;
      return {
        at: seg.start,
        build: (h) => {
          const r = h.resolve(q.raw, seg.start, q.sentence, true);
          return {
            start: seg.start,
            end: seg.end,
            text: text.slice(seg.start, seg.end),
            kind: q.kind,
            content: { start: seg.contentStart, end: seg.contentEnd, text: text.slice(seg.contentStart, seg.contentEnd) },
            cue: q.cue ? { start: q.cue.start, end: q.cue.end, text: q.cue.text } : null,
            speaker: r.speaker,
            anonymous: r.anonymous,
          };
        },
      };
    }),
    ...indirect.map((d): Event => ({
      // The speaker usually comes first; order by the earlier of speaker and cue.
      at: d.span.start,
      build: (h) => {
        const r = h.resolve(d.raw, d.span.start, d.sentence, false);
        return {
          start: d.span.start,
          end: d.span.end,
          text: text.slice(d.span.start, d.span.end),
          kind: "indirect",
          content: { start: d.content.start, end: d.content.end, text: text.slice(d.content.start, d.content.end) },
          cue: { start: d.cue.start, end: d.cue.end, text: d.cue.text },
          speaker: r.speaker,
          anonymous: r.anonymous,
        };
      },
    })),
  ];
  events.sort((a, b) => a.at - b.at);
  const history = new SpeakerHistory(ctx);
  return events.map((e) => e.build(history)).sort((a, b) => a.start - b.start || a.end - b.end);
}
