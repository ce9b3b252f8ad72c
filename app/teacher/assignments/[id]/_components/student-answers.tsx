// Each student's answers with the checker's (or the teacher's) verdict and score, one
// disclosure per student so the page stays short for a class of thirty.
import type { AssignmentReport } from "@/lib/server/dal/results";
import { shorten } from "./item-analysis";

const VERDICT: Record<string, string> = { correct: "Correct", partial: "Partly right", incorrect: "Not right", "needs-review": "Needs your review" };
const LETTERS = "ABCDEFGHIJ";

export function StudentAnswers({ report }: { report: AssignmentReport }) {
  const started = report.students.filter((s) => Object.keys(s.answers).length > 0);
  return (
    <section aria-labelledby="answers-by-student" className="mt-12">
      <h2 id="answers-by-student" className="text-2xl font-semibold tracking-tight">
        Answers by student
      </h2>
      {started.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-rule p-5 text-muted">No answers yet.</p>
      ) : (
        <ul className="mt-4 grid gap-3">
          {started.map((s) => (
            <li key={s.studentId} className="rounded-xl border border-rule bg-white p-4 shadow-sm">
              <details>
                <summary className="cursor-pointer font-semibold">
                  {s.displayName} <span className="font-normal text-muted">— {Object.keys(s.answers).length} of {report.questions.length} answered</span>
                </summary>
                <table className="mt-3 w-full text-left text-sm">
                  <caption className="sr-only">{s.displayName}&apos;s answers</caption>
                  <thead className="text-muted">
                    <tr>
                      <th scope="col" className="pr-3 font-medium">Question</th>
                      <th scope="col" className="pr-3 font-medium">Answer</th>
                      <th scope="col" className="pr-3 font-medium">Verdict</th>
                      <th scope="col" className="text-right font-medium">Score</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.questions.map((q) => {
                      const a = s.answers[q.id];
                      const text = a === undefined ? null : typeof a.answer === "number" && q.options ? `${LETTERS[a.answer]}. ${q.options[a.answer] ?? ""}` : String(a.answer);
                      return (
                        <tr key={q.id} className="border-t border-rule align-top">
                          <th scope="row" className="py-1 pr-3 font-normal tabular-nums">{q.number}</th>
                          <td className="py-1 pr-3">{text === null ? <span className="text-muted">Not answered</span> : shorten(text, 160)}</td>
                          <td className="py-1 pr-3">{a?.verdict ? VERDICT[a.verdict] : <span className="text-muted">Not graded yet</span>}</td>
                          <td className="py-1 text-right tabular-nums">{a?.score === null || a?.score === undefined ? "" : a.score}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
