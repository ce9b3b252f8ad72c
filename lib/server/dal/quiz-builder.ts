import "server-only";
// The quiz builder: a teacher picks, orders, edits, replaces and writes the questions of their
// own quiz. The builder state (every question, picked or not) lives in `quizzes.builder`; the
// picked questions, in order, are written to `quizzes.questions` in the same update, so students,
// print and export keep reading one list. An assigned quiz is never edited in place
// (docs/decisions/0007-editing-assigned-quizzes.md): the teacher edits a copy.
import type { Kysely } from "kysely";
import { generate, type Analysis, type Question, type Span } from "@/lib/engine";
import type { Database } from "../db/schema";
import { recheckKey, type KeyCheck } from "../quiz-builder/recheck";
import type { Actor } from "./actor";
import { requireTeacher } from "./classes";
import { AppError, notFound } from "./errors";
import { newId } from "./ids";
import { loadQuiz } from "./quizzes";

export type ItemOrigin = "generated" | "edited" | "teacher" | "alternate";

export interface BuilderItem {
  question: Question;
  /** Picked questions are the quiz; the others stay here so the teacher can pick them again. */
  picked: boolean;
  origin: ItemOrigin;
  /** The last re-check of a teacher's key; null for a generated key (grounded when generated). */
  check: KeyCheck | null;
}

interface BuilderState {
  items: BuilderItem[];
  /** Question ids deleted or replaced, so "suggest another" does not bring them back. */
  offered: string[];
}

export interface BuilderQuiz {
  id: string;
  title: string;
  /** updated_at: every write names the version it started from, so two tabs cannot overwrite each other. */
  version: number;
  /** Names of the classes it is assigned to; an assigned quiz is read-only here. */
  assignedTo: string[];
  text: string;
  paragraphs: Span[];
  dateline: Span | null;
  sentences: Span[];
  items: BuilderItem[];
}

export type EditableFormat = "mc" | "tf" | "short" | "cloze" | "evidence" | "open";

export interface QuestionDraft {
  format: EditableFormat;
  prompt: string;
  /** mc only. */
  options?: string[];
  /** mc and tf (0 True, 1 False, 2 Not stated). */
  keyOption?: number;
  /** short and cloze: any one is right. */
  accepted?: string[];
  explanation: string;
  /** Evidence the teacher chose (a sentence or paragraph); absent: located from the key. */
  evidence?: Span[];
}

export type BuilderEdit =
  | { op: "pick"; id: string; picked: boolean }
  | { op: "move"; id: string; by: -1 | 1 }
  | { op: "delete"; id: string }
  | { op: "edit"; id: string; draft: QuestionDraft }
  | { op: "add"; draft: QuestionDraft }
  | { op: "alternate"; id: string };

export interface BuilderResult {
  version: number;
  items: BuilderItem[];
  /** The question the edit produced (edited, written or suggested), for focus and highlight. */
  focus: string | null;
}

export const MAX_ITEMS = 60;
const NEW_FORMATS: EditableFormat[] = ["mc", "tf", "short"];

async function ownedQuiz(db: Kysely<Database>, actor: Actor, quizId: string) {
  const teacherId = requireTeacher(actor);
  const row = await db.selectFrom("quizzes").selectAll().where("id", "=", quizId).where("teacher_id", "=", teacherId).executeTakeFirst();
  // Another teacher's quiz is "not found", so ids reveal nothing.
  if (!row) throw notFound("That quiz");
  const loaded = await loadQuiz(db, quizId);
  if (!loaded) throw notFound("That quiz");
  return { row, analysis: loaded.analysis };
}

function stateOf(row: { questions: string; builder: string | null }): BuilderState {
  if (row.builder) return JSON.parse(row.builder) as BuilderState;
  const questions = JSON.parse(row.questions) as Question[];
  return { items: questions.map((question) => ({ question, picked: true, origin: "generated", check: null })), offered: [] };
}

async function assignedTo(db: Kysely<Database>, quizId: string): Promise<string[]> {
  const rows = await db.selectFrom("assignments").innerJoin("classes", "classes.id", "assignments.class_id").select("classes.name").where("assignments.quiz_id", "=", quizId).orderBy("assignments.created_at").execute();
  return [...new Set(rows.map((r) => r.name))];
}

export async function loadBuilder(db: Kysely<Database>, actor: Actor, quizId: string): Promise<BuilderQuiz> {
  const { row, analysis } = await ownedQuiz(db, actor, quizId);
  return {
    id: row.id,
    title: row.title,
    version: row.updated_at,
    assignedTo: await assignedTo(db, row.id),
    text: analysis.text,
    paragraphs: analysis.article.paragraphs,
    dateline: analysis.article.header.dateline,
    sentences: analysis.sentences.map((s) => ({ start: s.start, end: s.end })),
    items: stateOf(row).items,
  };
}

