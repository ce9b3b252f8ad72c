// The database's tables as Kysely sees them. Timestamps are milliseconds since the epoch
// (bigint in PostgreSQL, integer in SQLite); booleans are 0/1 integers so both dialects agree.
import type { Generated } from "kysely";

export interface TeacherTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: number | null;
  created_at: number;
}

export interface SessionTable {
  /** SHA-256 of the session token; the token itself is never stored. */
  token_hash: string;
  user_kind: "teacher" | "student";
  user_id: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

export interface ClassTable {
  id: string;
  teacher_id: string;
  name: string;
  join_code: string;
  /** 1 while students may join with the code. */
  join_open: number;
  archived_at: number | null;
  created_at: number;
}

export interface StudentTable {
  id: string;
  class_id: string;
  display_name: string;
  /** The personal re-entry code, printed on the student's login card (see decision 4). */
  personal_code: string;
  /** SHA-256 of the token the join form carried (unique in the class), so a retried join finds this entry; null for older rows. */
  join_token_hash: string | null;
  created_at: number;
  removed_at: number | null;
}

export interface ArticleTable {
  id: string;
  /** Library slug, or null for an article a teacher added. */
  slug: string | null;
  teacher_id: string | null;
  title: string;
  /** The text as it arrived (decoded); ingestion is re-run from it. */
  source_text: string;
  created_at: number;
}

export interface QuizTable {
  id: string;
  teacher_id: string;
  article_id: string;
  title: string;
  /** JSON: Question[] with keys, evidence and explanations. Never sent to students as is. */
  questions: string;
  /** JSON BuilderState (dal/quiz-builder.ts): all questions in the builder, picked or not; null until first edited. */
  builder: string | null;
  created_at: number;
  updated_at: number;
}

export type FeedbackMode = "per-question" | "after-submit" | "after-due" | "after-review";

export interface AssignmentTable {
  id: string;
  quiz_id: string;
  class_id: string;
  due_at: number | null;
  feedback_mode: FeedbackMode;
  /** Set when the teacher releases results (after-review mode). */
  released_at: number | null;
  created_at: number;
}

export interface AttemptTable {
  id: string;
  assignment_id: string;
  student_id: string;
  started_at: number;
  submitted_at: number | null;
  score: number | null;
}

export interface AnswerTable {
  attempt_id: string;
  question_id: string;
  /** JSON of the student's answer (a string or an option index). */
  answer: string;
  /** Client sequence number: a save applies only if newer than the stored one. */
  seq: number;
  idempotency_key: string;
  saved_at: number;
  /** JSON Verdict, computed on the server at submit (or per question in per-question mode). */
  verdict: string | null;
  score: number | null;
  /** Set when the teacher reviewed the answer (their score replaces the checker's). */
  teacher_comment: string | null;
  reviewed_at: number | null;
}

export interface RememberedOverrideTable {
  quiz_id: string;
  question_id: string;
  /** The answer normalized (case, spacing, punctuation) so the same answer matches again. */
  answer_key: string;
  score: number;
  comment: string | null;
  updated_at: number;
}

export interface AttemptHighlightsTable {
  attempt_id: string;
  /** JSON: Highlight[] (lib/highlights/model.ts), offsets into the quiz's article text. */
  highlights: string;
  /** Client sequence number: a save applies only if newer than the stored one. */
  seq: number;
  saved_at: number;
}

export interface RateLimitTable {
  key: string;
  window_start: number;
  count: number;
}

export interface Database {
  teachers: TeacherTable;
  sessions: SessionTable;
  classes: ClassTable;
  students: StudentTable;
  articles: ArticleTable;
  quizzes: QuizTable;
  assignments: AssignmentTable;
  attempts: AttemptTable;
  answers: AnswerTable;
  rate_limits: RateLimitTable;
  remembered_overrides: RememberedOverrideTable;
  attempt_highlights: AttemptHighlightsTable;
}
