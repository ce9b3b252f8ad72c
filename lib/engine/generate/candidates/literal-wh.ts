// Literal when / where / what, made from one simple clause of the article (see simple-clause.ts):
//   "The council on Tuesday approved a budget."  → "When did the council approve a budget?"  (Tuesday)
//   "The ministers met in Geneva last week."     → "Where did the ministers meet last week?" (Geneva)
//   "The court upheld the lower court's ruling." → "What did the court uphold?"               (the lower court's ruling, see literal-what.ts)
// The answer phrase is cut out of the clause; the question word follows its kind (a date
// mention → When, a place or country after "in"/"at" → Where, the object after a transitive
// past verb → What). Each comes as multiple choice when the article offers three answers of the
// same kind that it does not attach to this event, and as a short answer otherwise.
import type { DateMention, Group } from "../../analyze";
import type { Candidate, Question } from "../types";
import type { GenerateContext } from "../context";
import { readClause, type Clause } from "./simple-clause";
import { isReported } from "./clauses";
import { WEEKDAYS } from "../../lexicon/calendar-words";
import { capital, cut, finish, type Found } from "./wh-question";
import { literalWhat } from "./literal-what";

export function literalWh(ctx: GenerateContext): Candidate[] {
  const clauses: Clause[] = [];
  for (const s of ctx.a.sentences) {
    const c = readClause(ctx, s);
    if (!c) continue;
    // A reason or event inside reported speech is a speaker's claim, not the article's.
    if (isReported(ctx, { sentence: s, text: s.text })) continue;
    clauses.push(c);
  }
  const found: Found[] = [];
  for (const c of clauses) {
    const w = when(ctx, c);
    if (w) found.push(w);
    const p = where(ctx, c);
    if (p) found.push(p);
  }
  found.push(...literalWhat(ctx, clauses));
  const out: Candidate[] = [];
  for (const f of found) out.push(...candidates(ctx, f));
  return out;
}

function candidates(ctx: GenerateContext, f: Found): Candidate[] {
  const s = f.clause.sentence;
  const type = `literal-${f.wh}` as const;
  const base: Omit<Question, "id" | "format" | "options" | "key" | "difficulty"> = {
    category: "comprehension",
    type,
    skill: `literal comprehension: ${f.wh}`,
    standard: "RI.8.1",
    prompt: f.prompt,
    evidence: [ctx.span(s.start, s.end), ctx.span(f.answer.start, f.answer.end)],
    explanation: `Paragraph ${ctx.paragraphOf(s.start)} says so: “${f.answer.text}”.`,
  };
  const out: Candidate[] = [];
  const value = f.wh === "when" ? 0.74 : f.wh === "where" ? 0.72 : 0.66;
  if (f.distractors.length >= 3) {
    const id = `${type}:mc:${f.answer.start}`;
    const key = f.kind === "text" ? f.answer.text : capital(f.answer.text);
    const { options, option } = ctx.arrange(id, key, f.distractors.slice(0, 3).map((d) => (f.kind === "text" ? d : capital(d))));
    out.push({ value, question: { ...base, id, format: "mc", difficulty: 1, options, key: { option, accepted: f.accepted, answerKind: f.kind } } });
  }
  out.push({ value: value - 0.08, question: { ...base, id: `${type}:short:${f.answer.start}`, format: "short", difficulty: 2, key: { accepted: f.accepted, answerKind: f.kind } } });
  return out;
}

// ---------------------------------------------------------------------------------------------
// When

const DATE_PREP = /^(?:on|in|at|during)$/i;

