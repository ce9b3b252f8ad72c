// A second server on the same embedded data folder must refuse to start, saying why, and leave the
// first one serving. (The lock itself is unit-tested in lib/server/db/__tests__/lock.test.ts; this
// checks the real start path (scripts/server/serve.mjs, as `npm start` runs it): the database opens at startup, in instrumentation.)
//
// Usage: npm run build && npx tsx --conditions=react-server bench/second-server.ts   BENCH_PORT=3120
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp } from "./support/server";

const port = Number(process.env.BENCH_PORT ?? 3120);
const dataDir = mkdtempSync(path.join(tmpdir(), "evident-second-"));
const first = await startApp({ port, dataDir });
let ok = false;
try {
  try {
    const second = await startApp({ port: port + 1, dataDir, waitMs: 30_000 });
    await second.stop();
    console.log("FAILED: the second server started on the same data folder");
  } catch (e) {
    const said = String(e instanceof Error ? e.message : e)
      .split("\n")
      .find((l) => l.includes("Evident cannot start"));
    const stillServing = (await fetch(`${first.url}/api/health`)).ok;
    ok = Boolean(said?.includes("Another Evident server")) && stillServing;
    console.log(`second server refused: ${said?.trim() ?? "(no message)"}`);
    console.log(`first server still serving: ${stillServing}`);
  }
} finally {
  await first.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(ok ? "passed" : "FAILED");
process.exit(ok ? 0 : 1);
