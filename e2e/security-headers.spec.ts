import { expect, test } from "@playwright/test";

test.describe("Pages are served with protective headers", () => {
  for (const path of ["/", "/read/bloomberg-tillerson-un-north-korea", "/practice/bloomberg-tillerson-un-north-korea"]) {
    test(`${path} has a nonce CSP, no framing and no sniffing`, async ({ request }) => {
      const res = await request.get(path);
      const h = res.headers();
      const csp = h["content-security-policy"] ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
      for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("no-referrer");
      // Every inline script Next emits carries this request's nonce.
      const nonce = csp.match(/'nonce-([^']+)'/)![1]!;
      const html = await res.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(0);
      for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
    });
  }

  test("no request from a student page goes to another host", async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(baseURL!) && !r.url().startsWith("data:")) foreign.push(r.url());
    });
    await page.goto("/practice/bloomberg-tillerson-un-north-korea");
    await page.getByRole("region", { name: "Questions" }).locator("section").first().getByRole("button", { name: "Check answer" }).click();
    await page.waitForLoadState("networkidle");
    expect(foreign).toEqual([]);
  });
});
