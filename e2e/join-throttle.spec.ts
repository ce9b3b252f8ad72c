// Guessing class codes over HTTP, with a forged X-Forwarded-For on every request (the server does
// not trust it: EVIDENT_TRUST_PROXY is unset). The per-network limit for an unknown address is
// the whole school's, so the guesser is stopped after at most 200 wrong codes; with the header
// trusted, each forged address would get its own limit and the guessing would run on to the
// global cap of 600. Once stopped, even the right codes are refused, so guessing on learns nothing.
//
// This uses up the school's join limit for ten minutes on purpose, so it runs in its own
// Playwright project after the desktop and phone projects (see playwright.config.ts).
import { expect, test } from "@playwright/test";
import { callAction, classroomOverHttp, joinOverHttp, newActor, postJoin, query } from "./support/attack";

const JOIN = "app/join/actions.ts";
const joinResult = async (res: { json(): Promise<unknown> }) => (await res.json()) as { error?: string };
const result = async (res: { text(): Promise<string> }) => {
  const body = await res.text();
  return JSON.parse(body.slice(body.lastIndexOf('1:{"') + 2).split("\n")[0]!) as { error?: string };
};

/** The limits count in fixed ten-minute windows (lib/server/dal/rate-limit.ts). */
const windowOf = () => Math.floor(Date.now() / 600_000);

test("wrong class codes are throttled for the whole network; a forged X-Forwarded-For does not help", async () => {
  test.setTimeout(180_000);
  const c = await classroomOverHttp();
  const ana = await joinOverHttp(c.joinCode, "Ana");
  // A round that straddles a window boundary proves nothing (the count restarts): run another.
  for (let round = 0; round < 2; round++) {
    const window = windowOf();
    const guesser = await newActor();
    let stoppedAfter = -1;
    for (let i = 0; i < 260 && stoppedAfter < 0; i++) {
      const forged = { "X-Forwarded-For": `203.0.113.${i % 250}, 10.0.0.1`, "X-Real-IP": `198.51.100.${i % 250}` };
      const r = await joinResult(await postJoin(guesser, { joinCode: `GUES${round}${String(i).padStart(3, "0")}`, displayName: "Guess" }, forged));
      if (/Too many attempts/.test(r.error ?? "")) stoppedAfter = i;
      else expect(r.error).toMatch(/wrong, or the class is not taking new students/);
    }
    // The right class code, and the right personal code, from a "new" address.
    const fresh = { "X-Forwarded-For": "192.0.2.77" };
    const lucky = await joinResult(await postJoin(await newActor(), { joinCode: c.joinCode, displayName: `Lucky${round}` }, fresh));
    const back = await result(await callAction(await newActor(), "/join/back", JOIN, "comeBackAction", { form: { joinCode: c.joinCode, personalCode: ana.personalCode } }, fresh));
    if (windowOf() !== window) continue;

    expect(stoppedAfter, "guessing was never stopped").toBeGreaterThan(0);
    expect(stoppedAfter).toBeLessThanOrEqual(200);
    expect(lucky.error).toMatch(/Too many attempts/);
    expect(back.error).toMatch(/Too many attempts/);
    expect(query("select display_name from students where class_id = ? and display_name = ?", c.classId, `Lucky${round}`)).toEqual([]);
    return;
  }
  throw new Error("Both rounds straddled a rate-limit window boundary.");
});