/** One builder edit: applied to the stored state, checked, and written with a new version. */
export async function editQuiz(db: Kysely<Database>, actor: Actor, quizId: string, version: number, edit: BuilderEdit): Promise<BuilderResult> {
  const { row, analysis } = await ownedQuiz(db, actor, quizId);
  await assertEditable(db, row.id);
  if (row.updated_at !== version) throw stale();
  const state = stateOf(row);
  const focus = apply(state, edit, analysis);
  const next = await updateQuizQuestions(db, actor, quizId, version, state.items, state.offered);
  return { version: next, items: state.items, focus };
}

/**
 * The one write of a quiz's questions: the owner only, not once assigned, only from the version
 * the teacher saw, and only questions that hold together (ids unique, keys fit their format,
 * evidence inside the article). Returns the new version.
 */
export async function updateQuizQuestions(db: Kysely<Database>, actor: Actor, quizId: string, version: number, items: BuilderItem[], offered: string[] = []): Promise<number> {
  const { row, analysis } = await ownedQuiz(db, actor, quizId);
  validateItems(items, analysis.text.length);
  // A new version is always later than the last, even within one millisecond: loadQuiz's cache
  // is keyed on it.
  const next = Math.max(Date.now(), version + 1);
  const questions = items.filter((i) => i.picked).map((i) => i.question);
  await db.transaction().execute(async (trx) => {
    await assertEditable(trx, row.id);
    const res = await trx
      .updateTable("quizzes")
      .set({ builder: JSON.stringify({ items, offered: [...new Set(offered)] } satisfies BuilderState), questions: JSON.stringify(questions), updated_at: next })
      .where("id", "=", row.id)
      .where("updated_at", "=", version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw stale();
  });
  return next;
}

/** An assigned quiz's copy, for editing: same article (so evidence offsets hold), new id. */
export async function copyQuiz(db: Kysely<Database>, actor: Actor, quizId: string): Promise<{ id: string }> {
  const { row } = await ownedQuiz(db, actor, quizId);
  const id = newId();
  const now = Date.now();
  const title = `${row.title.slice(0, 190)} (copy)`;
  await db
    .insertInto("quizzes")
    .values({ id, teacher_id: row.teacher_id, article_id: row.article_id, title, questions: row.questions, builder: row.builder, created_at: now, updated_at: now })
    .execute();
  return { id };
}

async function assertEditable(db: Kysely<Database>, quizId: string): Promise<void> {
  const assigned = await db.selectFrom("assignments").select("id").where("quiz_id", "=", quizId).executeTakeFirst();
  if (assigned) throw new AppError("locked", "This quiz is assigned, so its questions stay as students saw them. Make a copy to edit it.");
}

const stale = () => new AppError("conflict", "This quiz changed in another tab or window. Reload the page to see the latest version.");

function apply(state: BuilderState, edit: BuilderEdit, analysis: Analysis): string | null {
  if (edit.op === "add") {
    if (state.items.length >= MAX_ITEMS) throw new AppError("invalid", `A quiz holds up to ${MAX_ITEMS} questions here. Delete one first.`);
    if (!NEW_FORMATS.includes(edit.draft.format)) throw new AppError("invalid", "Write a multiple-choice, true/false or short-answer question.");
    const item = fromDraft(null, edit.draft, analysis);
    state.items.push(item);
    return item.question.id;
  }
  const at = state.items.findIndex((i) => i.question.id === edit.id);
  if (at < 0) throw notFound("That question");
  const item = state.items[at]!;
  switch (edit.op) {
    case "pick":
      item.picked = edit.picked;
      return item.question.id;
    case "move": {
      const to = at + edit.by;
      if (to < 0 || to >= state.items.length) return item.question.id;
      state.items.splice(at, 1);
      state.items.splice(to, 0, item);
      return item.question.id;
    }
    case "delete":
      state.items.splice(at, 1);
      state.offered.push(item.question.id);
      return null;
    case "edit":
      if (edit.draft.format !== item.question.format) throw new AppError("invalid", "A question keeps its format when edited. Write a new question instead.");
      state.items[at] = fromDraft(item, edit.draft, analysis);
      return item.question.id;
    case "alternate": {
      const alternate = findAlternate(analysis, state, item.question);
      if (!alternate) throw new AppError("conflict", "Evident has no other question it trusts for this article. Write your own instead.");
      state.offered.push(item.question.id, alternate.id);
      state.items[at] = { question: alternate, picked: item.picked, origin: "alternate", check: null };
      return alternate.id;
    }
  }
}

/** A generated question not in the quiz yet, of the same kind (comprehension or media literacy) when possible. */
function findAlternate(analysis: Analysis, state: BuilderState, replacing: Question): Question | null {
  const used = new Set([...state.items.map((i) => i.question.id), ...state.offered]);
  const prompts = new Set(state.items.map((i) => i.question.prompt.trim().toLowerCase()));
  const fresh = (q: Question) => !used.has(q.id) && !prompts.has(q.prompt.trim().toLowerCase());
  let fallback: Question | null = null;
  // Other seeds vary which candidates the ranked set favours; the pool holds every accepted one.
  for (const seed of [1, 2, 3]) {
    const g = generate(analysis, { seed, count: 30 });
    const candidates = [...g.questions, ...g.pool].filter(fresh);
    const same = candidates.find((q) => q.category === replacing.category && q.type !== replacing.type) ?? candidates.find((q) => q.category === replacing.category);
    if (same) return same;
    fallback ??= candidates[0] ?? null;
  }
  return fallback;
}

const TF_OPTIONS = 3;

function keyOf(q: Question): string {
  switch (q.format) {
    case "mc":
      return `${q.key.option}:${q.options?.[q.key.option ?? -1] ?? ""}`;
    case "tf":
      return `${q.key.option}:${q.prompt}`;
    default:
      return JSON.stringify(q.key.accepted ?? []);
  }
}

function fromDraft(base: BuilderItem | null, draft: QuestionDraft, analysis: Analysis): BuilderItem {
  const old = base?.question;
  const question: Question = old
    ? { ...old, key: { ...old.key }, prompt: draft.prompt.trim(), explanation: draft.explanation.trim() }
    : {
        id: `t-${newId()}`,
        format: draft.format,
        category: "comprehension",
        type: "teacher-written",
        skill: "teacher's question",
        standard: "RI.8.1",
        difficulty: 2,
        prompt: draft.prompt.trim(),
        explanation: draft.explanation.trim(),
        key: {},
        evidence: [],
      };
  if (draft.format === "mc") {
    question.options = (draft.options ?? []).map((o) => o.trim());
    question.key.option = draft.keyOption;
  } else if (draft.format === "tf") {
    question.key.option = draft.keyOption;
  } else if (draft.format === "short" || draft.format === "cloze") {
    question.key.accepted = (draft.accepted ?? []).map((a) => a.trim()).filter((a) => a !== "");
  }
  const keyChanged = !old || keyOf(old) !== keyOf(question);
  const chosen = draft.evidence && draft.evidence.length > 0 ? draft.evidence : null;
  let check = base?.check ?? null;
  let evidence: Span[] = chosen ?? old?.evidence ?? [];
  // Evident's own keys were grounded when generated; a key the teacher typed is checked now.
  if (keyChanged || base?.origin === "teacher") {
    const re = recheckKey(analysis.text, analysis.sentences, question);
    check = re.check;
    if (!chosen) evidence = re.evidence ?? (keyChanged ? [] : evidence);
  }
  question.evidence = evidence.map((s) => ({ start: s.start, end: s.end, text: analysis.text.slice(s.start, s.end) }));
  return { question, picked: base?.picked ?? true, origin: base ? (base.origin === "teacher" ? "teacher" : "edited") : "teacher", check };
}

function validateItems(items: BuilderItem[], textLength: number): void {
  if (items.length > MAX_ITEMS) throw new AppError("invalid", `A quiz holds up to ${MAX_ITEMS} questions here.`);
  if (!items.some((i) => i.picked)) throw new AppError("invalid", "A quiz needs at least one picked question.");
  const ids = new Set<string>();
  for (const [n, { question: q }] of items.entries()) {
    const where = `Question ${n + 1}`;
    if (ids.has(q.id)) throw new AppError("invalid", `${where} repeats another question's id.`);
    ids.add(q.id);
    if (!q.prompt.trim()) throw new AppError("invalid", `${where} needs a question to ask.`);
    if (q.format === "mc") {
      const options = q.options ?? [];
      if (options.length < 2 || options.some((o) => !o.trim())) throw new AppError("invalid", `${where} needs at least two options, none empty.`);
      if (new Set(options.map((o) => o.trim().toLowerCase())).size !== options.length) throw new AppError("invalid", `${where} has the same option twice.`);
      if (!Number.isInteger(q.key.option) || q.key.option! < 0 || q.key.option! >= options.length) throw new AppError("invalid", `${where} needs one option marked correct.`);
    }
    if (q.format === "tf" && (!Number.isInteger(q.key.option) || q.key.option! < 0 || q.key.option! >= TF_OPTIONS)) throw new AppError("invalid", `${where} needs True, False or Not stated as its answer.`);
    if ((q.format === "short" || q.format === "cloze") && !(q.key.accepted ?? []).some((a) => a.trim())) throw new AppError("invalid", `${where} needs at least one accepted answer.`);
    for (const s of q.evidence) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > textLength || s.end <= s.start) throw new AppError("invalid", `${where} points at a passage outside the article.`);
    }
  }
}
