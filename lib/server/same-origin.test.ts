import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const post = (headers: Record<string, string>) => new Request("http://school.example/student/api/save", { method: "POST", headers });

describe("isSameOrigin", () => {
  it("accepts a page of the app itself", () => {
    expect(isSameOrigin(post({ host: "school.example", origin: "http://school.example" }))).toBe(true);
  });
  it("refuses a missing Origin", () => {
    expect(isSameOrigin(post({ host: "school.example" }))).toBe(false);
  });
  it("refuses the null Origin of sandboxed frames and file pages", () => {
    expect(isSameOrigin(post({ host: "school.example", origin: "null" }))).toBe(false);
  });
  it("refuses another site", () => {
    expect(isSameOrigin(post({ host: "school.example", origin: "https://evil.example" }))).toBe(false);
  });
  it("refuses the same host on another port", () => {
    expect(isSameOrigin(post({ host: "school.example", origin: "http://school.example:8080" }))).toBe(false);
  });
  it("ignores X-Forwarded-Host unless a trusted proxy is configured", () => {
    expect(isSameOrigin(post({ host: "school.example", "x-forwarded-host": "evil.example", origin: "https://evil.example" }))).toBe(false);
  });
});
