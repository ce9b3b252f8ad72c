// Latency summaries printed by every bench, in one format so runs can be compared line by line.
export interface Sample {
  ms: number;
  ok: boolean;
}

export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

export interface Summary {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

export function summarize(samples: Sample[]): Summary {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { requests: samples.length, errors: samples.filter((s) => !s.ok).length, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99) };
}

const n = (v: number, w = 5) => (Number.isFinite(v) ? v.toFixed(0) : "-").padStart(w);

export function line(label: string, s: Summary): string {
  return `${label.padEnd(18)} requests ${n(s.requests)}  errors ${n(s.errors, 4)}  p50 ${n(s.p50)} ms  p95 ${n(s.p95)} ms  p99 ${n(s.p99)} ms`;
}
