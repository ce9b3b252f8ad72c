// Counts, per source and per side, quoted words and attributions, and who is only paraphrased.
import type { Group, Person, Quotation } from "../types";
import type { SideTally, SourceTally } from "./types";

const words = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;

export function tallySources(quotations: Quotation[], people: Person[], groups: Group[]): { sources: SourceTally[]; sides: SideTally[] } {
  const byKey = new Map<string, SourceTally>();
  // By id, the first of each (as `find` would): one look-up per quotation, not a scan.
  const personById = new Map<string, Person>();
  for (const p of people) if (!personById.has(p.id)) personById.set(p.id, p);
  const groupById = new Map<string, Group>();
  for (const g of groups) if (!groupById.has(g.id)) groupById.set(g.id, g);
  for (const q of quotations) {
    const s = q.speaker;
    const person = s.personId ? personById.get(s.personId) : undefined;
    const group = s.groupId ? groupById.get(s.groupId) : undefined;
    if (!person && !group && !s.mention) continue;
    const key = person ? `person:${person.id}` : group ? `group:${group.id}` : `unnamed:${s.mention!.text.toLowerCase()}`;
    let t = byKey.get(key);
    if (!t) {
      t = {
        key,
        personId: person?.id ?? null,
        groupId: group?.id ?? null,
        label: person?.name ?? group?.name ?? s.mention!.text,
        side: person?.affiliation ?? group?.name ?? null,
        anonymous: q.anonymous,
        directQuotes: 0,
        partialQuotes: 0,
        paraphrases: 0,
        quotedWords: 0,
        attributions: 0,
        quotedDirectly: false,
        spans: [],
      };
      byKey.set(key, t);
    }
    if (q.kind === "direct") t.directQuotes++;
    else if (q.kind === "partial") t.partialQuotes++;
    else t.paraphrases++;
    if (q.kind !== "indirect") {
      t.quotedWords += words(q.content.text);
      t.quotedDirectly = true;
    }
    // A continuation quote has no attribution words of its own.
    if (s.mention) t.attributions++;
    t.spans.push({ start: q.start, end: q.end });
  }
  const sources = [...byKey.values()];
  const sides = new Map<string, SideTally>();
  for (const t of sources) {
    if (!t.side) continue;
    const side = sides.get(t.side) ?? { side: t.side, quotedWords: 0, attributions: 0, sources: [] };
    side.quotedWords += t.quotedWords;
    side.attributions += t.attributions;
    side.sources.push(t.key);
    sides.set(t.side, side);
  }
  return { sources, sides: [...sides.values()] };
}
