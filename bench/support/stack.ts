// The system under test: SQLite with one app instance, or PostgreSQL (a throwaway durable server)
// with N app instances behind the round-robin proxy. Ports come from BENCH_PORT (default 3120):
// the proxy (or the single instance) listens there, instances on the following ports.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startPostgres } from "../../lib/server/test-support/postgres";
import { startProxy, type Proxy } from "../round-robin-proxy";
import { seedClassroom, type Classroom, type Target } from "./fixture";
import { startApp, type AppServer } from "./server";

export interface Stack {
  label: string;
  target: Target;
  room: Classroom;
  /** Where students connect: the proxy, or the only instance. */
  base: string;
  servers: AppServer[];
  /** Starts instance i again (after it was stopped or killed) on its port. */
  restart(i: number): Promise<AppServer>;
  /** Stops the proxy and every instance (SIGTERM, waiting for each to exit). */
  stop(): Promise<void>;
  /** Removes the data folder or stops PostgreSQL: call after the database was read. */
  dispose(): void;
}

/**
 * SQLite runs start from a copy of one seeded database: making the quiz (analysing the article)
 * is the slow part of seeding, and the kill -9 bench needs a fresh database for every run.
 */
let template: { file: string; room: Classroom; feedbackMode: string } | null = null;

async function seededSqlite(feedbackMode: "after-submit" | "per-question"): Promise<{ dataDir: string; room: Classroom }> {
  if (!template || template.feedbackMode !== feedbackMode) {
    const dir = mkdtempSync(path.join(tmpdir(), "evident-bench-template-"));
    const room = await seedClassroom({ dataDir: dir }, feedbackMode);
    template = { file: path.join(dir, "evident.sqlite"), room, feedbackMode };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "evident-bench-"));
  copyFileSync(template.file, path.join(dataDir, "evident.sqlite"));
  return { dataDir, room: template.room };
}

export async function startStack(opts: { db: "sqlite" | "postgres"; instances?: number; feedbackMode?: "after-submit" | "per-question" }): Promise<Stack> {
  const basePort = Number(process.env.BENCH_PORT ?? 3120);
  let target: Target;
  let cleanup: () => void;
  let room: Classroom;
  if (opts.db === "postgres") {
    const pgServer = await startPostgres({ durable: true });
    if ("unavailable" in pgServer) throw new Error(pgServer.unavailable);
    target = { databaseUrl: pgServer.url };
    cleanup = () => pgServer.stop();
    room = await seedClassroom(target, opts.feedbackMode);
  } else {
    const seeded = await seededSqlite(opts.feedbackMode ?? "after-submit");
    target = { dataDir: seeded.dataDir };
    room = seeded.room;
    cleanup = () => rmSync(seeded.dataDir, { recursive: true, force: true });
  }
  const instances = opts.db === "postgres" ? (opts.instances ?? 2) : 1;
  const ports = Array.from({ length: instances }, (_, i) => (opts.db === "postgres" ? basePort + 1 + i : basePort));
  const launch = (i: number) => startApp({ port: ports[i]!, ...target });
  const servers = await Promise.all(ports.map((_, i) => launch(i)));
  const proxy: Proxy | null = opts.db === "postgres" ? await startProxy(basePort, ports) : null;
  return {
    label: opts.db === "postgres" ? `PostgreSQL, ${instances} app instances behind a round-robin proxy` : "SQLite, one app instance",
    target,
    room,
    base: proxy?.url ?? servers[0]!.url,
    servers,
    async restart(i) {
      servers[i] = await launch(i);
      return servers[i]!;
    },
    async stop() {
      await proxy?.close();
      await Promise.all(servers.map((s) => s.stop("SIGTERM")));
    },
    dispose: cleanup,
  };
}
