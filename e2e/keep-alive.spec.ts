import { expect, test } from "@playwright/test";

// A class loads the join page, then takes a minute to type the code and their names. If the
// connection is gone by then, every Join at the bell queues for a new one (decision 13), so the
// server keeps idle connections open far longer than Node's 5 s default.
test("the join page's connection stays open while a student types the class code", async ({ request }) => {
  const res = await request.get("/join");
  expect(res.ok()).toBe(true);
  const timeout = Number(/timeout=(\d+)/.exec(res.headers()["keep-alive"] ?? "")?.[1]);
  expect(timeout).toBeGreaterThanOrEqual(60);
});
