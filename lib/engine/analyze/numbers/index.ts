// Numbers with units: found in running text (analysis) and read from a student's answer (checking).
export { findQuantities } from "./find-quantities";
export { parseQuantity } from "./parse-quantity";
export { quantitiesEqual } from "./quantities-equal";
