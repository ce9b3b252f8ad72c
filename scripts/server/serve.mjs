// @ts-check
// The production server: Next's request handler behind Node's HTTP server, with admission pacing
// (pacer.mjs) in front, and the graceful stop `next start` has (SIGTERM/SIGINT: stop accepting,
// answer what is in flight, exit 143/130).
//
// Usage: node scripts/server/serve.mjs [--port 3000] [--hostname 0.0.0.0]
// EVIDENT_PACE_PER_TURN sets how many requests enter the app per turn of the event loop (8;
// 0 turns pacing off, for comparisons in bench/).
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { createPacer } from "./pacer.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Without --hostname it listens on every interface, as `next start` does.
const hostname = values.hostname ?? process.env.HOSTNAME;
const perTurn = Number(process.env.EVIDENT_PACE_PER_TURN ?? 8);

process.env.NEXT_TELEMETRY_DISABLED = "1";
// @ts-expect-error -- Next reads NODE_ENV; production is the only mode this server runs.
process.env.NODE_ENV = "production";

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const pacer = perTurn > 0 ? createPacer({ perTurn }) : null;

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
function serve(req, res) {
  handle(req, res).catch((/** @type {unknown} */ err) => {
    console.error(JSON.stringify({ event: "server.unhandled", error: err instanceof Error ? err.name : "unknown" }));
    if (!res.headersSent) res.statusCode = 500;
    res.end("Internal Server Error");
  });
}

/** Autosaves and highlight saves: a student's work, which must be stored before anything is rendered. */
const URGENT = new Set(["/student/api/save", "/student/api/highlights"]);
const isUrgent = (/** @type {import("node:http").IncomingMessage} */ req) => req.method === "POST" && URGENT.has((req.url ?? "").split("?")[0] ?? "");

const server = createServer((req, res) => {
  if (!pacer) return serve(req, res);
  pacer.admit(() => serve(req, res), { urgent: isUrgent(req), isGone: () => req.socket.destroyed });
});

// A student opens the join page, then spends a minute typing the code and a name. If that
// connection is still open when they press Join, the join skips the listening socket, which at a
// bell admits one new connection per turn of the event loop (decision 13). Browsers keep a used
// connection for minutes; Node closes it after 5 s unless told otherwise. The headers timeout
// only runs while a request is arriving, so it need not exceed this.
server.keepAliveTimeout = Number(process.env.EVIDENT_KEEP_ALIVE_MS ?? 120_000);

const ready = () => console.log(JSON.stringify({ event: "server.ready", url: `http://${hostname ?? "localhost"}:${port}`, pacePerTurn: perTurn }));
if (hostname) server.listen(port, hostname, ready);
else server.listen(port, ready);

let stopping = false;
/** @param {"SIGTERM" | "SIGINT"} signal */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  // close() stops accepting, ends idle keep-alive connections and calls back once every request
  // in flight has been answered — the queue included, since queued requests hold their sockets.
  server.close(() => {
    app.close().finally(() => process.exit(signal === "SIGTERM" ? 143 : 130));
  });
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
