// A control for the load benches: the same shape of load as their trivial route (300 clients
// released at once, 13 requests each, back to back) against a plain Node HTTP server, no Next and
// no database, that spends a fixed few milliseconds of CPU per request. Whatever tail latency it
// shows on this machine is the platform's (one event loop saturated by many connections, client
// and server sharing the cores), not Evident's.
//
// Usage: npx tsx bench/plain-server.ts [ms of work per request (3)] [rounds (3)] [pace (0)]
// pace > 0 puts the app server's admission pacer (scripts/server/pacer.mjs) in front, with that
// many requests let in per turn, to show what pacing does to the platform's tail on its own.
import { spawn } from "node:child_process";
import { runTrivial } from "./support/burst";
import { line, summarize } from "./support/stats";

const WORK_MS = Number(process.argv[2] ?? 3);
const ROUNDS = Number(process.argv[3] ?? 3);
const PACE = Number(process.argv[4] ?? 0);
const pacer = new URL("../scripts/server/pacer.mjs", import.meta.url).href;
const port = Number(process.env.BENCH_PORT ?? 3120);

// The server runs in its own process, as the app does; its handler is answered on the next turn
// of the event loop after a busy wait, like a request whose work is all CPU.
const server = spawn(
  process.execPath,
  [
    "--input-type=module",
    "-e",
    `import http from "node:http";
     import { createPacer } from ${JSON.stringify(pacer)};
     const burn = (ms) => { const t = performance.now(); while (performance.now() - t < ms); };
     const answer = (res) => setImmediate(() => { burn(${WORK_MS}); res.setHeader("content-type", "application/json"); res.end('{"ok":true}'); });
     const pacer = ${PACE} > 0 ? createPacer({ perTurn: ${PACE} }) : null;
     http.createServer((req, res) => (pacer ? pacer.admit(() => answer(res)) : answer(res)))
       .listen(${port}, "127.0.0.1", () => console.log("up"));`,
  ],
  { stdio: ["ignore", "pipe", "inherit"] },
);
await new Promise<void>((resolve) => server.stdout!.once("data", () => resolve()));
try {
  console.log(`plain Node server, ${WORK_MS} ms of CPU per request, ${PACE ? `${PACE} requests per turn` : "no pacing"}; 300 clients × 13 requests, back to back`);
  for (let r = 1; r <= ROUNDS; r++) {
    // /api/health is only a path here: the plain server answers every path the same way.
    console.log(line(`round ${r}`, summarize(await runTrivial({ base: `http://127.0.0.1:${port}`, clients: 300, requests: 13, thinkMs: 0 }))));
  }
} finally {
  server.kill("SIGTERM");
}
