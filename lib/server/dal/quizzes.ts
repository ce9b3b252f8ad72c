import "server-only";
// Quizzes belong to a teacher: the article's text as it was when the quiz was made (so evidence
// offsets stay true) and the full questions with keys.
import type { Kysely } from "kysely";
import { analyze, generate, ingestText, type Analysis, type IngestedArticle, type Question } from "@/lib/engine";
import { getDictionary } from "../dictionary";
import type { Database } from "../db/schema";
import { getArticle } from "../library";
import type { Actor } from "./actor";
import { requireTeacher } from "./classes";
import { AppError, notFound } from "./errors";
import { newId } from "./ids";

export interface QuizSummary {
  id: string;
  title: string;
  questions: number;
  createdAt: number;
}

export async function createQuizFromLibrary(db: Kysely<Database>, actor: Actor, slug: string): Promise<QuizSummary> {
  const teacherId = requireTeacher(actor);
  const entry = await getArticle(slug);
  if (!entry) throw notFound("That article");
  return storeQuiz(db, teacherId, { slug, title: entry.displayTitle, article: entry.article });
}

/** A teacher's own article (pasted or uploaded, already ingested): stored with its generated quiz. */
export async function createQuizFromArticle(db: Kysely<Database>, actor: Actor, input: { title: string | null; article: IngestedArticle }): Promise<QuizSummary> {
  const teacherId = requireTeacher(actor);
  const first = input.article.paragraphs[0];
  const title =
    input.title?.trim() ||
    input.article.header.title?.text ||
    (first ? input.article.text.slice(first.start, first.end).split(/\s+/).slice(0, 10).join(" ") + "…" : "Untitled article");
  return storeQuiz(db, teacherId, { slug: null, title: title.slice(0, 200), article: input.article });
}

async function storeQuiz(db: Kysely<Database>, teacherId: string, input: { slug: string | null; title: string; article: IngestedArticle }): Promise<QuizSummary> {
  const analysis = analyze(input.article, { dictionary: getDictionary() });
  const questions = generate(analysis).questions;
  if (questions.length === 0) throw new AppError("invalid", "Evident could not write questions it trusts for this text. Try a longer news article.");
  const now = Date.now();
  const articleId = newId();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("articles").values({ id: articleId, slug: input.slug, teacher_id: teacherId, title: input.title, source_text: input.article.text, created_at: now }).execute();
    await trx.insertInto("quizzes").values({ id, teacher_id: teacherId, article_id: articleId, title: input.title, questions: JSON.stringify(questions), created_at: now, updated_at: now }).execute();
  });
  return { id, title: input.title, questions: questions.length, createdAt: now };
}

export async function listQuizzes(db: Kysely<Database>, actor: Actor): Promise<QuizSummary[]> {
  const teacherId = requireTeacher(actor);
  const rows = await db.selectFrom("quizzes").select(["id", "title", "questions", "created_at"]).where("teacher_id", "=", teacherId).orderBy("created_at", "desc").execute();
  return rows.map((r) => ({ id: r.id, title: r.title, questions: (JSON.parse(r.questions) as unknown[]).length, createdAt: r.created_at }));
}

/** A stored quiz with its article, re-analysed (cached) so answers can be checked against it. */
export interface LoadedQuiz {
  id: string;
  teacherId: string;
  title: string;
  questions: Question[];
  analysis: Analysis;
}

const analyses = new Map<string, Analysis>();
/** Parsed questions per quiz version: a bell burst saves thousands of answers to one quiz. */
const parsed = new Map<string, { updatedAt: number; questions: Question[] }>();

export async function loadQuiz(db: Kysely<Database>, quizId: string): Promise<LoadedQuiz | null> {
  const row = await db
    .selectFrom("quizzes")
    .innerJoin("articles", "articles.id", "quizzes.article_id")
    .select(["quizzes.id", "quizzes.teacher_id", "quizzes.title", "quizzes.questions", "quizzes.updated_at", "articles.id as article_id", "articles.source_text"])
    .where("quizzes.id", "=", quizId)
    .executeTakeFirst();
  if (!row) return null;
  let analysis = analyses.get(row.article_id);
  if (!analysis) {
    const ingested = ingestText(row.source_text);
    if (!ingested.ok) throw new AppError("invalid", "This quiz's article can no longer be read.");
    analysis = analyze(ingested.article, { dictionary: getDictionary() });
    if (analyses.size > 200) analyses.delete(analyses.keys().next().value!);
    analyses.set(row.article_id, analysis);
  }
  let cached = parsed.get(row.id);
  if (!cached || cached.updatedAt !== row.updated_at) {
    cached = { updatedAt: row.updated_at, questions: JSON.parse(row.questions) as Question[] };
    if (parsed.size > 500) parsed.delete(parsed.keys().next().value!);
    parsed.set(row.id, cached);
  }
  return { id: row.id, teacherId: row.teacher_id, title: row.title, questions: cached.questions, analysis };
}

/** A quiz laid out for paper: numbered paragraphs, lettered options, and the key with its evidence. */
export interface PrintableQuiz {
  title: string;
  paragraphs: string[];
  questions: {
    number: number;
    prompt: string;
    format: Question["format"];
    /** Choices in order (true/false questions get their three standard choices). */
    options: string[] | null;
    /** The key in words: "B. …" for a choice, the accepted answers for a written one. */
    answer: string;
    /** 1-based numbers of the paragraphs holding the evidence. */
    evidenceParagraphs: number[];
    explanation: string;
  }[];
}

const TF_OPTIONS = ["True", "False", "Not stated"];
const LETTERS = "ABCDEFGHIJ";

export async function quizForPrint(db: Kysely<Database>, actor: Actor, quizId: string): Promise<PrintableQuiz> {
  const teacherId = requireTeacher(actor);
  const quiz = await loadQuiz(db, quizId);
  // Another teacher's quiz is "not found", so ids reveal nothing.
  if (!quiz || quiz.teacherId !== teacherId) throw notFound("That quiz");
  const { text, article } = quiz.analysis;
  const paras = article.paragraphs;
  return {
    title: quiz.title,
    paragraphs: paras.map((p) => text.slice(p.start, p.end)),
    questions: quiz.questions.map((q, i) => {
      const options = q.options ?? (q.format === "tf" ? TF_OPTIONS : null);
      const keyOption = q.key.option;
      const answer =
        options && keyOption !== undefined
          ? `${LETTERS[keyOption] ?? keyOption + 1}. ${options[keyOption] ?? ""}`
          : q.key.accepted?.length
            ? q.key.accepted.join(" / ")
            : "Open answer — judge it against the evidence.";
      const evidenceParagraphs = [...new Set(q.evidence.flatMap((e) => paras.flatMap((p, n) => (e.start < p.end && e.end > p.start ? [n + 1] : []))))].sort((a, b) => a - b);
      return { number: i + 1, prompt: q.prompt, format: q.format, options, answer, evidenceParagraphs, explanation: q.explanation };
    }),
  };
}
