// Tools for the attack stories: server actions called over HTTP exactly as React calls them
// (Next-Action header, the same body encoding), actors with their own cookie jars, and a read-only
// look at the e2e server's database to prove that a refused request changed nothing.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, request, type APIRequestContext, type APIResponse } from "@playwright/test";

type Manifest = Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
let manifest: Manifest | null = null;

/** A server action's id from the production build (the server is started from the same folder). */
export function actionId(file: string, name: string): string {
  manifest ??= (JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as { node: Manifest }).node;
  const found = Object.entries(manifest).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!found) throw new Error(`No server action ${name} in ${file} in the build's manifest.`);
  return found[0];
}

/** The pages whose bundle holds the action (any of them accepts the call). */
export function actionPages(file: string, name: string): string[] {
  actionId(file, name);
  const entry = Object.values(manifest!).find((v) => v.filename === file && v.exportedName === name)!;
  return Object.keys(entry.workers);
}

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}
/** `form`: a useActionState action, called as (previous state, FormData); `plainForm`: a `<form action>` called with the FormData alone. */
export type ActionArgs = { form: Record<string, string | UploadFile> } | { plainForm: Record<string, string> } | { json: unknown[] };

/**
 * Calls a server action the way React does: a form action as (previous state, FormData) in a
 * multipart body (the FormData's fields under "_1_", the root "0" last), anything else as a JSON
 * array of arguments. `at` is the page it is posted to.
 */
export async function callAction(api: APIRequestContext, at: string, file: string, name: string, args: ActionArgs, headers: Record<string, string> = {}): Promise<APIResponse> {
  const origin = new URL(at, baseURL()).origin;
  const common = { "Next-Action": actionId(file, name), Accept: "text/x-component", Origin: origin, ...headers };
  if ("form" in args || "plainForm" in args) {
    const entries = "form" in args ? args.form : args.plainForm;
    const root = "form" in args ? [{}, "$K1"] : ["$K1"];
    // Built by hand: the order matters (React reads the root "0" as soon as it arrives).
    const boundary = `----evident${Math.random().toString(36).slice(2)}`;
    const fields: [string, string | UploadFile][] = [...Object.entries(entries).map(([k, v]) => [`_1_${k}`, v] as [string, string | UploadFile]), ["0", JSON.stringify(root)]];
    const parts = fields.map(([k, v]) =>
      typeof v === "string"
        ? Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`, "utf8")
        : Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"; filename="${v.name}"\r\nContent-Type: ${v.mimeType}\r\n\r\n`, "utf8"), v.buffer, Buffer.from("\r\n")]),
    );
    const body = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
    return api.post(at, { headers: { ...common, "Content-Type": `multipart/form-data; boundary=${boundary}` }, data: body, maxRedirects: 0, failOnStatusCode: false });
  }
  return api.post(at, { headers: { ...common, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify(args.json), maxRedirects: 0, failOnStatusCode: false });
}

