// Cloze on key sentences: one name, country or number blanked, with a word bank of its kind.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { statements } from "./standalone";
import { shortName } from "../surface";
import { nearbyNumbers, plainNumeral } from "./numbers";
import { genderFits } from "./swap";

const BLANK = "_____";

export function cloze(ctx: GenerateContext): Candidate[] {
  const out: Candidate[] = [];
  const people = ctx.a.people.filter((p) => p.name.includes(" "));
  // Only names written as such in the article make a word bank a student can recognise.
  const countries = ctx.a.groups.filter((g) => (g.kind === "country" || g.kind === "organization") && ctx.a.text.includes(g.name));
  for (const sentence of ctx.a.sentences) {
    // The whole sentence, or the first clause of a long one that reads alone and holds a blank.
    const st = statements(ctx, sentence, 10, 34)[0];
    if (!st) continue;
    // Blank a number first (most specific), else a country or organization, else a person.
    const q = ctx.a.quantities.find((x) => x.start >= sentence.start && x.end <= sentence.end && x.kind !== "ordinal" && /\d/.test(x.text));
    let key: string | null = null;
    let bank: string[] = [];
    let kind: "number" | "place" | "person" = "number";
    if (q && st.text.includes(q.text)) {
      key = q.text;
      const others = ctx.a.quantities.filter((o) => o.kind === q.kind && o.unit === q.unit && o.text !== q.text && !st.text.includes(o.text)).map((o) => o.text);
      bank = [...new Set(others)];
      // Too few numbers of that kind in the article: the same unit with near values ("five months" for "four months").
      const numeral = plainNumeral(q);
      if (bank.length < 3 && numeral && (q.kind === "count" || q.kind === "percent" || q.kind === "measure")) {
        bank = nearbyNumbers(ctx.a.quantities.filter((o) => o.kind === q.kind && o.unit === q.unit), q, numeral).map((d) => d + q.text.slice(numeral.length));
      }
    } else {
      const g = countries.find((c) => new RegExp(`\\b${c.name}\\b(?! \\p{Lu})`, "u").test(st.text) && c.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end && m.form === "name"));
      if (g) {
        key = g.name;
        kind = "place";
        bank = countries.filter((c) => c.id !== g.id && c.kind === g.kind && !st.text.includes(c.name)).map((c) => c.name);
      } else {
        const p = people.find((x) => st.text.includes(shortName(x)));
        if (p) {
          key = st.text.includes(p.name) ? p.name : shortName(p);
          kind = "person";
          bank = people.filter((o) => o.id !== p.id && !st.text.includes(shortName(o)) && genderFits(o, st.text)).map((o) => (key === p.name ? o.name : shortName(o)));
        }
      }
    }
    if (!key || bank.length < 2) continue;
    const at = st.text.indexOf(key);
    if (at < 0 || st.text.indexOf(key, at + key.length) >= 0) continue; // the key must appear once
    const before = st.text.slice(0, at);
    // "President _____", "Senator _____": the title tells which person fits the blank.
    if (kind === "person" && /\b\p{Lu}\p{Ll}+\s+$/u.test(before)) continue;
    if ((before.match(/“/g) ?? []).length !== (before.match(/”/g) ?? []).length) continue;
    const id = `cloze:${sentence.start}`;
    const { options, option } = ctx.arrange(id, key, bank.slice(0, 3));
    out.push({
      value: 0.55 + (kind === "number" ? 0.1 : 0),
      question: {
        id,
        category: "comprehension",
        type: "cloze",
        skill: "close reading: key details",
        standard: "RI.8.1",
        difficulty: 1,
        format: "cloze",
        prompt: `Complete the sentence from paragraph ${ctx.paragraphOf(sentence.start)}: “${st.text.slice(0, at)}${BLANK}${st.text.slice(at + key.length)}”`,
        options,
        key: { option, accepted: [key], answerKind: kind },
        evidence: [ctx.span(sentence.start, sentence.end)],
        explanation: `Paragraph ${ctx.paragraphOf(sentence.start)} reads: “${sentence.text}”`,
      },
    });
  }
  return out;
}
