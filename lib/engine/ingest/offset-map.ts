// Maps offsets of the normalized text back to the decoded input, so a finding can be shown in
// the text exactly as it arrived. Stored as runs of constant shift to stay small for long texts.

export interface OffsetMap {
  /** Normalized offsets where a run starts (ascending, first is 0). */
  at: number[];
  /** Source offset minus normalized offset within each run. */
  shift: number[];
}

export function compressIndex(sourceIndex: Int32Array): OffsetMap {
  const at: number[] = [];
  const shift: number[] = [];
  for (let i = 0; i < sourceIndex.length; i++) {
    const d = sourceIndex[i]! - i;
    if (shift.length === 0 || shift[shift.length - 1] !== d) {
      at.push(i);
      shift.push(d);
    }
  }
  return { at, shift };
}

/** composeIndex(outer, inner)[i] = inner[outer[i]]: normalized → intermediate → source. */
export function composeIndex(outer: Int32Array, inner: Int32Array): Int32Array {
  const result = new Int32Array(outer.length);
  for (let i = 0; i < outer.length; i++) result[i] = inner[outer[i]!]!;
  return result;
}

export function toSourceOffset(map: OffsetMap, offset: number): number {
  let lo = 0;
  let hi = map.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.at[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return offset + (map.shift[lo] ?? 0);
}
