// Types for pacer.mjs (plain JavaScript so that `node` runs the server without a build step).
export interface Pacer {
  admit(run: () => void, options?: { urgent?: boolean; isGone?: () => boolean }): void;
  queued(): number;
}
export function createPacer(options?: { perTurn?: number; defer?: (fn: () => void) => void }): Pacer;
