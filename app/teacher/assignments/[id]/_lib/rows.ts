// Sorting and filtering the results table from the page's query string (?status=late&sort=score),
// so it works without JavaScript and the view can be bookmarked. Unknown values mean "default".
import type { AssignmentReport } from "@/lib/server/dal/results";

type Row = AssignmentReport["students"][number];

export const STATUS_FILTERS = ["all", "not started", "in progress", "submitted", "late"] as const;
export const SORTS = { name: "Name", "score-asc": "Score, lowest first", "score-desc": "Score, highest first", time: "Time spent, longest first", status: "Status" } as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export type Sort = keyof typeof SORTS;

export function parseView(params: Record<string, string | string[] | undefined>): { status: StatusFilter; sort: Sort } {
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const status = STATUS_FILTERS.find((s) => s === one(params.status)) ?? "all";
  const sortParam = one(params.sort);
  const sort = sortParam && sortParam in SORTS ? (sortParam as Sort) : "name";
  return { status, sort };
}

const STATUS_ORDER: Row["status"][] = ["not started", "in progress", "late", "submitted"];

/** Rows with no score or time sort last whichever way the list is sorted. */
export function viewRows(rows: Row[], view: { status: StatusFilter; sort: Sort }): Row[] {
  const shown = view.status === "all" ? rows : rows.filter((r) => r.status === view.status);
  const byName = (a: Row, b: Row) => a.displayName.localeCompare(b.displayName);
  const nullsLast = (a: number | null, b: number | null, dir: 1 | -1) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : (a - b) * dir);
  const cmp: Record<Sort, (a: Row, b: Row) => number> = {
    name: byName,
    "score-asc": (a, b) => nullsLast(a.score, b.score, 1) || byName(a, b),
    "score-desc": (a, b) => nullsLast(a.score, b.score, -1) || byName(a, b),
    time: (a, b) => nullsLast(a.timeSpentMs, b.timeSpentMs, -1) || byName(a, b),
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byName(a, b),
  };
  return [...shown].sort(cmp[view.sort]);
}

/** "12 min", "1 h 5 min", "under 1 min". */
export function duration(ms: number | null): string | null {
  if (ms === null) return null;
  const min = Math.round(ms / 60_000);
  if (min < 1) return "under 1 min";
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h ${min % 60} min`;
}
