// One simulated student speaking HTTP exactly as the browser does: the join form's POST to
// /api/join (with the form's join token, the same on every retry), the assignment page's RSC payload (which opens the attempt), autosaves to /student/api/save, and
// the submit server action. Server actions are called the way React's client calls them: a POST to
// the page with the action's id (read from the build's manifest) and React's reply encoding.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Sample } from "./stats";

const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
  node: Record<string, { filename: string; exportedName: string }>;
};

function actionId(filename: string, name: string): string {
  const hit = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === name);
  if (!hit) throw new Error(`server action ${name} in ${filename} not found in the build (run npm run build)`);
  return hit[0];
}

const SUBMIT = actionId("app/student/actions.ts", "submitAction");

export interface Question {
  id: string;
  options: number;
}

/** What a request ended as: acknowledged (2xx with the expected body), or an error the browser retries. */
export interface Outcome extends Sample {
  status: number;
  /** performance.now() when the request started and when its answer (or error) came back. */
  start: number;
  end: number;
}

async function timed(fn: () => Promise<Response>, accept: (res: Response, text: string) => boolean): Promise<Outcome & { text: string; res: Response | null }> {
  const start = performance.now();
  const done = (o: { ok: boolean; status: number; text: string; res: Response | null }) => {
    const end = performance.now();
    return { ...o, ms: end - start, start, end };
  };
  try {
    const res = await fn();
    const text = await res.text();
    return done({ ok: accept(res, text), status: res.status, text, res });
  } catch {
    return done({ ok: false, status: 0, text: "", res: null });
  }
}

const PAGE_TIMEOUT_MS = 120_000;

export class Student {
  token = "";
  attemptId = "";
  questions: Question[] = [];
  /** Made once, as the join form does, and resent by every retry of the join. */
  readonly joinToken = randomBytes(16).toString("base64url");
  constructor(
    private readonly base: string,
    readonly name: string,
    private readonly saveTimeoutMs = 15_000,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const h: Record<string, string> = { Origin: this.base, ...extra };
    if (this.token) h.Cookie = `__Host-evident_session=${this.token}`;
    return h;
  }

  /**
   * Autosaves give up after 15 s, as the outbox does (then retry). Forms and pages have no timeout
   * in the browser — a student waits, they do not resend a join by themselves — so those wait long.
   */
  private signal(ms = PAGE_TIMEOUT_MS) {
    return AbortSignal.timeout(ms);
  }

  /** The join page, as a student has it open before the bell (its connection then stays open). */
  async loadJoinPage(): Promise<Outcome> {
    return timed(() => fetch(`${this.base}/join`, { headers: this.headers(), signal: this.signal() }), (res) => res.ok);
  }

  /** The join form: class code + display name + its join token → session cookie and the welcome (one request). */
  async join(joinCode: string): Promise<Outcome> {
    const cookie = /__Host-evident_session=([^;]+)/;
    const r = await timed(
      () =>
        fetch(`${this.base}/api/join`, {
          method: "POST",
          headers: this.headers({ "Content-Type": "application/json" }),
          body: JSON.stringify({ joinCode, displayName: this.name, joinToken: this.joinToken }),
          signal: this.signal(),
        }),
      (res, text) => res.ok && cookie.test(res.headers.get("set-cookie") ?? "") && /"personalCode":"[A-Z0-9]+"/.test(text)
    );
    if (r.ok) this.token = cookie.exec(r.res!.headers.get("set-cookie")!)![1]!;
    return r;
  }

  /** The assignment page as the router fetches it (RSC payload); rendering it opens the attempt. */
  async open(assignmentId: string): Promise<Outcome> {
    const r = await timed(
      () => fetch(`${this.base}/student/assignments/${assignmentId}`, { headers: this.headers({ RSC: "1" }), signal: this.signal() }),
      (res, text) => res.ok && /"attemptId":"[^"]+"/.test(text)
    );
    if (r.ok) {
      this.attemptId = /"attemptId":"([^"]+)"/.exec(r.text)![1]!;
      const view = /"questions":(\[.*?\]),"answers":/s.exec(r.text);
      const questions = view ? (JSON.parse(view[1]!) as { id: string; options?: unknown[] | null }[]) : [];
      this.questions = questions.map((q) => ({ id: q.id, options: Array.isArray(q.options) ? q.options.length : 0 }));
      if (!this.questions.length) return { ...r, ok: false };
    }
    return r;
  }

  /** One autosave; ok only when the server acknowledged a stored sequence at least this new. */
  async save(questionId: string, answer: string | number, seq: number, idempotencyKey: string): Promise<Outcome> {
    return timed(
      () =>
        fetch(`${this.base}/student/api/save`, {
          method: "POST",
          headers: this.headers({ "Content-Type": "application/json" }),
          body: JSON.stringify({ attemptId: this.attemptId, questionId, answer, seq, idempotencyKey }),
          signal: this.signal(this.saveTimeoutMs),
        }),
      (res, text) => {
        if (!res.ok) return false;
        const stored = (JSON.parse(text) as { storedSeq?: number }).storedSeq;
        return typeof stored === "number" && stored >= seq;
      }
    );
  }

  async submit(assignmentId: string): Promise<Outcome> {
    return timed(
      () =>
        fetch(`${this.base}/student/assignments/${assignmentId}`, {
          method: "POST",
          headers: this.headers({ "Next-Action": SUBMIT, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" }),
          body: JSON.stringify([{ attemptId: this.attemptId }]),
          signal: this.signal(),
        }),
      (res, text) => res.ok && /"ok":true/.test(text)
    );
  }
}

/** Retries like the browser's outbox: 1 s, 2 s, 4 s, then every 8 s, until acknowledged or out of time. */
export async function untilOk(fn: () => Promise<Outcome>, samples: Outcome[], giveUpMs = 120_000): Promise<boolean> {
  const until = Date.now() + giveUpMs;
  for (let attempt = 0; ; attempt++) {
    const r = await fn();
    samples.push(r);
    if (r.ok) return true;
    // 4xx other than 401/429 will not change by retrying.
    if (r.status >= 400 && r.status < 500 && r.status !== 401 && r.status !== 429 && r.status !== 408) return false;
    if (Date.now() > until) return false;
    await new Promise((res) => setTimeout(res, Math.min(8000, 1000 * 2 ** attempt)));
  }
}
