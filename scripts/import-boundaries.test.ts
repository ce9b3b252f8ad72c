// The one-way import rule is enforced by lint; this proves the lint rule bites.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });
async function restricted(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").length;
}

describe("import boundaries", () => {
  it.each([
    ['import fs from "node:fs";', "a Node built-in"],
    ['import React from "react";', "React"],
    ['import { notFound } from "next/navigation";', "Next"],
    ['import Database from "better-sqlite3";', "a database"],
    ['import { env } from "@/lib/server/env";', "the server layer"],
    ['import { X } from "../../components/x";', "UI components"],
  ])("the engine refuses %s (%s)", async (code) => {
    expect(await restricted("lib/engine/analyze/example.ts", `${code}\nexport const y = 1;`)).toBe(1);
  });

  it("the server layer may use the engine but not UI", async () => {
    expect(await restricted("lib/server/example.ts", 'import { ingest } from "@/lib/engine";\nexport const y = ingest;')).toBe(0);
    expect(await restricted("lib/server/example.ts", 'import { A } from "@/components/a";\nexport const y = A;')).toBe(1);
  });

  it("components may not import routes", async () => {
    expect(await restricted("components/example.tsx", 'import P from "@/app/page";\nexport const y = P;')).toBe(1);
  });

  it("engine tests may read fixtures from disk", async () => {
    expect(await restricted("lib/engine/analyze/example.test.ts", 'import fs from "node:fs";\nexport const y = fs;')).toBe(0);
  });
});
