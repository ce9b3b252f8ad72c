// `npm run check:deps`, part of `npm test`: fails when next, react or react-dom has a high or
// critical advisory, or is behind the newest patch release of its line. Asks the npm registry;
// when the advisory service refuses (some mirrors answer 405) the patch-level check still runs,
// and when the registry cannot be reached at all it says so plainly and does not fail, because
// an offline machine cannot know and a red build would only teach people to ignore it.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { auditFindings, patchFinding, WATCHED, type Finding } from "./decide";

const root = path.resolve(import.meta.dirname, "../..");

function npm(args: string[]): { ok: true; out: string } | { ok: false; out: string } {
  try {
    return { ok: true, out: execFileSync("npm", args, { cwd: root, encoding: "utf8", timeout: 60_000, stdio: ["ignore", "pipe", "pipe"] }) };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, out: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

const findings: Finding[] = [];
let checked = 0;

// npm audit exits non-zero whenever it finds anything, so read its JSON either way.
const audit = npm(["audit", "--omit=dev", "--json"]);
try {
  const parsed = JSON.parse(audit.out) as { error?: unknown };
  if (parsed.error) throw new Error("audit error");
  findings.push(...auditFindings(parsed));
  console.log("deps: advisories checked with npm audit");
  checked++;
} catch {
  console.log("deps: the advisory service did not answer (npm audit); checking patch levels only");
}

for (const pkg of WATCHED) {
  const installed = (JSON.parse(readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  const line = installed.split(".").slice(0, 2).join(".");
  const view = npm(["view", `${pkg}@${line}`, "version", "--json"]);
  if (!view.ok) continue;
  let published: string[];
  try {
    const parsed = JSON.parse(view.out) as string | string[];
    published = Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    continue;
  }
  checked++;
  const f = patchFinding(pkg, installed, published);
  if (f) findings.push(f);
  else console.log(`deps: ${pkg} ${installed} is the newest patch release of ${line}`);
}

if (findings.length) {
  for (const f of findings) console.error(`deps: ${f.pkg}: ${f.problem}`);
  process.exit(1);
}
if (checked === 0) console.warn("deps: WARNING: the npm registry could not be reached; next, react and react-dom were not checked");
