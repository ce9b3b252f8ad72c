import { POS_LABELS, type DefineResult } from "./definition";

/** A definition as text: the word, its part of speech, the meaning, and whether it is the article's sense. */
export function DefinitionCard({ result, headingId }: { result: DefineResult; headingId?: string }) {
  if (!result.found && result.withheld) {
    return (
      <p id={headingId}>
        A question asks what <strong>{result.word}</strong> means, so look for clues in the sentence around it. Its meaning shows with your
        feedback.
      </p>
    );
  }
  if (!result.found) {
    return (
      <p id={headingId}>
        No definition found for <strong>{result.word}</strong>. Names and very new words are not in the dictionary.
      </p>
    );
  }
  const d = result.definition;
  return (
    <div>
      <p id={headingId} className="font-semibold">
        {d.lemma} <span className="font-normal italic text-muted">({POS_LABELS[d.pos]})</span>
      </p>
      <p className="mt-1">{d.definition}</p>
      {d.example && <p className="mt-1 text-sm italic text-muted">For example: “{d.example}”</p>}
      <p className="mt-1 text-sm text-muted">{d.inArticleSense ? "The meaning used in this article." : "The most common meaning."}</p>
    </div>
  );
}
