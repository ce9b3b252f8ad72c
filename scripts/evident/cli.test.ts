// The CLI run as a user runs it: a child process per command, on the seed and a VOA article.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SEED = "content/library/bloomberg-tillerson-un-north-korea.txt";
const VOA = "content/library/us-top-court-sides-with-baker-in-gay.txt";
const TIMEOUT = 60_000;

function evident(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/evident/index.ts", ...args], { encoding: "utf8", cwd: process.cwd() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Spanned {
  start: number;
  end: number;
  text?: string;
}

/** Every object in the JSON with start/end and text must be text.slice(start, end). */
function badSpans(node: unknown, text: string, path = "$", out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((x, i) => badSpans(x, text, `${path}[${i}]`, out));
  else if (node && typeof node === "object") {
    const s = node as Spanned;
    if (typeof s.start === "number" && typeof s.end === "number" && typeof s.text === "string" && text.slice(s.start, s.end) !== s.text) out.push(path);
    for (const [k, v] of Object.entries(node)) if (k !== "text") badSpans(v, text, `${path}.${k}`, out);
  }
  return out;
}

describe("evident analyze", () => {
  it.each([SEED, VOA])(
    "--json on %s prints an analysis whose offsets slice its text",
    (file) => {
      const r = evident("analyze", file, "--json");
      expect(r.code, r.stderr).toBe(0);
      const a = JSON.parse(r.stdout) as { text: string; sentences: Spanned[]; people: { name: string; mentions: Spanned[] }[]; quotations: Spanned[]; offsetMap?: unknown };
      expect(a.offsetMap).toBeUndefined();
      expect(a.sentences.length).toBeGreaterThan(5);
      expect(a.people.length).toBeGreaterThan(1);
      expect(a.quotations.length).toBeGreaterThan(0);
      expect(badSpans(a, a.text)).toEqual([]);
      if (file === SEED) expect(a.people.map((p) => p.name)).toContain("Wu Haitao");
    },
    TIMEOUT,
  );

  it(
    "refuses a missing file and a binary file with one line on stderr and exit code 1",
    () => {
      const missing = evident("analyze", "content/library/no-such-article.txt");
      expect(missing.code).toBe(1);
      expect(missing.stderr.trim()).toMatch(/^evident analyze: File not found: .*no-such-article\.txt$/);
      const dir = mkdtempSync(join(tmpdir(), "evident-cli-"));
      const binary = join(dir, "photo.txt");
      writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(200).fill(0)]));
      const bad = evident("analyze", binary);
      expect(bad.code).toBe(1);
      expect(bad.stdout).toBe("");
      expect(bad.stderr.trim().split("\n")).toHaveLength(1);
      expect(bad.stderr).toMatch(/not text/);
    },
    TIMEOUT,
  );
});

describe("evident generate and check", () => {
  it(
    "generate --json gives grounded questions, and check grades a 3-line batch with 3 verdicts",
    () => {
      const g = evident("generate", SEED, "--json", "--count", "10");
      expect(g.code, g.stderr).toBe(0);
      const quiz = JSON.parse(g.stdout) as { article: { text: string; missing: string[] }; questions: { format: string; key: { option?: number }; evidence: Spanned[] }[] };
      expect(quiz.article.missing).toContain("title");
      expect(quiz.questions.length).toBeGreaterThan(5);
      expect(badSpans(quiz, quiz.article.text)).toEqual([]);
      const mc = quiz.questions.find((q) => q.format === "mc")!;
      const wrong = (mc.key.option! + 1) % 2;
      const dir = mkdtempSync(join(tmpdir(), "evident-cli-"));
      const batch = join(dir, "answers.jsonl");
      const lines = [
        { question: mc, answer: mc.key.option },
        { question: mc, answer: wrong },
        { question: { prompt: "Which country called the UN meeting?", format: "short", accepted: ["Japan"] }, answer: "It was Japan." },
      ];
      writeFileSync(batch, `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
      const c = evident("check", SEED, "--batch", batch);
      expect(c.code, c.stderr).toBe(0);
      const verdicts = c.stdout.trim().split("\n").map((l) => JSON.parse(l) as { verdict: string; line: number });
      expect(verdicts.map((v) => v.verdict)).toEqual(["correct", "incorrect", "correct"]);
      expect(verdicts.map((v) => v.line)).toEqual([1, 2, 3]);
    },
    TIMEOUT,
  );
});
