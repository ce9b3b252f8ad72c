// Guessing class codes, on both databases: wrong, reset and locked codes all get one answer;
// guesses are limited per network and for the whole school, and once the limit is reached even a
// right guess is refused, so guessing past it learns nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import { actorFromToken, joinClass, NO_OPEN_CLASS, reenterStudent, signUpTeacher } from "../auth";
import { createClass, resetJoinCode, setJoinOpen } from "../classes";

describe.each(dialects)("join-code guessing on %s", (dialect) => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  beforeEach(async () => {
    h = await freshDatabase(dialect);
  }, 60_000);
  afterEach(async () => h?.dispose());

  async function classWithStudent() {
    const db = h!.db;
    const teacher = await actorFromToken(db, (await signUpTeacher(db, { email: "t@school.example", password: "correct horse battery", displayName: "T", ip: "10.2.0.1" })).token);
    const cls = await createClass(db, teacher, "Period 2");
    const { personalCode } = await joinClass(db, { joinCode: cls.joinCode, displayName: "Ana", ip: "10.2.0.2" });
    return { db, teacher, cls, personalCode };
  }
  const refusal = (p: Promise<unknown>) => p.then(() => "joined", (e: Error) => e.message);

  it("a wrong, a reset and a locked code get the same answer", async (ctx) => {
    if (!h) return ctx.skip();
    const { db, teacher, cls } = await classWithStudent();
    const wrong = await refusal(joinClass(db, { joinCode: "ZZZZZZZZ", displayName: "Guess", ip: "10.2.0.3" }));
    const newCode = await resetJoinCode(db, teacher, cls.id);
    const reset = await refusal(joinClass(db, { joinCode: cls.joinCode, displayName: "Guess", ip: "10.2.0.3" }));
    await setJoinOpen(db, teacher, cls.id, false);
    const locked = await refusal(joinClass(db, { joinCode: newCode, displayName: "Guess", ip: "10.2.0.3" }));
    expect(wrong).toBe(NO_OPEN_CLASS);
    expect(reset).toBe(wrong);
    expect(locked).toBe(wrong);
    const roster = await db.selectFrom("students").select("display_name").where("class_id", "=", cls.id).execute();
    expect(roster.map((r) => r.display_name)).toEqual(["Ana"]);
  });

  it("per network: after the limit even the right code is refused, for joining and for coming back", async (ctx) => {
    if (!h) return ctx.skip();
    const { db, cls, personalCode } = await classWithStudent();
    const answers: string[] = [];
    for (let i = 0; i < 21; i++) answers.push(await refusal(joinClass(db, { joinCode: `ZZZZZZ${String(i).padStart(2, "0")}`, displayName: "Guess", ip: "10.2.0.9" })));
    expect(answers.slice(0, 20).every((a) => a === NO_OPEN_CLASS)).toBe(true);
    expect(answers[20]).toMatch(/Too many attempts/);
    expect(await refusal(joinClass(db, { joinCode: cls.joinCode, displayName: "Lucky", ip: "10.2.0.9" }))).toMatch(/Too many attempts/);
    expect(await refusal(reenterStudent(db, { joinCode: cls.joinCode, personalCode, ip: "10.2.0.9" }))).toMatch(/Too many attempts/);
    // Another network is not affected.
    expect(await refusal(reenterStudent(db, { joinCode: cls.joinCode, personalCode, ip: "10.2.0.10" }))).toBe("joined");
  });

  it("globally: guesses spread over many addresses (a spoofing proxy's view) are still capped", async (ctx) => {
    if (!h) return ctx.skip();
    const { db, cls } = await classWithStudent();
    let refused = 0;
    // 610 wrong guesses, each from a different address: no per-address limit is reached.
    for (let i = 0; i < 610; i++) {
      const a = await refusal(joinClass(db, { joinCode: "ZZZZZZZZ", displayName: "Guess", ip: `198.51.${i >> 8}.${i & 255}` }));
      if (/Too many/.test(a)) refused++;
    }
    expect(refused).toBe(10);
    expect(await refusal(joinClass(db, { joinCode: cls.joinCode, displayName: "Lucky", ip: "203.0.113.7" }))).toMatch(/Too many attempts/);
  }, 120_000);
});
