// Literal "how many": a counted noun in a simple clause, turned into a question without
// rewriting the rest of the sentence. Two shapes are safe to form by pattern:
//   subject:  "At least 21 people are reported killed …"  → "How many people are reported killed …?"
//   object:   "The data included nearly 13,000 location points, …" → "How many location points did the data include?"
// Anything else (a number inside a prepositional phrase, a clause with a pronoun subject) is skipped.
import lemmatizer from "wink-lemmatizer";
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { nearbyNumbers, plainNumeral } from "./numbers";
import { STOPWORDS } from "../../lexicon/stopwords";
import { lowerFirst, wordCount } from "../surface";
import { BACK_REFERENCE, PRONOUN } from "../lexicon/anaphora";
import { IRREGULAR_PAST, SUBJECT_VERB_START } from "../lexicon/verbs";

/** Words that qualify a number ("nearly 13,000"); dropped from the question, kept in the explanation. */
const APPROX = /(?:^|\s)((?:at least|at most|more than|fewer than|less than|nearly|almost|about|around|roughly|some|only|over|under|up to|just)\s+)$/i;

export function howMany(ctx: GenerateContext): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  for (const q of a.quantities) {
    if (q.kind !== "count" || !q.unit) continue;
    const numeral = plainNumeral(q);
    if (!numeral) continue;
    const noun = q.text.slice(numeral.length).trim();
    if (!/^[\p{Ll}][\p{L} -]*$/u.test(noun) || wordCount(noun) > 4) continue;
    const s = ctx.sentenceAt(q.start);
    if (!s || /[“”"]/.test(s.text)) continue;
    let before = a.text.slice(s.start, q.start);
    const approx = APPROX.exec(before);
    if (approx) before = before.slice(0, before.length - approx[1]!.length);
    before = before.trim();
    // The rest of the clause: up to the next comma, dash, semicolon or the sentence end.
    const rest = a.text.slice(q.end, s.end).split(/[,;:—–(]|\s-\s/)[0]!.replace(/[.!?]+$/, "").trim();
    const prompt = before === "" ? subjectQuestion(noun, rest) : objectQuestion(before, noun, rest);
    if (!prompt || wordCount(prompt) > 28 || PRONOUN.test(prompt) || BACK_REFERENCE.test(prompt)) continue;
    const key = numeral;
    const distractors = nearbyNumbers(a.quantities, q, numeral).filter((d) => !statesCount(a.text, d, noun));
    if (distractors.length < 3) continue;
    const id = `how-many:${q.start}`;
    const { options, option } = ctx.arrange(id, key, distractors.slice(0, 3));
    const p = ctx.paragraphOf(q.start);
    out.push({
      value: 0.78,
      question: {
        id,
        category: "comprehension",
        type: "literal-how-many",
        skill: "literal comprehension: how many",
        standard: "RI.8.1",
        difficulty: 1,
        format: "mc",
        prompt,
        options,
        key: { option, accepted: [q.text, key], answerKind: "number" },
        evidence: [ctx.span(s.start, s.end)],
        explanation: `Paragraph ${p} says ${approx ? approx[1]!.trim() + " " : ""}${q.text}.`,
      },
    });
  }
  return out;
}

/** "21 people are reported killed in …" → "How many people are reported killed in …?" */
function subjectQuestion(noun: string, rest: string): string | null {
  if (!SUBJECT_VERB_START.test(rest) && !/^\p{Ll}+ed\b/u.test(rest)) return null;
  return `How many ${noun} ${rest}?`;
}

/** "The data included" + "location points" → "How many location points did the data include?" */
function objectQuestion(before: string, noun: string, rest: string): string | null {
  const words = before.split(/\s+/);
  const verb = words.pop()!;
  const subject = words.join(" ");
  if (!subject || /,/.test(subject) || wordCount(subject) > 6 || !/^\p{Lu}/u.test(subject)) return null;
  // A subject that opens with a preposition or conjunction is an adverbial, not a subject.
  const first = subject.split(" ")[0]!.toLowerCase();
  if (STOPWORDS.has(first) && !/^(?:the|a|an|both|all|some|several|many|most)$/.test(first)) return null;
  const lower = verb.toLowerCase();
  const base = IRREGULAR_PAST.get(lower) ?? (/^\p{Ll}+ed$/u.test(verb) ? lemmatizer.verb(lower) : null);
  if (!base || base === lower) return null;
  return `How many ${noun} did ${lowerFirst(subject)} ${base}${rest ? ` ${rest}` : ""}?`;
}

/** Whether the text states this count of this noun ("3,000 points" is not inside "13,000 points"). */
function statesCount(text: string, numeral: string, noun: string): boolean {
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\d,.])${esc(numeral)} ${esc(noun)}\\b`, "i").test(text);
}