function when(ctx: GenerateContext, c: Clause): Found | null {
  const span = { start: c.between[0]?.start ?? c.verbToken.start, end: c.rest[c.rest.length - 1]!.end };
  const inClause = ctx.a.dates.filter((d) => d.start >= span.start && d.end <= span.end);
  const s0 = c.sentence.start;
  for (const d of inClause) {
    if (d.kind === "time" || (d.kind === "relative" && !/^(?:last|next|this|earlier|later)\b/i.test(d.text))) continue;
    const before = ctx.a.text.slice(Math.max(0, d.start - 12), d.start);
    const prep = /(\S+)\s+$/.exec(before)?.[1] ?? "";
    // "since 2016", "by Friday", "until June" ask a different question than "When".
    if (/^(?:since|by|until|till|before|after|from|through|to|of|for)$/i.test(prep)) continue;
    if (d.kind === "year" && !/^in$/i.test(prep)) continue;
    // Without a preposition, only a weekday or "last week" right after a noun or the verb: "stayed in session Saturday", not "beginning March 5".
    if (!DATE_PREP.test(prep) && (d.kind === "absolute" || d.kind === "year" || /ing$/i.test(prep) || !/^\p{Ll}+$/u.test(prep))) continue;
    // "Tuesday's vote", "a 2015 decision": the date describes a noun, not the event.
    if (/^['’]s/.test(ctx.a.text.slice(d.end, d.end + 2))) continue;
    if (/^\s(?:decision|ruling|law|vote|election|grant|report|meeting|attack|deal|agreement)\b/.test(ctx.a.text.slice(d.end))) continue;
    const between = cut(c.between, d.start, d.end, DATE_PREP);
    const rest = cut(c.rest, d.start, d.end, DATE_PREP);
    const prompt = finish(ctx, "When", { ...c, between }, rest);
    if (!prompt) continue;
    // A second date left in the question would make "When" ambiguous.
    // ("a 2016 grant" describes a noun and may stay.)
    const attributive = (o: DateMention) => /\b(?:a|an|the)\s+$/i.test(ctx.a.text.slice(Math.max(0, o.start - 5), o.start));
    if (ctx.a.dates.some((o) => o !== d && o.start >= s0 && o.end <= c.sentence.end && prompt.includes(o.text) && !attributive(o))) continue;
    return {
      wh: "when",
      clause: c,
      prompt,
      answer: { start: d.start, end: d.end, text: d.text },
      accepted: [...new Set([d.text, DATE_PREP.test(prep) ? `${prep.toLowerCase()} ${d.text}` : d.text])],
      distractors: dateDistractors(ctx, d, c),
      kind: "date",
    };
  }
  return null;
}

/** Dates of the same kind written in the article for other events; weekdays and years may be filled from the calendar. */
function dateDistractors(ctx: GenerateContext, d: DateMention, c: Clause): string[] {
  const key = d.text.toLowerCase();
  const same = ctx.a.dates
    // Not from the sentence itself or its near neighbours, which may date the same event ("… met Monday. The meetings last until Tuesday.").
    .filter((o) => o.kind === d.kind && o.text.toLowerCase() !== key && (o.normalized === null || o.normalized !== d.normalized) && Math.abs((ctx.sentenceAt(o.start)?.index ?? -99) - c.sentence.index) > 2)
    .map((o) => o.text);
  const out = [...new Set(same)].filter((x) => !/^(?:this|today)/i.test(x) && !/[,]/.test(x));
  if (d.kind === "weekday" && /^[A-Z][a-z]+day$/.test(d.text)) {
    // Days the article names near the event may be part of it; only days it does not name nearby fill in.
    const near = new Set(ctx.a.dates.filter((o) => o.kind === "weekday" && Math.abs((ctx.sentenceAt(o.start)?.index ?? -99) - c.sentence.index) <= 2).map((o) => o.normalized));
    const days = [...new Set(WEEKDAYS.values())].filter((x) => x === d.text || !near.has(x));
    const at = days.indexOf(d.text);
    for (const step of [-1, 1, -2, 2]) {
      const day = days[(at + step + 7) % 7];
      if (at >= 0 && day && !out.includes(day) && day !== d.text) out.push(day);
    }
  }
  if (d.kind === "year" && /^\d{4}$/.test(d.text)) {
    const y = Number(d.text);
    for (const step of [-1, 1, -2, 2, 3]) if (!out.includes(String(y + step))) out.push(String(y + step));
  }
  // Keep only distractors that look like the key (a weekday with weekdays, "last week" with "last month").
  const plainDay = /^[A-Z][a-z]+day$/.test(d.text);
  return out.filter((x) => (plainDay ? /^[A-Z][a-z]+day$/.test(x) : x.split(/\s+/).length <= d.text.split(/\s+/).length + 1)).slice(0, 3);
}

// ---------------------------------------------------------------------------------------------
// Where

function where(ctx: GenerateContext, c: Clause): Found | null {
  for (let i = 0; i < c.rest.length; i++) {
    const t = c.rest[i]!;
    if (!/^(?:in|at)$/.test(t.word) || i > 12) continue;
    // Between the verb and "in": no "of" phrase, clause or list the place could belong to ("companies of …", "that …").
    if (c.rest.slice(0, i).some((x) => /^(?:of|and|or|that|who|which|from)$/i.test(x.word) || x.after)) continue;
    const next = c.rest[i + 1];
    if (!next) continue;
    const group = placeAt(ctx, next.start);
    if (!group) continue;
    const { g, m } = group;
    const endIdx = c.rest.findIndex((x) => x.end >= m.end);
    if (endIdx < 0) continue;
    // The place must close its phrase: the clause ends, or a date or another preposition follows ("in Geneva on Tuesday").
    const after = c.rest[endIdx + 1];
    if (after && !/^(?:on|in|at|last|this|next|during|to|for|after|before)$/i.test(after.word) && !ctx.a.dates.some((d) => d.start === after.start)) continue;
    if (/^['’]s/.test(ctx.a.text.slice(m.end, m.end + 2))) continue;
    const rest = [...c.rest.slice(0, i), ...c.rest.slice(endIdx + 1)];
    const prompt = finish(ctx, "Where", c, rest);
    if (!prompt) continue;
    // Other places and countries the article names (a city may stand against a country: both answer "Where").
    const others = ctx.a.groups
      .filter((o) => (o.kind === "place" || o.kind === "country") && o.id !== g.id && !c.sentence.text.includes(o.name) && o.mentions.some((x) => x.form === "name"))
      .map((o) => o.name)
      .filter((n) => n.length <= m.text.length * 2.5 && n.length * 2.5 >= m.text.length);
    return {
      wh: "where",
      clause: c,
      prompt,
      answer: { start: m.start, end: m.end, text: m.text },
      accepted: [...new Set([m.text, g.name, `${t.word} ${m.text}`])],
      distractors: others.slice(0, 3),
      kind: "place",
    };
  }
  return null;
}

/** A place or country named (not a demonym) starting at `at`, possibly after "the". */
function placeAt(ctx: GenerateContext, at: number): { g: Group; m: Group["mentions"][number] } | null {
  for (const g of ctx.a.groups) {
    if (g.kind !== "place" && g.kind !== "country") continue;
    for (const m of g.mentions) {
      if (m.form !== "name") continue;
      if (m.start === at || (m.start > at && ctx.a.text.slice(at, m.start).trim() === "the")) return { g, m };
    }
  }
  return null;
}

