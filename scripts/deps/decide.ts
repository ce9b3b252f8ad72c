// Whether the framework packages are safe to ship (RELIABILITY.md, "Dependencies"): no high or
// critical advisory against next, react or react-dom, and each on the newest patch release of its
// line. Pure: the runner (check.ts) asks npm and hands the answers here.

export const WATCHED = ["next", "react", "react-dom"] as const;
export type Watched = (typeof WATCHED)[number];

export interface Finding {
  pkg: Watched;
  problem: string;
}

type Version = [number, number, number];

export function parseVersion(v: string): Version | null {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/**
 * High and critical advisories for the watched packages in `npm audit --json` output (npm 7+
 * shape: `vulnerabilities[name].severity`, with `via` naming the advisories).
 */
export function auditFindings(audit: unknown): Finding[] {
  const vulns = (audit as { vulnerabilities?: Record<string, { severity?: string; via?: unknown[] }> })?.vulnerabilities ?? {};
  const out: Finding[] = [];
  for (const pkg of WATCHED) {
    const v = vulns[pkg];
    if (!v || (v.severity !== "high" && v.severity !== "critical")) continue;
    const titles = (v.via ?? []).flatMap((x) => (typeof x === "object" && x && "title" in x ? [String((x as { title: unknown }).title)] : []));
    out.push({ pkg, problem: `${v.severity} advisory${titles.length ? `: ${titles.join("; ")}` : ""}` });
  }
  return out;
}

/** A newer patch release of the installed major.minor line means a missed fix (patch releases are where security fixes land). */
export function patchFinding(pkg: Watched, installed: string, published: readonly string[]): Finding | null {
  const mine = parseVersion(installed);
  if (!mine) return { pkg, problem: `installed version "${installed}" is not a release version` };
  const newer = published
    .map((v) => [v, parseVersion(v)] as const)
    .filter((x): x is readonly [string, Version] => x[1] !== null && x[1][0] === mine[0] && x[1][1] === mine[1] && x[1][2] > mine[2])
    .sort((a, b) => b[1][2] - a[1][2]);
  return newer.length ? { pkg, problem: `${installed} is installed but ${newer[0]![0]} is the newest patch release of ${mine[0]}.${mine[1]}: update it` } : null;
}
