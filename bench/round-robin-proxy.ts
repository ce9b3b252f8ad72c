// A tiny round-robin HTTP proxy for running two app instances behind one address, as a school
// would behind its own load balancer. Requests are streamed through unchanged (Host and Origin
// included, so the app's same-origin check sees the address the browser used); an instance that
// cannot be reached answers 502, which the student's outbox treats as "retry later".
//
// Standalone: npx tsx bench/round-robin-proxy.ts <port> <upstream-port> [<upstream-port> …]
import http from "node:http";

export interface Proxy {
  url: string;
  close(): Promise<void>;
}

export function startProxy(port: number, upstreams: number[]): Promise<Proxy> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = upstreams[next++ % upstreams.length]!;
    const upstream = http.request({ host: "127.0.0.1", port: target, method: req.method, path: req.url, headers: req.headers, agent }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.rawHeaders);
      up.pipe(res);
    });
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "Content-Type": "application/json" }).end(JSON.stringify({ code: "internal", error: "upstream unavailable" }));
      else res.destroy();
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
            agent.destroy();
          }),
      }),
    );
  });
}

if (process.argv[1]?.endsWith("round-robin-proxy.ts")) {
  const [port, ...ups] = process.argv.slice(2).map(Number);
  if (!port || !ups.length) {
    console.error("usage: npx tsx bench/round-robin-proxy.ts <port> <upstream-port> [<upstream-port> …]");
    process.exit(2);
  }
  const p = await startProxy(port, ups);
  console.log(`round-robin proxy on ${p.url} → ${ups.join(", ")}`);
}
