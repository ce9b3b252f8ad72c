// What every reader needs: the text, its tokens, whether we read running text or a student's
// answer, and a way to build a Quantity from token positions.
import type { Quantity } from "../types";
import type { Token } from "./tokenize";

/**
 * "text": running article text, where "one" is usually a pronoun and a capitalized number word
 * belongs to a name ("Group of Seven"). "answer": a student's short answer, read leniently.
 */
export type ScanMode = "text" | "answer";

export interface ScanContext {
  text: string;
  tokens: readonly Token[];
  mode: ScanMode;
  /** Per token: its line is in title case (a headline), where capitals say nothing about names. */
  titleCase: readonly boolean[];
}

export interface Found {
  /** null when the tokens were consumed without reporting a quantity (an idiom, a range). */
  quantity: Quantity | null;
  last: number;
}

/** Values are rounded to 12 significant digits so 3.4 × 10⁶ is 3400000, not 3399999.9999999995. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

export function makeQuantity(
  context: ScanContext,
  first: number,
  last: number,
  kind: Quantity["kind"],
  value: number,
  unit: string | null,
  parts?: [number, number],
): Quantity {
  const start = (context.tokens[first] as Token).start;
  const end = (context.tokens[last] as Token).end;
  const quantity: Quantity = { text: context.text.slice(start, end), start, end, kind, value: tidy(value), unit };
  if (parts) quantity.parts = parts;
  return quantity;
}
