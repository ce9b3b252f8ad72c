// `evident check <article> --batch <file.jsonl>`: grades each line's answer against its question
// and the article; prints one JSON verdict per input line (an error object for a bad line).
import { analyze } from "../../lib/engine/analyze";
import { checkAnswer, locateKey, type CheckArticle } from "../../lib/engine/check";
import { parseArgs } from "./args";
import { parseBatchLine } from "./batch-line";
import { CliError } from "./errors";
import { readArticle, readBytes } from "./read-input";

export function runCheck(argv: string[]): string {
  const args = parseArgs(argv, ["batch"], []);
  const batch = args.flags.get("batch");
  if (args.positionals.length !== 1 || typeof batch !== "string") throw new CliError("Usage: evident check <article> --batch <file.jsonl>");
  if (args.positionals[0] === "-" && batch === "-") throw new CliError("Only one of the article and the batch can come from standard input.");
  const analysis = analyze(readArticle(args.positionals[0]!));
  const article: CheckArticle = { text: analysis.text, people: analysis.people, groups: analysis.groups, sentences: analysis.sentences };
  const lines = Buffer.from(readBytes(batch)).toString("utf8").split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === "") return;
    const parsed = parseBatchLine(raw);
    if (!parsed.ok) {
      out.push(JSON.stringify({ line: i + 1, error: parsed.error }));
      return;
    }
    const { question, answer, teacher } = parsed.item;
    try {
      const verdict = checkAnswer(question, answer, article);
      // A teacher's key the article does not support deserves a warning before students see it.
      const warning = teacher ? (question.key.accepted ?? []).map((k) => locateKey(article.text, k)).find((l) => !l.supported)?.warning : undefined;
      out.push(JSON.stringify({ line: i + 1, ...(question.id ? { id: question.id } : {}), ...verdict, ...(warning ? { keyWarning: warning } : {}) }));
    } catch (e) {
      out.push(JSON.stringify({ line: i + 1, error: e instanceof Error ? e.message : String(e) }));
    }
  });
  return out.join("\n");
}
