// What every generator receives: the analysis plus helpers to phrase and place things.
import type { TextSpan } from "../types";
import type { Analysis, Person, Sentence } from "../analyze";
import { hash, rng, shuffle } from "./random";

export interface GenerateContext {
  a: Analysis;
  seed: number;
  /** 1-based paragraph number of an offset. */
  paragraphOf(offset: number): number;
  sentenceAt(offset: number): Sentence | undefined;
  span(start: number, end: number): TextSpan;
  person(id: string | null | undefined): Person | undefined;
  /** Options in a stable, seed-dependent order; returns the options and the key's index. */
  arrange(id: string, key: string, distractors: string[]): { options: string[]; option: number };
}

export function makeContext(a: Analysis, seed: number): GenerateContext {
  const paraStarts = a.article.paragraphs.map((p) => p.start);
  return {
    a,
    seed,
    paragraphOf(offset) {
      let n = 0;
      for (let i = 0; i < paraStarts.length; i++) if (paraStarts[i]! <= offset) n = i;
      return n + 1;
    },
    sentenceAt(offset) {
      return a.sentences.find((s) => s.start <= offset && offset < s.end);
    },
    span(start, end) {
      return { start, end, text: a.text.slice(start, end) };
    },
    person(id) {
      return id ? a.people.find((p) => p.id === id) : undefined;
    },
    arrange(id, key, distractors) {
      const options = shuffle([key, ...distractors], rng(hash(`${id}:${seed}`)));
      return { options, option: options.indexOf(key) };
    },
  };
}
