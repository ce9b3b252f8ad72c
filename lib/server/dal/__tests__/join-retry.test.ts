// A join whose answer was lost (dropped Wi-Fi, a server restart) is sent again with the same join
// token: the student gets back the place the first try made, with a fresh session, and the roster
// keeps one entry. On both databases, including a burst of the same join at once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dialects, freshDatabase } from "../../test-support/databases";
import type { Db } from "../../db/open";
import { actorFromToken, joinClass, NO_OPEN_CLASS, signUpTeacher } from "../auth";
import { createClass, removeStudent } from "../classes";

const TOKEN = "retry-token-0123456789abcdef";

describe.each(dialects)("retried joins on %s", (dialect) => {
  let h: (Db & { dispose(): Promise<void> }) | null = null;
  beforeEach(async () => {
    h = await freshDatabase(dialect);
  }, 60_000);
  afterEach(async () => h?.dispose());

  async function classroom(name = "Period 4") {
    const db = h!.db;
    const teacher = await actorFromToken(db, (await signUpTeacher(db, { email: `${name.replace(/\W/g, "")}@school.example`, password: "correct horse battery", displayName: "T", ip: "10.4.0.1" })).token);
    const cls = await createClass(db, teacher, name);
    const roster = async () => (await db.selectFrom("students").select(["id", "display_name"]).where("class_id", "=", cls.id).orderBy("display_name").execute()).map((r) => r.display_name);
    return { db, teacher, cls, roster };
  }
  const refusal = (p: Promise<unknown>) => p.then(() => "joined", (e: Error) => e.message);

  it("the same token twice gives the same student and personal code, each time with a working session", async (ctx) => {
    if (!h) return ctx.skip();
    const { db, cls, roster } = await classroom();
    const first = await joinClass(db, { joinCode: cls.joinCode, displayName: "Ana", joinToken: TOKEN, ip: "10.4.0.2" });
    const retry = await joinClass(db, { joinCode: cls.joinCode, displayName: "Ana", joinToken: TOKEN, ip: "10.4.0.2" });
    expect(retry.studentId).toBe(first.studentId);
    expect(retry.personalCode).toBe(first.personalCode);
    expect(retry.token).not.toBe(first.token);
    expect(await actorFromToken(db, retry.token)).toEqual({ kind: "student", id: first.studentId, classId: cls.id });
    expect(await actorFromToken(db, first.token)).toEqual({ kind: "student", id: first.studentId, classId: cls.id });
    expect(await roster()).toEqual(["Ana"]);
  });

  it("two students with the same name on two devices (two tokens) are two students", async (ctx) => {
    if (!h) return ctx.skip();
    const { db, cls, roster } = await classroom();
    const a = await joinClass(db, { joinCode: cls.joinCode, displayName: "Sam", joinToken: `${TOKEN}-a`, ip: "10.4.0.2" });
    const b = await joinClass(db, { joinCode: cls.joinCode, displayName: "Sam", joinToken: `${TOKEN}-b`, ip: "10.4.0.2" });
    expect(b.studentId).not.toBe(a.studentId);
    expect(await roster()).toEqual(["Sam", "Sam"]);
  });

  it("a retry with a corrected name keeps one entry, under the name typed last", async (ctx) => {
    if (!h) return ctx.skip();
    const { db, cls, roster } = await classroom();
    const first = await joinClass(db, { joinCode: cls.joinCode, displayName: "Nor", joinToken: TOKEN, ip: "10.4.0.2" });
    const retry = await joinClass(db, { joinCode: cls.joinCode, displayName: "Noor", joinToken: TOKEN, ip: "10.4.0.2" });
    expect(retry.studentId).toBe(first.studentId);
    expect(retry.displayName).toBe("Noor");
    expect(await roster()).toEqual(["Noor"]);
  });

  it("the same join sent five times at once adds one student", async (ctx) => {
    if (!h) return ctx.skip();
    const { db, cls, roster } = await classroom();
    const all = await Promise.all(Array.from({ length: 5 }, () => joinClass(db, { joinCode: cls.joinCode, displayName: "Kim", joinToken: TOKEN, ip: "10.4.0.2" })));
    expect(new Set(all.map((j) => j.studentId)).size).toBe(1);
    expect(new Set(all.map((j) => j.token)).size).toBe(5);
    expect(await roster()).toEqual(["Kim"]);
  });

  it("a token is only a retry in its own class", async (ctx) => {
    if (!h) return ctx.skip();
    const one = await classroom("Period 5");
    const two = await classroom("Period 6");
    const a = await joinClass(h.db, { joinCode: one.cls.joinCode, displayName: "Lee", joinToken: TOKEN, ip: "10.4.0.2" });
    const b = await joinClass(h.db, { joinCode: two.cls.joinCode, displayName: "Lee", joinToken: TOKEN, ip: "10.4.0.2" });
    expect(b.studentId).not.toBe(a.studentId);
    expect(await one.roster()).toEqual(["Lee"]);
    expect(await two.roster()).toEqual(["Lee"]);
  });

  it("a student the teacher removed is not brought back by a retry", async (ctx) => {
    if (!h) return ctx.skip();
    const { db, teacher, cls } = await classroom();
    const first = await joinClass(db, { joinCode: cls.joinCode, displayName: "Zed", joinToken: TOKEN, ip: "10.4.0.2" });
    await removeStudent(db, teacher, cls.id, first.studentId);
    expect(await refusal(joinClass(db, { joinCode: cls.joinCode, displayName: "Zed", joinToken: TOKEN, ip: "10.4.0.2" }))).toBe(NO_OPEN_CLASS);
    const rows = await db.selectFrom("students").select(["id", "removed_at"]).where("class_id", "=", cls.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.removed_at).not.toBeNull();
    expect(await db.selectFrom("sessions").select("token_hash").where("user_id", "=", first.studentId).where("revoked_at", "is", null).execute()).toEqual([]);
  });

  it("students who joined before join tokens existed (no token) stay, and joins around them work", async (ctx) => {
    if (!h) return ctx.skip();
    const { db, cls, roster } = await classroom();
    for (const [id, name, code] of [["old-1", "Old One", "AAAA2222"], ["old-2", "Old Two", "AAAA3333"]] as const)
      await db.insertInto("students").values({ id, class_id: cls.id, display_name: name, personal_code: code, join_token_hash: null, created_at: 1, removed_at: null }).execute();
    await joinClass(db, { joinCode: cls.joinCode, displayName: "New", joinToken: TOKEN, ip: "10.4.0.2" });
    await joinClass(db, { joinCode: cls.joinCode, displayName: "New", joinToken: TOKEN, ip: "10.4.0.2" });
    expect(await roster()).toEqual(["New", "Old One", "Old Two"]);
  });

  it("the join throttle still applies to retries: past the limit even a retry with the right code is refused", async (ctx) => {
    if (!h) return ctx.skip();
    const { db, cls, roster } = await classroom();
    await joinClass(db, { joinCode: cls.joinCode, displayName: "Ana", joinToken: TOKEN, ip: "10.4.0.9" });
    // Right codes and retries are not misses: they do not count towards the limit.
    for (let i = 0; i < 25; i++) await joinClass(db, { joinCode: cls.joinCode, displayName: "Ana", joinToken: TOKEN, ip: "10.4.0.9" });
    const misses: string[] = [];
    for (let i = 0; i < 21; i++) misses.push(await refusal(joinClass(db, { joinCode: `ZZZZZZ${String(i).padStart(2, "0")}`, displayName: "Guess", joinToken: `${TOKEN}-${i}`, ip: "10.4.0.9" })));
    expect(misses.slice(0, 20).every((m) => m === NO_OPEN_CLASS)).toBe(true);
    expect(misses[20]).toMatch(/Too many attempts/);
    expect(await refusal(joinClass(db, { joinCode: cls.joinCode, displayName: "Ana", joinToken: TOKEN, ip: "10.4.0.9" }))).toMatch(/Too many attempts/);
    expect(await roster()).toEqual(["Ana"]);
  });
});
