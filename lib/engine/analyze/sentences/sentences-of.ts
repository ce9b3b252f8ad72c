// Numbers the sentences of each paragraph for the analysis.
import type { Sentence, Span } from "../types";
import { splitSentences } from "./split-sentences";

export function sentencesOf(text: string, paragraphs: Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const s of splitSentences(text, paragraph)) {
      sentences.push({ ...s, index: sentences.length, paragraph: paragraphIndex });
    }
  });
  return sentences;
}
