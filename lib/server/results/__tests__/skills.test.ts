// Skill averages by hand: three students, two categories, three skills.
import { describe, expect, it } from "vitest";
import { byCategory, bySkill, skillSummaryByStudent, type SkillAnswer } from "../skills";

const rows: SkillAnswer[] = [
  { studentId: "a", category: "comprehension", skill: "central idea", score: 1 },
  { studentId: "a", category: "media-literacy", skill: "sourcing: named vs anonymous", score: 0 },
  { studentId: "a", category: "media-literacy", skill: "loaded language", score: 0.5 },
  { studentId: "b", category: "comprehension", skill: "central idea", score: 0 },
  { studentId: "b", category: "media-literacy", skill: "sourcing: named vs anonymous", score: 1 },
  { studentId: "c", category: "comprehension", skill: "central idea", score: 1 },
];

describe("skill scores", () => {
  it("averages by category, comprehension first, with the number of answers", () => {
    expect(byCategory(rows)).toEqual([
      { key: "comprehension", label: "Comprehension", percent: 66.7, answered: 3 },
      { key: "media-literacy", label: "Media literacy", percent: 50, answered: 3 },
    ]);
  });

  it("lists skills weakest first, ties by name", () => {
    expect(bySkill(rows).map((s) => [s.label, s.percent, s.answered])).toEqual([
      ["Loaded language", 50, 1],
      ["Sourcing: named vs anonymous", 50, 2],
      ["Central idea", 66.7, 3],
    ]);
  });

  it("gives each student their own summary, only of what they answered", () => {
    const per = skillSummaryByStudent(rows);
    expect(per.get("c")!.byCategory).toEqual([{ key: "comprehension", label: "Comprehension", percent: 100, answered: 1 }]);
    expect(per.get("a")!.bySkill.map((s) => s.percent)).toEqual([0, 50, 100]);
    expect(per.has("d")).toBe(false);
    expect(byCategory([])).toEqual([]);
  });
});
