// Issue 6: "the quiz page is light": at most 100 KB of compressed JavaScript and Lighthouse
// mobile performance ≥ 90 on /student/assignments/[id]. Seeds a throwaway data folder (teacher,
// class, assignment, student), starts the production build against it, signs the student in by
// cookie, then prints
//   - every script the page loads (Playwright's network events: the <script> tags plus any chunk
//     loaded later, until the network is idle), raw and compressed with gzip (level 9) and
//     brotli (quality 11), and the bytes actually transferred;
//   - Lighthouse 12 (mobile preset) scores for the page, with Debian's Chromium.
// Usage: npm run build && npx tsx bench/quiz-weight.ts   (BENCH_PORT, CHROMIUM_PATH optional)
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium, devices, type Browser } from "@playwright/test";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const BUDGET_KB = 100;
const PERFORMANCE_TARGET = 90;
const port = Number(process.env.BENCH_PORT ?? 3205);
const base = `http://127.0.0.1:${port}`;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const COOKIE = "evident_session";

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

const kb = (n: number) => (n / 1024).toFixed(1);

/** Every script a page loads until the network is idle, raw and compressed; prints a table when asked. */
async function scriptWeight(browser: Browser, url: string, print: boolean): Promise<{ raw: number; gz: number; br: number; sent: number; files: number }> {
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  await context.addCookies([{ name: COOKIE, value: token, url: base }]);
  const page = await context.newPage();
  const scripts: { url: string; transferred: Promise<number>; body: Promise<Buffer> }[] = [];
  page.on("response", (res) => {
    if (res.request().resourceType() !== "script") return;
    scripts.push({ url: res.url(), transferred: res.request().sizes().then((s) => s.responseBodySize), body: res.body() });
  });
  const res = await page.goto(`${base}${url}`);
  if (!res?.ok()) throw new Error(`${url} answered ${res?.status()}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
  const tags = await page.locator("script[src]").count();
  const total = { raw: 0, gz: 0, br: 0, sent: 0, files: scripts.length };
  if (print) {
    console.log(`JavaScript loaded by ${url} (${scripts.length} files; ${tags} <script src> tags):`);
    console.log("raw KB\tgzip KB\tbrotli KB\ttransferred KB\tfile");
  }
  for (const s of scripts) {
    const body = await s.body;
    const g = gzipSync(body, { level: 9 }).length;
    const b = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const t = await s.transferred;
    total.raw += body.length;
    total.gz += g;
    total.br += b;
    total.sent += t;
    if (print) console.log(`${kb(body.length)}\t${kb(g)}\t${kb(b)}\t${kb(t)}\t${new URL(s.url).pathname}`);
  }
  if (print) console.log(`total\traw ${kb(total.raw)} KB\tgzip ${kb(total.gz)} KB\tbrotli ${kb(total.br)} KB\ttransferred ${kb(total.sent)} KB\t(budget ${BUDGET_KB} KB compressed)`);
  await context.close();
  return total;
}

const dataDir = mkdtempSync(path.join(tmpdir(), "evident-bench-"));
const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "bench/support/seed-classroom.ts", dataDir], { encoding: "utf8" });
if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stderr}`);
const { assignmentId, token } = JSON.parse(seeded.stdout.trim().split("\n").pop()!) as { assignmentId: string; token: string };
const pagePath = `/student/assignments/${assignmentId}`;

// Plain-named cookie over http for the bench (EVIDENT_INSECURE_COOKIES); the school's server uses __Host-.
const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", EVIDENT_DATA_DIR: dataDir, EVIDENT_INSECURE_COOKIES: "1" },
  stdio: "ignore",
  detached: true,
});
let failed = false;
try {
  await waitFor(`${base}/`);

  // 1. JavaScript weight, as a phone loads the page; the library page (React and Next alone, almost
  //    no code of ours) is measured too, as the floor any page of this stack pays.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const quiz = await scriptWeight(browser, pagePath, true);
    const floor = await scriptWeight(browser, "/", false);
    console.log(`\nfor reference, the library page (framework floor): gzip ${kb(floor.gz)} KB, brotli ${kb(floor.br)} KB in ${floor.files} files`);
    console.log(`the quiz page's own share: gzip ${kb(quiz.gz - floor.gz)} KB`);
    if (quiz.gz / 1024 > BUDGET_KB) failed = true;
  } finally {
    await browser.close();
  }

  // 2. Lighthouse, mobile preset (its default), signed in by the same cookie.
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const result = await lighthouse(`${base}${pagePath}`, { port: chrome.port, output: "json", logLevel: "error", extraHeaders: { Cookie: `${COOKIE}=${token}` } });
    const lhr = result!.lhr;
    if (lhr.finalDisplayedUrl !== `${base}${pagePath}`) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}: not signed in?`);
    const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const audit = (k: string) => lhr.audits[k]?.numericValue ?? NaN;
    console.log("\npage\tperformance\taccessibility\tbest-practices\tLCP ms\tTBT ms\tCLS\tLighthouse script transfer KB");
    const scriptBytes = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items?.find((i) => i.resourceType === "script")?.transferSize ?? NaN;
    console.log(
      [pagePath.replace(assignmentId, "[id]"), score("performance"), score("accessibility"), score("best-practices"), Math.round(audit("largest-contentful-paint")), Math.round(audit("total-blocking-time")), audit("cumulative-layout-shift").toFixed(3), kb(scriptBytes)].join("\t"),
    );
    if (score("performance") < PERFORMANCE_TARGET) failed = true;
  } finally {
    await chrome.kill();
  }
} finally {
  process.kill(-server.pid!, "SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(failed ? `\nOVER BUDGET (≤ ${BUDGET_KB} KB gzip JS, performance ≥ ${PERFORMANCE_TARGET})` : `\nWithin budget (≤ ${BUDGET_KB} KB gzip JS, performance ≥ ${PERFORMANCE_TARGET})`);
process.exitCode = failed ? 1 : 0;
