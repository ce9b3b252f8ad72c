// Syllables by spelling: vowel groups, minus silent endings, plus the common vowel pairs that
// are spoken as two. An estimate (±1 on some words) that is stable and fast, which is what a
// readability formula needs; no pronouncing dictionary is shipped.
import { SYLLABLE_EXCEPTIONS } from "./syllable-exceptions";

const SILENT_E_BEFORE = /e(ly|ment|ments|ful|less|ness)$/;

export function countSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/['’]/g, "");
  if (/^[\d.,:/]+%?$/.test(lower)) return Math.max(1, lower.replace(/\D/g, "").length);
  // Hyphenated and dotted words ("bi-partisan", "U.S.") are their parts read one after another.
  const parts = lower.split(/[-–.]/).filter((p) => /[a-z]/.test(p));
  if (parts.length > 1) {
    return parts.reduce((sum, part) => sum + (part.length === 1 ? 1 : countPart(part)), 0);
  }
  return parts.length === 0 ? 0 : countPart(parts[0] ?? "");
}

function countPart(part: string): number {
  const w = part.replace(/[^a-z]/g, "");
  if (w === "") return 0;
  const known = SYLLABLE_EXCEPTIONS[w];
  if (known !== undefined) return known;
  if (w.length <= 3) return 1;

  let stem = w.replace(SILENT_E_BEFORE, "$1");
  // Silent endings: "makes", "jumped", "make"; kept when spoken: "boxes", "wanted", "table", "free".
  if (/[^aeiouy]es$/.test(stem) && !/(?:[sxzl]|[cs]h|[cg])es$/.test(stem)) stem = stem.slice(0, -2);
  else if (/[^aeioutd]ed$/.test(stem)) stem = stem.slice(0, -2);
  else if (/[^aeiouy]e$/.test(stem) && !/[^aeiouy]le$/.test(stem)) stem = stem.slice(0, -1);
  else if (/[aiouy]e$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);

  // "y" before a vowel is a consonant ("year", "beyond", "player").
  const letters = stem.replace(/y(?=[aeiou])/g, "j");
  let count = (letters.match(/[aeiouy]+/g) ?? []).length;
  // Vowel pairs spoken as two syllables.
  count += (letters.match(/(?<![cgst]|ll)i[aou]/g) ?? []).length; // radio, various, India (not nation, special)
  count += (letters.match(/(?<![qg])u[ao]/g) ?? []).length; // actual, usual (not equal, guard)
  count += /[aeiou]ing$/.test(letters) ? 1 : 0; // being, doing, seeing
  count += /[^aeiou]i(?:er|est)$/.test(letters) ? 1 : 0; // easier, happiest
  return Math.max(1, count);
}
