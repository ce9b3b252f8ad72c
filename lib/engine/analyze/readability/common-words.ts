// Whether a word is an everyday word, using our own easy-word list and regular inflections.
import { EASY_WORDS } from "../../lexicon/easy-words";

const easy = new Set(EASY_WORDS);

/** Base forms a regular inflection could come from: "cities" → "city", "hoped" → "hope". */
function bases(word: string): string[] {
  const out: string[] = [];
  const strip = (suffix: string, ...endings: string[]) => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      for (const ending of endings) out.push(stem + ending);
      // Doubled consonant: "stopped" → "stop", "running" → "run".
      if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
    }
  };
  strip("ies", "y");
  strip("ied", "y");
  strip("ier", "y");
  strip("iest", "y");
  strip("ily", "y");
  strip("es", "", "e");
  strip("s", "");
  strip("ed", "", "e");
  strip("d", "");
  strip("ing", "", "e");
  strip("er", "", "e");
  strip("est", "", "e");
  strip("ly", "");
  return out;
}

export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/'s$|'$/, "");
  if (easy.has(lower)) return true;
  return bases(lower).some((base) => easy.has(base));
}
