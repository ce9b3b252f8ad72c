// The authorization matrix lists every page, route handler and server action: adding one to app/
// without a row in lib/server/authz/surface.ts fails here, before any other test runs.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SURFACE } from "../surface";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const files = walk("app").map((f) => f.split(path.sep).join("/"));
const url = (file: string) => "/" + path.posix.dirname(file).replace(/^app\/?/, "").replace(/\/?\([^/]+\)/g, "");

describe("the authorization matrix covers the whole app", () => {
  it("lists every page", () => {
    const pages = files.filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f)).map((f) => `${f} ${url(f).replace(/\/$/, "") || "/"}`);
    const listed = SURFACE.filter((e) => e.kind === "page").map((e) => `${e.file} ${e.name}`);
    expect(listed.sort()).toEqual(pages.sort());
  });

  it("lists every route handler with its HTTP methods", () => {
    const routes = files
      .filter((f) => /\/route\.(ts|js)$/.test(f))
      .map((f) => {
        const methods = [...readFileSync(f, "utf8").matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b|export\s+const\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)].map((m) => m[1] ?? m[2]);
        return `${f} ${url(f)} ${methods.sort().join(",")}`;
      });
    const listed = SURFACE.filter((e) => e.kind === "route").map((e) => `${e.file} ${e.name} ${[...(e.methods ?? [])].sort().join(",")}`);
    expect(listed.sort()).toEqual(routes.sort());
  });

  it("lists every exported server action", () => {
    const actionFiles = files.filter((f) => /\.(ts|tsx)$/.test(f) && /^\s*["']use server["']/m.test(readFileSync(f, "utf8")));
    // Every "use server" module is an actions file; inline actions inside pages would hide from this list.
    expect(actionFiles.every((f) => /\/actions\.ts$/.test(f))).toBe(true);
    const actions = actionFiles.flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/export\s+(?:async\s+function\s+(\w+)|const\s+(\w+)|\{([^}]+)\})/g)].flatMap((m) =>
        (m[1] ?? m[2] ?? m[3]!).split(",").map((n) => `${f} ${n.trim().split(/\s+as\s+/).pop()}`),
      ),
    );
    const listed = SURFACE.filter((e) => e.kind === "action").map((e) => `${e.file} ${e.name}`);
    expect(listed.sort()).toEqual(actions.sort());
  });

  it("says for every row that takes an id, or is not public, where its authorization is checked", () => {
    for (const e of SURFACE) {
      expect(e.checked, `${e.file} ${e.name}`).toContain("http");
      if (e.audience !== "public" && e.audience !== "session") {
        expect(e.checked, `${e.file} ${e.name}`).toContain("dal");
        expect(e.dal.length, `${e.file} ${e.name}`).toBeGreaterThan(0);
      }
      if (e.ids.length) expect(["class-teacher", "class-student", "own-attempt"]).toContain(e.audience);
    }
  });
});
