// Starts and stops the production server (scripts/server/serve.mjs, what `npm start` runs) as a
// child process of a bench: its own process (so kill -9 hits the server itself, not a wrapper), its
// own data folder or DATABASE_URL. It inherits EVIDENT_PACE_PER_TURN (0 turns admission pacing off).
import { spawn, type ChildProcess } from "node:child_process";

export interface AppServer {
  url: string;
  child: ChildProcess;
  /** Everything the server printed (stdout and stderr). */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function startApp(opts: { port: number; dataDir?: string; databaseUrl?: string; waitMs?: number }): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  delete env.DATABASE_URL;
  if (opts.dataDir) env.EVIDENT_DATA_DIR = opts.dataDir;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []), "scripts/server/serve.mjs", "--port", String(opts.port), "--hostname", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${opts.port}`;
  const server: AppServer = {
    url,
    child,
    output: () => out,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  await waitUp(url, exited, opts.waitMs ?? 60_000, () => out);
  return server;
}

async function waitUp(url: string, exited: Promise<unknown>, waitMs: number, output: () => string) {
  let gone = false;
  void exited.then(() => (gone = true));
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    if (gone) throw new Error(`the server exited while starting:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) })).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer within ${waitMs} ms:\n${output()}`);
}
