/** A Flesch-Kincaid grade as a teacher reads it. */
export function gradeLabel(grade: number): string {
  const g = Math.round(grade);
  if (g <= 1) return "Grade 1 reading level";
  if (g >= 13) return "College reading level";
  return `Grade ${g} reading level`;
}
