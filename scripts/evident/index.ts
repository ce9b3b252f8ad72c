// Evident's command line: analyze an article, generate a quiz for it, or check answers.
// Run: npm run evident -- <command> … (or npx tsx scripts/evident/index.ts <command> …).
import { runAnalyze } from "./analyze";
import { runCheck } from "./check";
import { CliError } from "./errors";
import { runGenerate } from "./generate";

const USAGE = `Usage:
  evident analyze <file|-> [--json]
  evident generate <file|-> [--json|--md] [--count N] [--seed S]
  evident check <article> --batch <file.jsonl>
Files may be .txt or .html; "-" reads standard input.`;

const COMMANDS: Record<string, (argv: string[]) => string> = { analyze: runAnalyze, generate: runGenerate, check: runCheck };

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`evident: unknown command "${command}".\n${USAGE}\n`);
    return 1;
  }
  try {
    process.stdout.write(`${run(rest)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`evident ${command}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
