import type { Feedback } from "./types";

const HEADINGS: Record<Feedback["verdict"], { title: string; className: string; icon: string }> = {
  correct: { title: "Correct", className: "border-green-700 bg-green-50 text-green-900", icon: "✓" },
  partial: { title: "Partly right", className: "border-amber-700 bg-amber-50 text-amber-950", icon: "◐" },
  incorrect: { title: "Not quite", className: "border-red-700 bg-red-50 text-red-900", icon: "✗" },
  "needs-review": { title: "A teacher would review this", className: "border-blue-700 bg-blue-50 text-blue-950", icon: "✎" },
};

/** The verdict, in words and not colour alone, with the passage that decides it. */
export function FeedbackPanel({ feedback, onShowEvidence }: { feedback: Feedback; onShowEvidence?: () => void }) {
  const h = HEADINGS[feedback.verdict];
  return (
    <div className={`mt-4 rounded-lg border-l-4 px-4 py-3 text-[0.95rem] ${h.className}`}>
      <p className="flex gap-1.5 font-semibold">
        <span aria-hidden="true">{h.icon}</span>
        <span>{h.title}</span>
      </p>
      <p className="mt-1">{feedback.reason}</p>
      {feedback.verdict !== "correct" && feedback.correctAnswer && (
        <p className="mt-1">
          <span className="font-semibold">Answer:</span> {feedback.correctAnswer}
        </p>
      )}
      <p className="mt-1">{feedback.explanation}</p>
      {feedback.evidenceText.length > 0 && (
        <blockquote className="mt-2 border-l-2 border-current/30 pl-3 font-serif italic">“{feedback.evidenceText[0]}”</blockquote>
      )}
      {onShowEvidence && feedback.evidence.length > 0 && (
        <button type="button" onClick={onShowEvidence} className="mt-2 text-sm font-semibold underline underline-offset-2">
          Show the passage in the article
        </button>
      )}
    </div>
  );
}
