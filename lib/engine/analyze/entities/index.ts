// People, countries, organizations and places of an article, each once with every mention.
// tokens → capitalized runs → labels (groups, titles, shapes) → people → further mentions
// (surnames, titles alone, pronouns) → groups. Offsets are into `text`.
import type { Group, Mention, Person, Sentence, Span } from "../types";
import { tokenize } from "./01-tokens";
import { findRuns } from "./02-runs";
import { labelRuns } from "./03-label-runs";
import { roleText } from "./04-roles";
import { findPeople, type PersonDraft } from "./05-people";
import { nameMentions, pronounMentions, surnameMentions, titleMentions, type LinkedMention } from "./06-mentions";
import { collectGroups, groupMentions, type GroupMention } from "./07-groups";

export interface Entities {
  people: Person[];
  groups: Group[];
}

export function findEntities(text: string, sentences: Sentence[]): Entities {
  const tokens = tokenize(text, sentences);
  const runs = labelRuns(text, tokens, findRuns(text, tokens, sentences));
  const drafts = findPeople(text, tokens, runs, sentences);

  const claimed = new Set<number>();
  for (const p of drafts) for (const o of p.occurrences) for (const i of o.tokens) claimed.add(i);
  const names = nameMentions(text, drafts);
  const surnames = surnameMentions(text, tokens, runs, drafts, claimed);
  const byStart = (a: Span, b: Span) => a.start - b.start;
  const titles = titleMentions(text, tokens, drafts, [...names, ...surnames].sort(byStart), claimed);
  const pronouns = pronounMentions(text, tokens, drafts, [...names, ...surnames, ...titles].sort(byStart));

  const groupFound = groupMentions(text, tokens, runs, claimed);
  const people = toPeople(text, drafts, [...names, ...surnames, ...titles, ...pronouns], groupFound);
  return { people, groups: collectGroups(groupFound) };
}

function toPeople(text: string, drafts: PersonDraft[], mentions: LinkedMention[], groups: GroupMention[]): Person[] {
  const perPerson = drafts.map(() => [] as Mention[]);
  for (const { person, sentence: _s, ...m } of mentions.sort((a, b) => a.start - b.start)) perPerson[person]!.push(m);
  return drafts
    .map((d, k) => ({ d, mentions: perPerson[k]! }))
    .filter((x) => x.mentions.length > 0)
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map(({ d, mentions: ms }, k) => ({
      id: `p${k + 1}`,
      name: d.name,
      role: d.role ? roleText(text, d.role) : null,
      affiliation: d.role ? affiliationIn(text, d.role, groups) : null,
      mentions: ms,
    }));
}

/** Index of the first span starting at or after `pos`, in spans sorted by start. */
function firstFrom(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The country or organization a role speaks for: "China's deputy UN ambassador" → China,
 * "United Nations envoy to North Korea" → United Nations (the envoy's destination is not his side).
 */
function affiliationIn(text: string, role: Span, groups: GroupMention[]): string | null {
  const to = /\s(?:to|on|of the state of)\s/.exec(text.slice(role.start, role.end));
  const end = to ? role.start + to.index : role.end;
  const inside: GroupMention[] = [];
  // `groups` is sorted by start (groupMentions sorts it): read only those starting in the role.
  for (let i = firstFrom(groups, role.start); i < groups.length && groups[i]!.start <= end; i++) {
    const g = groups[i]!;
    if (g.end <= end && g.kind !== "place") inside.push(g);
  }
  const rank = (g: GroupMention) => (g.possessive ? 0 : g.kind === "country" ? 1 : 2);
  const best = [...inside].sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0];
  return best?.name ?? null;
}
