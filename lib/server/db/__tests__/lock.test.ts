// One server per embedded data folder: a live owner refuses a second process; a stale lock is taken over.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataFolderLock, DataFolderLocked } from "../lock";

describe("data folder lock", () => {
  it("refuses when another live process holds the folder, naming it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "evident-lock-"));
    const other = spawn("sleep", ["30"]);
    writeFileSync(path.join(dir, "evident.lock"), String(other.pid));
    try {
      expect(() => acquireDataFolderLock(dir)).toThrow(DataFolderLocked);
      expect(() => acquireDataFolderLock(dir)).toThrow(new RegExp(`process ${other.pid}.*already using the data folder`));
    } finally {
      other.kill();
    }
  });

  it("takes over a lock whose process is gone, and releases it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "evident-lock-"));
    writeFileSync(path.join(dir, "evident.lock"), "999999");
    const release = acquireDataFolderLock(dir);
    expect(readFileSync(path.join(dir, "evident.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(dir, "evident.lock"))).toBe(false);
  });
});
