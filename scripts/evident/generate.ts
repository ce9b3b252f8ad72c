// `evident generate <file|-> [--json|--md] [--count N] [--seed S]`: a quiz for the article as
// JSON (with the normalized text the offsets point into), a printable worksheet with an answer
// key, or a readable list.
import type { IngestedArticle } from "../../lib/engine/ingest";
import { generate, type Question } from "../../lib/engine/generate";
import { intFlag, parseArgs } from "./args";
import { CliError } from "./errors";
import { readArticle } from "./read-input";
import { analyzeWithDictionary } from "./vocabulary";

const TF_OPTIONS = ["True", "False", "Not stated"];
const LETTERS = "ABCDEFGH";

export function runGenerate(argv: string[]): string {
  const args = parseArgs(argv, ["count", "seed"], ["json", "md"]);
  if (args.positionals.length !== 1) throw new CliError("Usage: evident generate <file|-> [--json|--md] [--count N] [--seed S]");
  if (args.flags.has("json") && args.flags.has("md")) throw new CliError("Choose one of --json and --md.");
  const count = intFlag(args, "count", 12, 1, 50);
  const seed = intFlag(args, "seed", 0, 0, 2 ** 31 - 1);
  const article = readArticle(args.positionals[0]!);
  const { questions } = generate(analyzeWithDictionary(article), { count, seed });
  if (args.flags.has("json")) return JSON.stringify({ article: articleJson(article), questions }, null, 2);
  return args.flags.has("md") ? worksheet(article, questions) : list(article, questions);
}

function articleJson(article: IngestedArticle) {
  const h = article.header;
  return {
    title: h.title?.text ?? null,
    outlet: h.outlet?.text ?? null,
    byline: h.byline?.text ?? null,
    date: h.date?.text ?? null,
    missing: article.missing,
    wordCount: article.wordCount,
    paragraphs: article.paragraphs,
    text: article.text,
  };
}

const optionsOf = (q: Question): string[] | null => q.options ?? (q.format === "tf" ? TF_OPTIONS : null);

/** The key as a reader sees it: "C. Rex Tillerson", the accepted answers, or a review note. */
function keyText(q: Question): string {
  const options = optionsOf(q);
  const accepted = q.key.accepted?.length ? q.key.accepted.join(" / ") : null;
  if (options && q.key.option !== undefined) {
    const chosen = `${LETTERS[q.key.option]}. ${options[q.key.option]}`;
    return q.format === "cloze" && accepted ? `${chosen} (written: ${accepted})` : chosen;
  }
  if (accepted) return accepted;
  return q.format === "open" ? "Open response — teacher-reviewed." : "(no key)";
}

const quote = (s: string) => `“${s.replace(/\s+/g, " ").trim()}”`;

function list(article: IngestedArticle, questions: Question[]): string {
  const out = [`${article.header.title?.text ?? "(untitled article)"} — ${questions.length} questions`, ""];
  questions.forEach((q, i) => {
    out.push(`${i + 1}. [${q.category} · ${q.type} · ${q.format} · ${q.standard} · difficulty ${q.difficulty}] ${q.prompt}`);
    const options = optionsOf(q);
    options?.forEach((o, j) => out.push(`     ${LETTERS[j]}. ${o}`));
    out.push(`   Key: ${keyText(q)}`);
    for (const e of q.evidence) out.push(`   Evidence [${e.start}–${e.end}]: ${quote(article.text.slice(e.start, e.end))}`);
    out.push("");
  });
  return out.join("\n").trimEnd();
}

/** Markdown-safe text for a list item or heading: no accidental emphasis or headings. */
const md = (s: string) => s.replace(/([\\`*_#|<>[\]])/g, "\\$1");

function worksheet(article: IngestedArticle, questions: Question[]): string {
  const h = article.header;
  const out: string[] = [`# ${md(h.title?.text ?? "Article")}`, ""];
  const meta = [h.outlet?.text, h.byline?.text, h.date?.text].filter(Boolean).map((x) => md(x!));
  if (meta.length) out.push(`*${meta.join(" · ")}*`, "");
  if (article.missing.length) out.push(`> This text arrived without: ${article.missing.join(", ")}.`, "");
  out.push("Name: ______________________  Date: ____________", "", "## Article", "");
  article.paragraphs.forEach((p, i) => out.push(`**${i + 1}** ${md(article.text.slice(p.start, p.end))}`, ""));

  out.push("## Questions", "");
  questions.forEach((q, i) => {
    out.push(`**${i + 1}.** ${md(q.prompt)}`, "");
    const options = optionsOf(q);
    if (options) options.forEach((o, j) => out.push(`- ${LETTERS[j]}. ${md(o)}`));
    else {
      const lines = q.format === "open" ? 4 : 1;
      for (let n = 0; n < lines; n++) out.push("", "____________________________________________________________");
    }
    out.push("");
  });

  out.push('<div style="page-break-before: always"></div>', "", "## Answer key", "");
  questions.forEach((q, i) => {
    out.push(`**${i + 1}.** ${md(keyText(q))}  `);
    out.push(`*${q.type}, ${q.standard}.* ${md(q.explanation)}  `);
    for (const e of q.evidence) out.push(`Evidence (${placeOf(article, e.start)}): ${md(quote(article.text.slice(e.start, e.end)))}  `);
    out.push("");
  });
  return out.join("\n").trimEnd();
}

/** "paragraph 3" as numbered in the worksheet, or "header" for the headline and source lines above it. */
function placeOf(article: IngestedArticle, offset: number): string {
  if (offset < (article.paragraphs[0]?.start ?? 0)) return "header";
  let n = 0;
  article.paragraphs.forEach((p, i) => {
    if (p.start <= offset) n = i;
  });
  return `paragraph ${n + 1}`;
}
