// Loads a golden file, runs findQuotations on its article, and scores the result.
import { findQuotations } from "..";
import type { Quotation } from "../../types";
import { entitiesOf, loadArticle, sentencesOf, type GroupSpec, type PersonSpec } from "./helpers";

export interface GoldQuote {
  kind: "direct" | "partial" | "indirect";
  /** A substring of the quoted (or reported) words that is unique in the text. */
  content: string;
  /** A person's name, "group:Name", "anonymous", or null when the text names nobody. */
  speaker: string | null;
}

export interface Golden {
  source: string;
  people: PersonSpec[];
  groups: GroupSpec[];
  quotations: GoldQuote[];
}

/** Where golden files' `source` paths start (the shared, read-only corpus). */
export const SHARED = "/work/shared/";

/** Runs findQuotations on the article's raw text (as read from SHARED + gold.source) and scores it. */
export function runGolden(gold: Golden, raw: string) {
  const name = gold.source;
  const { text, paragraphs } = loadArticle(raw);
  const sentences = sentencesOf(text, paragraphs);
  const { people, groups } = entitiesOf(text, gold.people, gold.groups);
  const predicted = findQuotations(text, sentences, people, groups);
  const nameOf = (q: Quotation): string | null =>
    q.speaker.personId ? people.find((p) => p.id === q.speaker.personId)!.name
      : q.speaker.groupId ? `group:${groups.find((g) => g.id === q.speaker.groupId)!.name}`
        : q.anonymous ? "anonymous" : null;
  const results = gold.quotations.map((g) => {
    const at = text.indexOf(g.content);
    if (at < 0) throw new Error(`${name}: gold content not in text: ${g.content}`);
    const end = at + g.content.length;
    const direct = g.kind !== "indirect";
    const match = predicted.find((q) => (q.kind === "indirect") === !direct && q.content.start < end && at < q.content.end);
    const got = match ? nameOf(match) : undefined;
    return { gold: g, found: !!match, kindOk: match?.kind === g.kind, speakerOk: match !== undefined && got === g.speaker, got };
  });
  const ratio = (n: number, d: number) => `${n}/${d}`;
  const quoted = results.filter((r) => r.gold.kind !== "indirect");
  const reported = results.filter((r) => r.gold.kind === "indirect");
  const summary = {
    quoteRecall: ratio(quoted.filter((r) => r.found).length, quoted.length),
    quoteSpeaker: ratio(quoted.filter((r) => r.speakerOk).length, quoted.length),
    quoteKind: ratio(quoted.filter((r) => r.kindOk).length, quoted.length),
    indirectRecall: ratio(reported.filter((r) => r.found).length, reported.length),
    indirectSpeaker: ratio(reported.filter((r) => r.speakerOk).length, reported.length),
    predicted: predicted.length,
  };
  return { gold, text, predicted, results, summary, nameOf };
}
