// One line of a `check --batch` file, validated: a question (as `generate --json` prints it, or
// a teacher's short form `{prompt, format: "short", accepted}`) and a student's answer.
import { z } from "zod";
import type { CheckQuestion, StudentAnswer } from "../../lib/engine/check";

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).refine((s) => s.end >= s.start, "end before start");
const format = z.enum(["mc", "tf", "short", "cloze", "evidence", "open"]);
const answerKind = z.enum(["person", "number", "place", "date", "text"]);
const accepted = z.array(z.string().trim().min(1)).min(1);

/** The engine's question shape (extra fields such as skill or explanation are allowed and ignored). */
const engineQuestion = z.looseObject({
  id: z.string().optional(),
  format,
  prompt: z.string().optional(),
  options: z.array(z.string()).optional(),
  key: z.object({ option: z.number().int().nonnegative().optional(), accepted: z.array(z.string()).optional(), answerKind: answerKind.optional() }),
  evidence: z.array(span).default([]),
});

/** A teacher's question: a prompt and the answers they accept, no evidence (the checker locates it). */
const teacherQuestion = z.object({
  id: z.string().optional(),
  prompt: z.string().min(1),
  format: z.enum(["short", "cloze"]).default("short"),
  accepted,
  answerKind: answerKind.optional(),
});

const answer = z.union([z.string(), z.number().int(), z.array(z.number().int().nonnegative()), z.array(span)]);

const line = z.object({ question: z.record(z.string(), z.unknown()), answer });

export interface BatchItem {
  question: CheckQuestion;
  answer: StudentAnswer;
  /** True when the question came in the teacher's short form (its key gets located in the text). */
  teacher: boolean;
}

export type ParsedLine = { ok: true; item: BatchItem } | { ok: false; error: string };

const issues = (e: z.ZodError) => e.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ");

export function parseBatchLine(raw: string): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: "not valid JSON" };
  }
  const outer = line.safeParse(json);
  if (!outer.success) return { ok: false, error: issues(outer.error) };
  const q = outer.data.question;
  // The teacher's form has top-level `accepted` and no `key`; anything with a `key` is the engine's.
  if (q && typeof q === "object" && !("key" in q)) {
    const t = teacherQuestion.safeParse(q);
    if (!t.success) return { ok: false, error: issues(t.error) };
    const { accepted: keys, answerKind: kind, ...rest } = t.data;
    return { ok: true, item: { teacher: true, answer: outer.data.answer, question: { ...rest, key: { accepted: keys, ...(kind ? { answerKind: kind } : {}) }, evidence: [] } } };
  }
  const g = engineQuestion.safeParse(q);
  if (!g.success) return { ok: false, error: issues(g.error) };
  return { ok: true, item: { teacher: false, answer: outer.data.answer, question: g.data as CheckQuestion } };
}
