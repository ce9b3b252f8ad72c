// How each question behaved across the class, and how the scores spread: numbers in words first,
// bars only as a picture of the same numbers (never colour alone).
import type { AssignmentReport } from "@/lib/server/dal/results";
import type { ItemFlag } from "@/lib/server/results/item-stats";

const FLAG_TEXT: Record<ItemFlag, string> = {
  "distractor-beats-key": "Strong students chose a wrong option more often than the key — check this question.",
  "nearly-all-wrong": "Nearly everyone got this wrong — check the key, or teach this point again.",
  "nearly-all-right": "Nearly everyone got this right — it tells you little about who understood.",
};

const LETTERS = "ABCDEFGHIJ";

export function shorten(text: string, max = 140): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

function Bar({ percent, label }: { percent: number; label: string }) {
  return (
    <div role="img" aria-label={label} className="h-3 w-full max-w-xs overflow-hidden rounded-full border border-stone-500 bg-paper">
      <div className="h-full bg-accent" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
    </div>
  );
}

export function ItemAnalysis({ report }: { report: AssignmentReport }) {
  return (
    <section aria-labelledby="item-analysis" className="mt-12">
      <h2 id="item-analysis" className="text-2xl font-semibold tracking-tight">
        Question by question
      </h2>
      <p className="mt-1 text-sm text-muted">Percent correct is the class&apos;s average score on each question, counting part marks and your reviews.</p>
      <ol className="mt-4 grid gap-4">
        {report.questions.map((q) => {
          const item = report.items.find((i) => i.questionId === q.id);
          const pct = item?.percentCorrect ?? null;
          const headingId = `item-${q.id}`;
          return (
            <li key={q.id} aria-labelledby={headingId} className="rounded-xl border border-rule bg-white p-5 shadow-sm">
              <h3 id={headingId} className="font-semibold">
                Question {q.number}
              </h3>
              <p className="mt-1 font-serif" title={q.prompt}>
                {shorten(q.prompt)}
              </p>
              {pct === null ? (
                <p className="mt-2 text-muted">No answers yet.</p>
              ) : (
                <div className="mt-2 flex flex-wrap items-center gap-3">
                  <p className="font-medium tabular-nums">
                    {pct}% correct <span className="font-normal text-muted">({item!.answered === 1 ? "1 answer" : `${item!.answered} answers`})</span>
                  </p>
                  <Bar percent={pct} label={`${pct}% correct on question ${q.number}`} />
                </div>
              )}
              {item?.flags.map((f) => (
                <p key={f} className="mt-2 rounded-lg border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
                  <strong>Check:</strong> {FLAG_TEXT[f]}
                </p>
              ))}
              {q.options && item?.optionCounts && item.answered > 0 && (
                <table className="mt-3 text-sm">
                  <caption className="sr-only">How often each option was picked on question {q.number}</caption>
                  <thead className="text-muted">
                    <tr>
                      <th scope="col" className="pr-4 text-left font-medium">Option</th>
                      <th scope="col" className="pr-4 text-right font-medium">Picked</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.options.map((o, i) => (
                      <tr key={i}>
                        <th scope="row" className="py-0.5 pr-4 text-left font-normal">
                          {LETTERS[i]}. {shorten(o, 80)} {i === q.keyOption && <strong>(key)</strong>}
                        </th>
                        <td className="py-0.5 pr-4 text-right tabular-nums">{item.optionCounts![i] ?? 0}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {item && item.commonWrong.length > 0 && (
                <div className="mt-3 text-sm">
                  <p className="font-medium">Most common wrong answers</p>
                  <ul className="mt-1 list-disc pl-5">
                    {item.commonWrong.map((w) => (
                      <li key={w.answer}>
                        “{shorten(w.answer, 80)}” — {w.count === 1 ? "1 student" : `${w.count} students`}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Scores in 10-point bands (the last band includes 100). */
export function scoreBands(scores: number[]): { label: string; count: number }[] {
  const bands = Array.from({ length: 10 }, (_, i) => ({ label: i === 9 ? "90–100%" : `${i * 10}–${i * 10 + 9}%`, count: 0 }));
  for (const s of scores) bands[Math.min(9, Math.floor(Math.round(s * 1000) / 100))]!.count++;
  return bands;
}

export function ScoreDistribution({ scores }: { scores: number[] }) {
  const bands = scoreBands(scores);
  const most = Math.max(1, ...bands.map((b) => b.count));
  return (
    <section aria-labelledby="distribution" className="mt-12">
      <h2 id="distribution" className="text-2xl font-semibold tracking-tight">
        Score distribution
      </h2>
      {scores.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-rule p-5 text-muted">No scores yet.</p>
      ) : (
        <table className="mt-4 w-full max-w-lg text-sm">
          <caption className="sr-only">Number of students in each score band</caption>
          <thead className="text-muted">
            <tr>
              <th scope="col" className="pr-4 text-left font-medium">Score</th>
              <th scope="col" className="pr-4 text-right font-medium">Students</th>
              <th scope="col" className="w-1/2 text-left font-medium">
                <span className="sr-only">Bar</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {bands.map((b) => (
              <tr key={b.label}>
                <th scope="row" className="py-0.5 pr-4 text-left font-normal tabular-nums">{b.label}</th>
                <td className="py-0.5 pr-4 text-right tabular-nums">{b.count}</td>
                <td className="py-0.5" aria-hidden="true">
                  <div className="h-3 rounded-sm bg-accent" style={{ width: `${(b.count / most) * 100}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
