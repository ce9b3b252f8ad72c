// A small argv reader: positionals plus --flags, with or without a value. Kept local so the
// CLI needs no argument-parsing dependency.
import { CliError } from "./errors";

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** `valued` lists the flags that take a value (`--count 5` or `--count=5`); others are booleans. */
export function parseArgs(argv: string[], valued: readonly string[], boolean: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-" || !a.startsWith("--")) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (valued.includes(name)) {
      const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined || value === "") throw new CliError(`--${name} needs a value.`);
      flags.set(name, value);
    } else if (boolean.includes(name) && eq < 0) {
      flags.set(name, true);
    } else {
      throw new CliError(`Unknown option --${name}.`);
    }
  }
  return { positionals, flags };
}

/** A whole number flag within [min, max], or the fallback when absent. */
export function intFlag(args: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const raw = args.flags.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw === true || !Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} must be a whole number from ${min} to ${max}.`);
  return n;
}
