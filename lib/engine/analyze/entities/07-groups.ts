// Countries, organizations and places, each once with every mention. Capitals count for
// their country only when they act ("Moscow’s decision", "Beijing said"); otherwise they
// are places. An unknown capitalized name after "in", "at", "near" or "from" is a place.
import type { Group, GroupKind, TextSpan } from "../types";
import type { Token } from "./01-tokens";
import type { LabeledRun, Segment } from "./03-label-runs";
import { SPEECH_VERBS, type GroupForm } from "./lexicon-tables";

export interface GroupMention extends TextSpan {
  form: GroupForm;
  kind: GroupKind;
  name: string;
  possessive: boolean;
}

const ACTOR_VERBS = new Set(["has", "have", "is", "was", "wants", "wanted", "refused", "refuses", "agreed", "agrees", "accused", "accuses", "insists", "blamed", "blames", "called", "calls", "urged", "urges", "will", "would"]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "from"]);

function fromSegment(text: string, tokens: Token[], run: LabeledRun, s: Segment): GroupMention | null {
  const a = tokens[run.tokens[s.first]!]!;
  const b = tokens[run.tokens[s.last]!]!;
  const span = { start: a.start, end: b.end, text: text.slice(a.start, b.end) };
  const clean = span.text.replace(/[[\]]/g, "").replace(/\s+/g, " ");
  if (s.kind === "organization" || s.kind === "place") return { ...span, form: "name", kind: s.kind, name: clean, possessive: b.possessive };
  const hit = s.hit;
  if (s.kind !== "group" || !hit) return null;
  if (hit.capitalOf) {
    const next = tokens[run.tokens[s.last]! + 1];
    const acts = b.possessive || (!!next && next.sentence === b.sentence && (SPEECH_VERBS.has(next.lower) || ACTOR_VERBS.has(next.lower)) && /^\s+$/.test(text.slice(b.end, next.start)));
    if (acts) return { ...span, form: "name", kind: "country", name: hit.capitalOf, possessive: b.possessive };
  }
  return { ...span, form: hit.form, kind: hit.kind, name: hit.name, possessive: b.possessive };
}

/** Every group mention in reading order. Tokens in `claimed` belong to people. */
export function groupMentions(text: string, tokens: Token[], runs: LabeledRun[], claimed: Set<number>): GroupMention[] {
  const out: GroupMention[] = [];
  for (const run of runs) {
    const seen = new Set<Segment>();
    run.labels.forEach((s, pos) => {
      if (!s) {
        // An unknown name right after "in"/"at"/"near"/"from": a place ("in Millbrook").
        if (pos !== 0 || run.headline || claimed.has(run.tokens[0]!)) return;
        let last = 0;
        while (last + 1 < run.tokens.length && !run.labels[last + 1] && run.gaps[last + 1] === "") last++;
        if (run.tokens.slice(0, last + 1).some((i) => claimed.has(i))) return;
        const before = tokens[run.tokens[0]! - 1];
        if (!before || before.sentence !== run.sentence || !PLACE_PREPOSITIONS.has(before.lower)) return;
        const m = fromSegment(text, tokens, run, { kind: "place", first: 0, last });
        if (m) out.push(m);
        return;
      }
      if (seen.has(s)) return;
      seen.add(s);
      if (run.tokens.slice(s.first, s.last + 1).some((i) => claimed.has(i))) return;
      const m = fromSegment(text, tokens, run, s);
      if (m) out.push(m);
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One group per canonical name, in order of first mention. */
export function collectGroups(mentions: GroupMention[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const m of mentions) {
    const key = `${m.kind}:${m.name}`;
    let g = byKey.get(key);
    if (!g) {
      g = { id: `g${byKey.size + 1}`, kind: m.kind, name: m.name, mentions: [] };
      byKey.set(key, g);
    }
    g.mentions.push({ start: m.start, end: m.end, text: m.text, form: m.form });
  }
  return [...byKey.values()];
}
