// School grade bands a teacher picks texts by, from a Flesch-Kincaid grade.
export type GradeBand = "3-5" | "6-8" | "9-10" | "11-12" | "college";

/** Bands are half-open on the grade: 5.9 is still "3-5", 6.0 is "6-8"; below 3 counts as "3-5". */
export function gradeBand(grade: number): GradeBand {
  if (grade < 6) return "3-5";
  if (grade < 9) return "6-8";
  if (grade < 11) return "9-10";
  if (grade < 13) return "11-12";
  return "college";
}
