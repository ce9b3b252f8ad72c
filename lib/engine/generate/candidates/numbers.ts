// Numbers for distractors: wrong values written the way the article writes the right one.
import type { Quantity } from "../../analyze";
import { CARDINAL_WORDS } from "../../lexicon/number-words";

/** The numeral at the start of a quantity's text: "13,000" of "13,000 location points", "four" of "four months". */
export const NUMERAL = /^(?:\d[\d,]*(?:\.\d+)?|(?:[a-z]+-)?[a-z]+)\b/i;

/**
 * The numeral that alone carries the quantity's value ("39" of "39 senators"), or null when a
 * scale word or symbol is part of it ("1.8 million people", "$3.4m"): near values of those
 * cannot be written by swapping the numeral.
 */
export function plainNumeral(q: Quantity): string | null {
  const numeral = NUMERAL.exec(q.text)?.[0];
  if (!numeral || !isNumber(numeral)) return null;
  const value = /^\d/.test(numeral) ? Number(numeral.replace(/,/g, "")) : numeral.toLowerCase().split("-").reduce((sum, w) => sum + (CARDINAL_WORDS.get(w) ?? NaN), 0);
  return value === q.value ? numeral : null;
}

export function isNumber(numeral: string): boolean {
  return /^\d/.test(numeral) || numeral.toLowerCase().split("-").every((w) => CARDINAL_WORDS.has(w));
}

/** Three wrong counts written like the key: other counts of the article first, then near values. */
export function nearbyNumbers(all: Quantity[], q: Quantity, numeral: string): string[] {
  const words = !/^\d/.test(numeral);
  const fmt = (n: number) => (words && n <= 20 ? wordFor(n) : n.toLocaleString("en-US"));
  const v = q.value;
  const values = new Set<number>();
  for (const o of all) if (o.kind === q.kind && o.value !== v && o.value > 1 && o.value < v * 10 && o.value > v / 10 && Number.isInteger(o.value)) values.add(o.value);
  // Steps of the number's own order of magnitude: 60 → 80, 50, 70, not 61 or 59, which look like guesses.
  const step = v < 20 ? 1 : Math.pow(10, Math.floor(Math.log10(v)));
  for (const n of [v + 2 * step, v - step, v + step, v * 2, Math.round(v / 2)]) if (n > 1 && n !== v && Number.isInteger(n)) values.add(n);
  return [...values].map(fmt).filter((d) => d !== numeral).slice(0, 3);
}

function wordFor(n: number): string {
  for (const [w, v] of CARDINAL_WORDS) if (v === n) return w;
  return String(n);
}
