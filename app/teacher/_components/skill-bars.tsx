// Scores by skill as a table a screen reader reads row by row, with a bar beside each number as a
// picture of the same value (hidden from assistive technology; the number carries the meaning,
// never the colour or the length alone).
import type { SkillScore } from "@/lib/server/results/skills";

export function SkillBars({ scores, caption, empty = "No graded answers yet." }: { scores: SkillScore[]; caption: string; empty?: string }) {
  if (scores.length === 0) return <p className="mt-2 text-sm text-muted">{empty}</p>;
  return (
    <table className="mt-2 w-full max-w-2xl text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-muted">
        <tr>
          <th scope="col" className="pr-4 text-left font-medium">Skill</th>
          <th scope="col" className="pr-4 text-right font-medium">Score</th>
          <th scope="col" className="pr-4 text-right font-medium">Answers</th>
          <th scope="col" className="w-2/5 text-left font-medium">
            <span className="sr-only">Bar</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {scores.map((s) => (
          <tr key={s.key}>
            <th scope="row" className="py-1 pr-4 text-left font-normal">{s.label}</th>
            <td className="py-1 pr-4 text-right font-medium tabular-nums">{s.percent}%</td>
            <td className="py-1 pr-4 text-right tabular-nums">{s.answered}</td>
            <td className="py-1" aria-hidden="true">
              <div className="h-3 w-full overflow-hidden rounded-sm border border-stone-500 bg-paper">
                <div className="h-full bg-accent" style={{ width: `${Math.max(0, Math.min(100, s.percent))}%` }} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
