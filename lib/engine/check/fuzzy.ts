// Typo tolerance: a student's "Itlay" or "Smtih" is the article's word with one slip of the keys.

/** Damerau–Levenshtein (optimal string alignment) distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows * cols - 1]!;
}

/**
 * Whether `typed` is a plausible misspelling of `word`. Short words get no tolerance (one
 * letter turns "rose" into "rise"); names get one slip from four letters, other words from five.
 * Students rarely get the first letter wrong, and requiring it keeps "Jones"/"Bones" apart.
 */
export function isTypo(typed: string, word: string, isName: boolean): boolean {
  if (typed === word || /\d/.test(typed) || /\d/.test(word)) return false;
  if (typed[0] !== word[0]) return false;
  // A doubled letter typed once ("bils", "Smit") is the commonest slip of all.
  if (typed.length >= 3 && undoubled(typed) === undoubled(word)) return true;
  const shorter = Math.min(typed.length, word.length);
  const allowed = shorter >= (isName ? 7 : 9) ? 2 : shorter >= (isName ? 4 : 5) ? 1 : 0;
  return allowed > 0 && editDistance(typed, word, allowed) <= allowed;
}

function undoubled(s: string): string {
  return s.replace(/(\p{L})\1/gu, "$1");
}
