// A small rule-based English lemmatizer. Answers are compared lemma to lemma, so it only has
// to reduce a word and its inflections to the same stem ("allowed", "allowing", "allows" →
// "allow"; "raise", "raised" → "rais"), not to produce dictionary forms.
import { IRREGULAR_FORMS } from "./data/irregular-forms";

const VOWELS = /[aeiouy]/;
const KEEP_DOUBLE = new Set(["l", "s", "z", "f"]);

export function lemmatize(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_FORMS[w];
  if (irregular !== undefined) return irregular === w ? w : stem(irregular);
  if (w.length <= 3 || /\d/.test(w)) return w;
  return stem(w);
}

/** Inflection only ("shipments" → "shipment"), for a cloze that wants the article's very word. */
export function inflectionBase(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_FORMS[w];
  if (irregular !== undefined) return irregular;
  if (w.length <= 3 || /\d/.test(w)) return w;
  const s = verbal(plural(w));
  return s.length > 3 && s.endsWith("e") ? s.slice(0, -1) : s;
}

function stem(w: string): string {
  if (w.length <= 3) return w;
  let s = plural(w);
  s = verbal(s);
  s = derivational(s);
  // "raise"/"raising", "provoke"/"provoked" meet at the stem without the final e.
  if (s.length > 3 && s.endsWith("e")) s = s.slice(0, -1);
  // "negotiate"/"negotiation" meet at "negoti".
  if (s.length >= 7 && s.endsWith("at")) s = s.slice(0, -2);
  return s;
}

function plural(w: string): string {
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("sses")) return w.slice(0, -2);
  if (/(?:x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !/(?:ss|us|is|ous)$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

function verbal(w: string): string {
  if (w.endsWith("ied") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("ed") && w.length - 2 >= 3 && VOWELS.test(w.slice(0, -2))) return undouble(w.slice(0, -2));
  if (w.endsWith("ing") && w.length - 3 >= 3 && VOWELS.test(w.slice(0, -3))) return undouble(w.slice(0, -3));
  return w;
}

// Applied until nothing changes, so "implementation" and "implement" both reach "imple".
function derivational(word: string): string {
  let w = word;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of ["ation", "ment", "ness", "ly"]) {
      if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
        w = w.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  if (/[st]ion$/.test(w) && w.length - 3 >= 5) return w.slice(0, -3);
  return w;
}

// "stopped" → "stopp" → "stop"; "falling" keeps its "ll".
function undouble(s: string): string {
  const last = s.at(-1) ?? "";
  if (s.length >= 3 && last === s.at(-2) && !VOWELS.test(last) && !KEEP_DOUBLE.has(last)) return s.slice(0, -1);
  return s;
}
