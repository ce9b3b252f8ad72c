// `npm start`: build once if there is no production build yet, then serve on port 3000.
// The server (scripts/server/serve.mjs: Next's handler with admission pacing) runs as a direct
// child (node itself, no npx or shell in between), so SIGTERM and SIGINT reach it for sure: it then
// stops accepting connections, answers the requests in flight and exits, and this wrapper exits
// with its status.
import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { constants } from "node:os";

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!existsSync(".next/BUILD_ID") || process.env.EVIDENT_REBUILD === "1") {
  console.log("Evident: building the app (first start only, about a minute)…");
  const built = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, ["scripts/server/serve.mjs", "--port", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + constants.signals[signal] : 1)));
