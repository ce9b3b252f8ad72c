// Scores by what a question practises: comprehension vs media literacy, and by skill tag. Pure,
// so the averages can be checked by hand; the pages show the same numbers in words and bars.

export type SkillCategory = "comprehension" | "media-literacy";

export interface SkillAnswer {
  studentId: string;
  category: SkillCategory;
  skill: string;
  /** 0–1 as graded, after any teacher override. */
  score: number;
}

export interface SkillScore {
  /** The category or skill tag. */
  key: string;
  label: string;
  /** Mean score × 100, one decimal. */
  percent: number;
  answered: number;
}

export const CATEGORY_LABELS: Record<SkillCategory, string> = { comprehension: "Comprehension", "media-literacy": "Media literacy" };

const round1 = (n: number) => Math.round(n * 1000) / 10;

function group(rows: SkillAnswer[], keyOf: (r: SkillAnswer) => string, labelOf: (k: string) => string): SkillScore[] {
  const sums = new Map<string, { total: number; n: number }>();
  for (const r of rows) {
    const k = keyOf(r);
    const g = sums.get(k) ?? { total: 0, n: 0 };
    g.total += r.score;
    g.n++;
    sums.set(k, g);
  }
  return [...sums.entries()].map(([key, g]) => ({ key, label: labelOf(key), percent: round1(g.total / g.n), answered: g.n }));
}

/** Comprehension first, then media literacy; only categories with answers. */
export function byCategory(rows: SkillAnswer[]): SkillScore[] {
  const order: string[] = ["comprehension", "media-literacy"];
  return group(rows, (r) => r.category, (k) => CATEGORY_LABELS[k as SkillCategory] ?? k).sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

/** Weakest skill first: the one to teach again is at the top. Ties by name. */
export function bySkill(rows: SkillAnswer[]): SkillScore[] {
  const label = (k: string) => k.charAt(0).toUpperCase() + k.slice(1);
  return group(rows, (r) => r.skill, label).sort((a, b) => a.percent - b.percent || a.key.localeCompare(b.key));
}

export interface SkillSummary {
  byCategory: SkillScore[];
  bySkill: SkillScore[];
}

export function skillSummary(rows: SkillAnswer[]): SkillSummary {
  return { byCategory: byCategory(rows), bySkill: bySkill(rows) };
}

/** The same summary for each student. */
export function skillSummaryByStudent(rows: SkillAnswer[]): Map<string, SkillSummary> {
  const per = new Map<string, SkillAnswer[]>();
  for (const r of rows) per.set(r.studentId, [...(per.get(r.studentId) ?? []), r]);
  return new Map([...per.entries()].map(([id, rs]) => [id, skillSummary(rs)]));
}
