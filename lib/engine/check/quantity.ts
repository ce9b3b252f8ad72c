// The number rule reads quantities through analyze/numbers: one number reader for the engine.
export { findQuantities, parseQuantity, quantitiesEqual } from "../analyze/numbers";
export type { Quantity } from "../analyze/types";
