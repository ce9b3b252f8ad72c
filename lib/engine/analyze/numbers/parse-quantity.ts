// A student's answer read as one quantity: "seven to two", "$3,400,000", "about 3.4 million",
// "sixty-four percent", "a fifth". Words around the number ("It was about …") are ignored.
import type { Quantity } from "../types";
import { scanQuantities } from "./find-quantities";

/** The quantity an answer states, or null when it states none. The widest one wins. */
export function parseQuantity(answer: string): Quantity | null {
  let best: Quantity | null = null;
  for (const quantity of scanQuantities(answer, "answer")) {
    if (!best || quantity.end - quantity.start > best.end - best.start) best = quantity;
  }
  return best;
}
