// Lighthouse 12 (mobile preset) on the library, the seed article and its practice page, against the production
// build, with Debian's Chromium. Prints the category scores; targets: performance ≥ 95,
// accessibility 100. Usage: npm run build && npm run bench:lighthouse
import { spawn } from "node:child_process";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
const pages = ["/", "/read/bloomberg-tillerson-un-north-korea", "/practice/bloomberg-tillerson-un-north-korea"];

async function waitFor(url: string, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer at ${url}`);
}

const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
  detached: true,
});
try {
  await waitFor(`${base}/`);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    console.log("page\tperformance\taccessibility\tbest-practices\tseo\tLCP ms\tTBT ms\tCLS");
    for (const p of pages) {
      const result = await lighthouse(`${base}${p}`, { port: chrome.port, output: "json", logLevel: "error" });
      const lhr = result!.lhr;
      const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
      const audit = (k: string) => lhr.audits[k]?.numericValue ?? NaN;
      console.log(
        [p, score("performance"), score("accessibility"), score("best-practices"), score("seo"), Math.round(audit("largest-contentful-paint")), Math.round(audit("total-blocking-time")), audit("cumulative-layout-shift").toFixed(3)].join("\t"),
      );
    }
  } finally {
    await chrome.kill();
  }
} finally {
  process.kill(-server.pid!, "SIGTERM");
}
