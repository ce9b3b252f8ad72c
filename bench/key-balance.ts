// Counting answer keys over default quizzes (bench/keys.ts, bench/yield.ts).
import type { Question } from "../lib/engine/generate";

const TF = ["True", "False", "Not stated"];

export function keyBalance(quizzes: Question[][]) {
  const tf: Record<string, number> = { True: 0, False: 0, "Not stated": 0 };
  const mc: Record<string, number> = {};
  // What a student earns by always giving one answer: "True" on true/false and the same letter on
  // choice questions (tf = True, so "always A" and "always True" are the same strategy).
  const always: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
  let asked = 0;
  let tfPairs = 0;
  let tfSameKey = 0;
  for (const qs of quizzes) {
    const keys = qs.filter((q) => q.format === "tf").map((q) => q.key.option ?? 0);
    for (const k of keys) tf[TF[k]!]!++;
    if (keys.length >= 2) {
      tfPairs++;
      if (new Set(keys).size === 1) tfSameKey++;
    }
    for (const q of qs) {
      if (q.key.option === undefined) continue;
      asked++;
      for (const l of Object.keys(always)) if (q.key.option === l.charCodeAt(0) - 65) always[l]!++;
      if (q.format === "tf") continue;
      const pos = `${String.fromCharCode(65 + q.key.option)} of ${q.options?.length ?? "?"}`;
      mc[pos] = (mc[pos] ?? 0) + 1;
    }
  }
  const sorted = Object.fromEntries(Object.entries(mc).sort((a, b) => a[0].split(" of ")[1]!.localeCompare(b[0].split(" of ")[1]!) || a[0].localeCompare(b[0])));
  const letters = { A: 0, B: 0, C: 0, D: 0 } as Record<string, number>;
  for (const [k, n] of Object.entries(mc)) letters[k[0]!] = (letters[k[0]!] ?? 0) + n;
  return { tf, mc: sorted, letters, always: Object.fromEntries(Object.entries(always).map(([l, n]) => [l, `${n} of ${asked} (${Math.round((100 * n) / asked)}%)`])), tfPairs, tfSameKey };
}
