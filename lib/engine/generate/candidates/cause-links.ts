// Where one sentence states a cause in so many words, the parts of that statement: the effect,
// the cause, and what kind of answer the cause is (a clause, a noun phrase, a purpose). Each
// reader takes one cue family (cause-cues.ts); a sentence that matches none gives no link.
import type { Sentence } from "../../analyze";
import type { GenerateContext } from "../context";
import type { Statement } from "./standalone";
import { CAUSE_AFTER, CAUSE_BEFORE, CAUSE_NOUN_AFTER, CAUSE_NOUN_BEFORE, CAUSE_VERB, PURPOSE_AFTER, REASON_FOR, SINCE_BEFORE, SINCE_TIME } from "../lexicon/cause-cues";
import { cleanClause } from "./clauses";
import { readNounPhrase, standsAlone, namesPerson } from "./noun-phrases";
import { tokens } from "./simple-clause";

export type CauseKind = "clause" | "noun" | "purpose" | "agent" | "action";

export interface Link {
  st: Statement;
  /** The effect as shown mid-sentence ("the city closed the old bridge"). */
  effect: string;
  /** Where the effect is written in the article, when the statement kept it as written (for a why-question). */
  effectAt: { start: number; end: number } | null;
  /** The cause as it becomes the key: a clause, a noun phrase, "to …" for a purpose, or the agent of "led to". */
  cause: string;
  kind: CauseKind;
  /** The cue as written ("because", "due to", "led to"), for the explanation. */
  cue: string;
}

/** A finite verb among a clause's first words, so "since the war" or "after a year of …" is not an event. */
const FINITE = /^(?:\p{Ll}+ed|was|were|is|are|has|have|had|did|does|can|could|would|will|won|lost|made|took|gave|sent|left|met|found|sold|began|became|fell|rose|came|went|ran|broke|struck|cannot|wants|needs|lacks)$/u;
const hasVerb = (clause: string) => clause.split(/\s+/).slice(1, 12).some((w) => FINITE.test(w));

function located(s: Sentence, ctx: GenerateContext, raw: string): { start: number; end: number } | null {
  const at = ctx.a.text.slice(s.start, s.end).indexOf(raw.trim());
  return at < 0 ? null : { start: s.start + at, end: s.start + at + raw.trim().length };
}

/** A cause or effect written as a noun phrase that reads alone ("hostile action in the three-year war"). */
function nounPhrase(ctx: GenerateContext, s: Sentence, raw: string): string | null {
  const at = located(s, ctx, raw);
  if (!at) return null;
  const ts = tokens(ctx.a.text.slice(at.start, at.end), at.start);
  const np = readNounPhrase(ts, 0, 2, () => false, true);
  if (!np || np.length !== ts.length || np.length > 10) return null;
  const text = ctx.a.text.slice(np[0]!.start, np[np.length - 1]!.end);
  if (!standsAlone(text) || namesPerson(ctx, at.start, at.end) || /[“”"]/.test(text)) return null;
  return text;
}

/** Reads the link one statement states, or null. */
export function readLink(ctx: GenerateContext, st: Statement): Link | null {
  const s = st.sentence;
  const t = st.text;
  const clause = (effect: string, cause: string, cue: string): Link | null => {
    const e = cleanClause(effect, 4, 25, ctx);
    const c = cleanClause(cause, 4, 20, ctx);
    if (!e || !c || /,/.test(c) || !hasVerb(`x ${c}`)) return null;
    return { st, effect: e, effectAt: located(s, ctx, effect), cause: c, kind: "clause", cue };
  };
  let m = CAUSE_BEFORE.exec(t);
  if (m) return clause(m[2]!, m[1]!, "because");
  m = CAUSE_AFTER.exec(t);
  if (m) return clause(m[1]!, m[2]!, "because");
  m = SINCE_BEFORE.exec(t);
  // "Since" is a cause only before a clause with a verb that is not a time ("Since the rules changed, …"), and not before a perfect, which reads as time ("Since …, prices have risen").
  if (m && !SINCE_TIME.test(m[1]!) && !/\b(?:has|have|had) \p{Ll}+ed\b/u.test(m[2]!)) return clause(m[2]!, m[1]!, "since");
  const noun = (effect: string, cause: string, cue: string): Link | null => {
    const e = cleanClause(effect, 4, 25, ctx);
    const c = nounPhrase(ctx, s, cause);
    if (!e || !c || !hasVerb(`x ${e}`)) return null;
    return { st, effect: e, effectAt: located(s, ctx, effect), cause: c, kind: "noun", cue };
  };
  m = CAUSE_NOUN_BEFORE.exec(t);
  if (m) return noun(m[3]!, m[2]!, m[1]!.toLowerCase());
  m = CAUSE_NOUN_AFTER.exec(t);
  if (m) return noun(m[1]!, m[3]!, m[2]!);
  m = CAUSE_VERB.exec(t);
  if (m) {
    // "<agent> led to <effect>": both sides noun phrases; the question asks what led to the effect.
    const agent = nounPhrase(ctx, s, m[1]!);
    const effect = nounPhrase(ctx, s, m[3]!);
    if (agent && effect) return { st, effect, effectAt: null, cause: agent, kind: "agent", cue: m[2]! };
    return null;
  }
  m = REASON_FOR.exec(t);
  if (m) {
    const e = cleanClause(m[1]!, 4, 25, ctx);
    const action = cleanClause(m[2]!, 2, 10, ctx);
    if (!e || !action || !/ing$/.test(action.split(" ")[0]!)) return null;
    return { st, effect: e, effectAt: located(s, ctx, m[1]!), cause: action, kind: "action", cue: "for" };
  }
  m = PURPOSE_AFTER.exec(t);
  if (m) {
    const e = cleanClause(m[1]!, 4, 25, ctx);
    const purpose = cleanClause(`to ${m[3]!}`, 3, 12, ctx);
    if (!e || !purpose) return null;
    return { st, effect: e, effectAt: located(s, ctx, m[1]!), cause: purpose, kind: "purpose", cue: m[2]! };
  }
  return null;
}
