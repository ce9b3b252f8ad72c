// Test helper: raw article text → normalized text and sentences, through the real ingest and
// sentence splitter, so that tests see what the pipeline sees.
import { ingestText } from "../../../ingest";
import { sentencesOf } from "../../sentences";
import type { Sentence } from "../../types";
import { findEntities, type Entities } from "..";

export interface Prepared {
  text: string;
  sentences: Sentence[];
  entities: Entities;
}

export function prepare(raw: string): Prepared {
  const ingested = ingestText(raw);
  if (!ingested.ok) throw new Error(`ingest failed: ${ingested.error.message}`);
  const { text, paragraphs } = ingested.article;
  const sentences = sentencesOf(text, paragraphs);
  return { text, sentences, entities: findEntities(text, sentences) };
}

/** One sentence, one paragraph: for short cases. */
export function one(sentence: string): Entities {
  return findEntities(sentence, [{ start: 0, end: sentence.length, text: sentence, index: 0, paragraph: 0 }]);
}

/** A few sentences in one paragraph, split after ". " for short cases. */
export function few(text: string): Entities {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.?!][”"]?\s+(?=[“"A-Z])/g)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph: 0 });
    start = (m.index ?? 0) + m[0].length;
  }
  sentences.push({ start, end: text.length, text: text.slice(start), index: sentences.length, paragraph: 0 });
  return findEntities(text, sentences);
}
