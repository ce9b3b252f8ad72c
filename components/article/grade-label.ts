/** A Flesch-Kincaid grade as a teacher reads it: the grade, and "college" past grade 12. */
export function gradeLabel(grade: number): string {
  const g = Math.max(1, Math.round(grade));
  return g > 12 ? `Grade ${g} (college) reading level` : `Grade ${g} reading level`;
}
