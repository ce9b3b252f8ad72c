// A refusal the CLI reports as one line on stderr with exit code 1 (bad input, bad usage),
// as opposed to a bug, which keeps its stack trace.
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
