// Whether a student's quantity states the same thing as the key's. Strict about value and
// unit, lenient about form:
// - "64%" = "64 percent" = "sixty-four percent"; proportions compare across forms:
//   "1 in 5" = "one in five" = "a fifth" = "20%" (to half a percentage point, so "a third" = "33%").
// - Splits compare their two sides: "7-2" = "7 to 2" = "seven to two" (either order: "2-7"
//   names the same split); a split never equals a single number.
// - A missing unit is lenient: a bare "3.4 million" or "about 3.4 million" equals "$3.4 million",
//   "15" equals "15 years", "64" equals "64%". A different unit is wrong: "15 months" is not
//   "15 years", "€5" is not "$5", "3.5 km" is not "3.5 miles" (no conversion between units).
// - The noun of a count describes, it does not measure: "39 senators" = "39 votes", but a count
//   never equals a percent, an amount of money or a measure.
import type { Quantity } from "../types";

const RELATIVE_TOLERANCE = 1e-9;
const PROPORTION_TOLERANCE = 0.005;

function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** A share of a whole as a number from 0 to 1, or null for anything else. */
function proportion(q: Quantity): number | null {
  if (q.kind === "percent" && q.unit === "percent") return q.value / 100;
  if (q.kind === "fraction") return q.value;
  return null;
}

function isBare(q: Quantity): boolean {
  return q.unit === null && (q.kind === "count" || q.kind === "ordinal" || q.kind === "year");
}

function sameParts(a: [number, number] | undefined, b: [number, number] | undefined): boolean {
  if (!a || !b) return false;
  return (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);
}

export function quantitiesEqual(a: Quantity, b: Quantity): boolean {
  const pa = proportion(a);
  const pb = proportion(b);
  if (pa !== null && pb !== null) return Math.abs(pa - pb) <= PROPORTION_TOLERANCE + 1e-12;
  if (a.kind === "ratio" || b.kind === "ratio") return a.kind === b.kind && sameParts(a.parts, b.parts);
  if (isBare(a) || isBare(b)) return sameValue(a.value, b.value);
  if (a.kind === "count" && b.kind === "count") return sameValue(a.value, b.value);
  return a.kind === b.kind && a.unit === b.unit && sameValue(a.value, b.value);
}
