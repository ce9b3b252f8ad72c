// generate: overgenerate candidates from the analysis, reject hard, rank, keep a default set.
import type { Analysis } from "../analyze";
import { makeContext } from "./context";
import { reject, type Rejection } from "./accept";
import { select, spreadKeys } from "./select";
import type { Candidate, Question } from "./types";
import { centralIdea } from "./candidates/central-idea";
import { whoSaid } from "./candidates/who-said";
import { literalWho } from "./candidates/literal-who";
import { conflictingClaims } from "./candidates/conflicting-claims";
import { quotedOrParaphrased } from "./candidates/quoted-or-paraphrased";
import { namedOrAnonymous } from "./candidates/named-or-anonymous";
import { whatsMissing } from "./candidates/whats-missing";
import { newsOrOpinion } from "./candidates/news-or-opinion";
import { trueFalse } from "./candidates/true-false";
import { cloze } from "./candidates/cloze";
import { factOrOpinion } from "./candidates/fact-or-opinion";
import { loadedLanguage } from "./candidates/loaded-language";
import { evidence } from "./candidates/evidence";
import { evidenceQuote } from "./candidates/evidence-quote";
import { causeEffect } from "./candidates/cause-effect";
import { sequence } from "./candidates/sequence";
import { howMany } from "./candidates/how-many";
import { literalWh } from "./candidates/literal-wh";
import { quotedDirectly } from "./candidates/quoted-directly";
import { sideVoice } from "./candidates/side-voice";
import { vocabulary } from "./candidates/vocabulary";
import type { GenerateContext } from "./context";
import type { VocabularyItem } from "../analyze/vocabulary";
import type { Span } from "./spans";

export type * from "./types";
export type { Rejection };

const GENERATORS: ((ctx: GenerateContext, options: GenerateOptions) => Candidate[])[] = [
  (ctx) => centralIdea(ctx),
  (ctx) => evidence(ctx),
  (ctx) => evidenceQuote(ctx),
  causeEffect,
  sequence,
  (ctx, o) => vocabulary(ctx, o.vocabulary ?? ctx.a.vocabulary),
  howMany,
  literalWh,
  whoSaid,
  literalWho,
  conflictingClaims,
  quotedOrParaphrased,
  quotedDirectly,
  sideVoice,
  namedOrAnonymous,
  factOrOpinion,
  loadedLanguage,
  trueFalse,
  cloze,
  whatsMissing,
  newsOrOpinion,
];

export interface GenerateOptions {
  /** Size of the default set (10–15 recommended). */
  count?: number;
  /** 0 gives the default quiz; any other seed gives alternates. */
  seed?: number;
  /**
   * Words to ask about in "vocabulary in context" questions; defaults to the analysis's own
   * vocabulary (found when `analyze` was given a dictionary, which the engine does not bundle).
   */
  vocabulary?: readonly VocabularyItem[];
}

export interface Generated {
  questions: Question[];
  /** Every accepted candidate, for a teacher asking for alternates. */
  pool: Question[];
  rejected: { id: string; type: Question["type"]; rule: Rejection }[];
}

export function generate(analysis: Analysis, options: GenerateOptions = {}): Generated {
  const seed = options.seed ?? 0;
  const count = options.count ?? 12;
  const ctx = makeContext(analysis, seed);
  const candidates: Candidate[] = [];
  const rejected: Generated["rejected"] = [];
  const ids = new Set<string>();
  for (const g of GENERATORS) {
    for (const c of g(ctx, options)) {
      if (ids.has(c.question.id)) continue;
      const why = reject(c.question, analysis.text);
      if (why) rejected.push({ id: c.question.id, type: c.question.type, rule: why });
      else {
        ids.add(c.question.id);
        candidates.push(c);
      }
    }
  }
  const chosen = refitShownSentences(ctx, select(candidates, count, seed), analysis.text);
  const questions = spreadKeys(chosen, seed);
  // The pool holds the same questions as the quiz, options in the same order.
  const moved = new Map(chosen.map((q, i) => [q, questions[i]!]));
  const byId = new Map(chosen.map((q, i) => [q.id, questions[i]!]));
  return { questions, pool: candidates.map((c) => moved.get(c.question) ?? byId.get(c.question.id) ?? c.question), rejected };
}

/** Questions about the article as a whole: their evidence only illustrates the answer. */
const WHOLE_ARTICLE = new Set<Question["type"]>(["news-or-opinion", "whats-missing", "named-or-anonymous"]);

/** Questions whose key is stated in the sentence they ask about. */
const STATED_BY_ITS_SENTENCE = new Set<Question["type"]>(["true-false", "cloze", "who-said", "cause-effect", "literal-who", "literal-how-many", "literal-when", "literal-where", "literal-what"]);

/** Questions whose options show sentences of the article, made again after the quiz is chosen: by id, their generator. */
const SHOWS_SENTENCES: { id: RegExp; remake: (ctx: GenerateContext, avoid: Span[]) => Candidate[] }[] = [
  { id: /^central-idea$/, remake: centralIdea },
  { id: /^evidence:headline$/, remake: evidence },
  { id: /^evidence:quote:/, remake: evidenceQuote },
];

/**
 * The central idea's wrong options are true details of the article, and an evidence question's
 * are other sentences of it. Made before the rest of the quiz, they can be the very sentence a
 * true/false or cloze question asks about, which would answer it. Once the quiz is chosen, each
 * is made again (same id) with its wrong options from sentences no other question asks about;
 * when too few are left, or the new one fails a rule, it stays as it was.
 */
function refitShownSentences(ctx: GenerateContext, quiz: Question[], text: string): Question[] {
  return quiz.map((q, at) => {
    const refitter = SHOWS_SENTENCES.find((r) => r.id.test(q.id));
    if (!refitter) return q;
    const others = quiz.filter((o, i) => i !== at && !WHOLE_ARTICLE.has(o.type));
    // Every other question's sentence if the article has enough left; else those whose key the
    // sentence states (a literal answer, a speaker); else at least those it gives outright (a
    // true/false statement, a cloze's missing word).
    const tiers = [others, others.filter((o) => STATED_BY_ITS_SENTENCE.has(o.type)), others.filter((o) => o.format === "tf" || o.format === "cloze")];
    for (const tier of tiers) {
      const refit = refitter.remake(ctx, tier.flatMap((o) => o.evidence)).find((c) => c.question.id === q.id)?.question;
      if (refit && !reject(refit, text)) return refit;
    }
    return q;
  });
}