export function baseURL(): string {
  return `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
}

/** A fresh cookie jar: one person on one device. */
export function newActor(): Promise<APIRequestContext> {
  return request.newContext({ baseURL: baseURL() });
}

/** The e2e server's database, read-only (WAL lets us read while it writes). */
export function database(): Database.Database {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error("E2E_DATA_DIR is not set: playwright.config.ts shares the server's data folder with the tests.");
  return new Database(path.join(dir, "evident.sqlite"), { readonly: true, fileMustExist: true });
}

export function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = database();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export interface Teacher {
  api: APIRequestContext;
  id: string;
  email: string;
}

export async function signUpTeacherOverHttp(name = "Ms Attack"): Promise<Teacher> {
  const api = await newActor();
  const email = `t-${unique()}@school.example`;
  const res = await callAction(api, "/teacher/sign-up", "app/teacher/sign-up/actions.ts", "signUpAction", { form: { displayName: name, email, password: "correct horse battery staple" } });
  expect(res.status(), await res.text()).toBeLessThan(400);
  const [row] = query<{ id: string }>("select id from teachers where email = ?", email);
  expect(row, "teacher created").toBeTruthy();
  return { api, id: row!.id, email };
}

export interface Classroom {
  teacher: Teacher;
  classId: string;
  className: string;
  joinCode: string;
  quizId: string;
  assignmentId: string;
}

/** A teacher, a class and the library quiz assigned with a feedback rule: all over HTTP. */
export async function classroomOverHttp(opts: { feedback?: string; slug?: string; className?: string; due?: string } = {}): Promise<Classroom> {
  const teacher = await signUpTeacherOverHttp();
  const className = opts.className ?? `Class ${unique()}`;
  await callAction(teacher.api, "/teacher", "app/teacher/actions.ts", "createClassAction", { form: { name: className } });
  const [cls] = query<{ id: string; join_code: string }>("select id, join_code from classes where teacher_id = ? and name = ?", teacher.id, className);
  expect(cls, "class created").toBeTruthy();
  const res = await callAction(teacher.api, "/teacher", "app/teacher/actions.ts", "createQuizAction", { form: { slug: opts.slug ?? "bloomberg-tillerson-un-north-korea" } });
  expect(await res.text()).toContain("Quiz created");
  const [quiz] = query<{ id: string }>("select id from quizzes where teacher_id = ? order by created_at desc limit 1", teacher.id);
  const assigned = await callAction(teacher.api, "/teacher", "app/teacher/actions.ts", "assignQuizAction", {
    form: { quizId: quiz!.id, classId: cls!.id, due: opts.due ?? "", tzOffset: opts.due ? "0" : "", feedback: opts.feedback ?? "after-submit" },
  });
  expect(await assigned.text()).toContain("Assigned.");
  const [a] = query<{ id: string }>("select id from assignments where class_id = ? order by created_at desc limit 1", cls!.id);
  return { teacher, classId: cls!.id, className, joinCode: cls!.join_code, quizId: quiz!.id, assignmentId: a!.id };
}

export interface Student {
  api: APIRequestContext;
  id: string;
  name: string;
  personalCode: string;
}

/** The join form's request: its fields as JSON to /api/join, with a fresh join token unless one is given. */
export function postJoin(api: APIRequestContext, fields: Record<string, unknown>, headers: Record<string, string> = {}): Promise<APIResponse> {
  return api.post("/api/join", {
    headers: { "Content-Type": "application/json", Origin: baseURL(), ...headers },
    data: JSON.stringify({ joinToken: randomBytes(16).toString("base64url"), ...fields }),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

export async function joinOverHttp(joinCode: string, name = `Stu${unique().slice(-5)}`): Promise<Student> {
  const api = await newActor();
  const res = await postJoin(api, { joinCode, displayName: name });
  expect(res.status(), await res.text()).toBeLessThan(400);
  const [row] = query<{ id: string; personal_code: string }>("select s.id, s.personal_code from students s join classes c on c.id = s.class_id where c.join_code = ? and s.display_name = ?", joinCode, name);
  expect(row, "student joined").toBeTruthy();
  return { api, id: row!.id, name, personalCode: row!.personal_code };
}

/** Opens the assignment page (which starts the attempt) and returns the attempt's id. */
export async function openAttemptOverHttp(student: Student, assignmentId: string): Promise<string> {
  const res = await student.api.get(`/student/assignments/${assignmentId}`);
  expect(res.status()).toBe(200);
  const [row] = query<{ id: string }>("select id from attempts where assignment_id = ? and student_id = ?", assignmentId, student.id);
  return row!.id;
}

export interface StoredQuestion {
  id: string;
  format: string;
  type: string;
  prompt: string;
  options?: string[];
  key: { option?: number; accepted?: string[] };
  explanation: string;
  evidence: { start: number; end: number }[];
}

export function quizQuestions(quizId: string): StoredQuestion[] {
  const [row] = query<{ questions: string }>("select questions from quizzes where id = ?", quizId);
  return JSON.parse(row!.questions) as StoredQuestion[];
}

export function save(api: APIRequestContext, body: unknown, headers: Record<string, string> = {}) {
  return api.post("/student/api/save", {
    data: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "Content-Type": "application/json", Origin: baseURL(), ...headers },
    failOnStatusCode: false,
  });
}
