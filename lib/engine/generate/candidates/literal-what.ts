// Literal "what": the object of a transitive past verb in a simple clause.
//   "The court upheld the travel restrictions on citizens from five countries."
//     → "What did the court uphold?" (the travel restrictions on citizens from five countries)
// The object is a noun phrase read by pattern (noun-phrases.ts); it may take in one or two
// phrases of its own ("on citizens …"), and whatever stays after it may only say where or when
// ("What did the team win in Madrid on Saturday?"). Wrong options are noun phrases the article
// puts after other verbs, far from this sentence, never after this verb.
import lemmatizer from "wink-lemmatizer";
import type { GenerateContext } from "../context";
import type { Clause, Token } from "./simple-clause";
import { finish, type Found } from "./wh-question";
import { namesPerson, phraseDistractors, readNounPhrase, standsAlone } from "./noun-phrases";

/** Verbs whose object is not a thing a "What did … <verb>?" question asks for naturally. */
const NOT_TRANSITIVE = /^(?:be|become|go|come|seem|appear|remain|stay|die|happen|live|rise|fall|arrive|say|tell|ask|call|name|decide|try|want|need|plan|begin|start|continue|refuse|agree|vote|rule|meet|speak|talk|testify|work|serve|hope|expect|seek|fail|manage|move|return|leave|take|make|give|get|have|do|mark|spend|model)$/;

/** Words that may stay after the object: prepositions and determiners of a place or a date. */
const WHERE_WHEN_WORD = /^(?:to|in|at|on|last|this|next|during|the|earlier|later)$/i;

export function literalWhat(ctx: GenerateContext, clauses: Clause[]): Found[] {
  const out: Found[] = [];
  for (const c of clauses) {
    const f = object(ctx, c);
    if (!f) continue;
    const verbs = [c.verbToken.word, c.base ?? "", c.base ? "" : (c.rest[0]?.word ?? "")].filter(Boolean);
    f.distractors = phraseDistractors(ctx, { text: f.answer.text, sentence: c.sentence }, verbs, (np) => np.object);
    out.push(f);
  }
  return out;
}

/**
 * The verb's base form and how many tokens of the clause's rest it takes: a simple past has
 * its verb before the rest ("approved"); "is leading", "has signed", "could pass" carry it as
 * the rest's first word, which stays in the question ("What could Congress pass?").
 */
function verbOf(c: Clause): { base: string; words: number } | null {
  if (c.base) return { base: c.base, words: 0 };
  const v = c.rest[0]?.word ?? "";
  if (!/^\p{Ll}+$/u.test(v)) return null;
  if (/^(?:is|are|was|were)$/.test(c.aux) && /ing$/.test(v)) return { base: lemmatizer.verb(v), words: 1 };
  if (/^(?:has|have|had)$/.test(c.aux) && /ed$/.test(v)) return { base: lemmatizer.verb(v), words: 1 };
  if (/^(?:will|would|could|can|should|must|may|might)$/.test(c.aux) && !/(?:ed|ing|ly)$/.test(v) && !/^(?:be|have|not|also|still|then|now|soon|never|only|likely)$/.test(v)) return { base: v, words: 1 };
  return null;
}

function object(ctx: GenerateContext, c: Clause): Found | null {
  const verb = verbOf(c);
  if (!verb || NOT_TRANSITIVE.test(verb.base)) return null;
  const words = c.rest.slice(verb.words);
  // A place or a date word (or its preposition) may follow the object; nothing else may.
  const named = (t: Token) => ctx.a.dates.some((d) => d.start <= t.start && t.end <= d.end) || ctx.a.groups.some((g) => g.mentions.some((m) => m.form === "name" && m.start <= t.start && t.end <= m.end));
  for (const preps of [0, 1, 2]) {
    const np = readNounPhrase(words, 0, preps, (t) => ctx.a.dates.some((d) => d.start <= t.start && t.end <= d.end), true);
    if (!np) return null;
    const tail = words.slice(np.length);
    // A capital after the preposition continues a name ("Center for Urban Studies"): try a longer phrase.
    if (tail.length && /^\p{Lu}/u.test(tail[1]?.word ?? "") && !/^(?:to|in|at|last|this|next)$/i.test(tail[0]!.word)) continue;
    if (tail.length > 8 || !(tail.every((t) => named(t) || WHERE_WHEN_WORD.test(t.word)) || setting(tail))) continue;
    return found(ctx, c, np, [...c.rest.slice(0, verb.words), ...tail]);
  }
  return null;
}

/** One short phrase of setting after the object ("at the preparation talks", "during the hearing"): no verb, no clause. */
const setting = (tail: Token[]) =>
  tail.length >= 2 && tail.length <= 4 && /^(?:at|in|during)$/i.test(tail[0]!.word) && /^(?:the|a|an)$/i.test(tail[1]!.word) && !tail.some((t) => /^(?:who|which|that|of|and|or)$/i.test(t.word) || /(?:ed|ing)$/.test(t.word));

function found(ctx: GenerateContext, c: Clause, np: Token[], tail: Token[]): Found | null {
  // Two words ("the policy") leave the student asking "which one?"; a name or a third word says it.
  if (np.length === 2 && !/^\p{Lu}/u.test(np[1]!.word)) return null;
  const start = np[0]!.start;
  const end = np[np.length - 1]!.end;
  const text = ctx.a.text.slice(start, end);
  if (!standsAlone(text) || /[,;:(]/.test(text)) return null;
  // A person as object would need "whom"; those are left to the who questions.
  if (namesPerson(ctx, start, end)) return null;
  const prompt = finish(ctx, "What", c, tail);
  if (!prompt) return null;
  return {
    wh: "what",
    clause: c,
    prompt,
    answer: { start, end, text },
    accepted: [...new Set([text, text.replace(/^(?:the|a|an)\s+/i, "")])],
    distractors: [],
    kind: "text",
  };
}
