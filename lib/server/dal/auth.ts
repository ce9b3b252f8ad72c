import "server-only";
// Accounts and sessions. Teachers: email + password (argon2id, backoff per account, limits per IP).
// Students: a class code and a display name to join; a personal code to come back. Sessions are
// opaque random tokens; only their SHA-256 is stored, and sign-out revokes them server-side.
import { hash, verify } from "@node-rs/argon2";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";
import { durableWrite } from "../db/group-commit";
import { AppError } from "./errors";
import { hashToken, newCode, newId, newSessionToken, normalizeCode } from "./ids";
import { exhausted, hit } from "./rate-limit";

// algorithm 2 is Argon2id (a const enum in the package, which isolated modules cannot read).
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const MAX_PASSWORD = 256;
const SESSION_MS = { teacher: 12 * 3600_000, student: 30 * 24 * 3600_000 } as const;
const MINUTE = 60_000;

/**
 * Without a trusted proxy the client's address is unknown ("direct") and a per-address limit
 * becomes one limit for the whole school, so it is set for a school's worth of people; per-account
 * backoff remains the real defence against password guessing.
 */
const perAddress = (ip: string, known: number, school: number) => (ip === "direct" ? school : known);

export async function signUpTeacher(db: Kysely<Database>, input: { email: string; password: string; displayName: string; ip: string }): Promise<{ token: string; teacherId: string }> {
  if (!(await hit(db, `signup:ip:${input.ip}`, perAddress(input.ip, 20, 200), 60 * MINUTE))) throw new AppError("rate-limited", "Too many sign-ups from this network. Try again later.");
  const email = input.email.trim().toLowerCase();
  const exists = await db.selectFrom("teachers").select("id").where("email", "=", email).executeTakeFirst();
  if (exists) throw new AppError("conflict", "An account with this email already exists. Sign in instead.");
  const id = newId();
  await db
    .insertInto("teachers")
    .values({ id, email, display_name: input.displayName.trim(), password_hash: await hash(input.password, ARGON2), locked_until: null, created_at: Date.now() })
    .execute();
  return { token: await createSession(db, "teacher", id), teacherId: id };
}

export async function signInTeacher(db: Kysely<Database>, input: { email: string; password: string; ip: string }): Promise<{ token: string; teacherId: string }> {
  const refused = new AppError("unauthenticated", "That email and password do not match.");
  if (!(await hit(db, `signin:ip:${input.ip}`, perAddress(input.ip, 30, 300), 15 * MINUTE))) throw new AppError("rate-limited", "Too many sign-in attempts from this network. Wait 15 minutes.");
  const email = input.email.trim().toLowerCase();
  const teacher = await db.selectFrom("teachers").selectAll().where("email", "=", email).executeTakeFirst();
  const now = Date.now();
  if (!teacher) {
    await hash(input.password, ARGON2); // same cost whether or not the account exists
    throw refused;
  }
  if (teacher.locked_until && teacher.locked_until > now) {
    throw new AppError("locked", `Too many wrong passwords. Try again in ${Math.ceil((teacher.locked_until - now) / MINUTE)} minute(s).`);
  }
  if (!(await verify(teacher.password_hash, input.password))) {
    const failures = teacher.failed_logins + 1;
    // Backoff: after 5 failures, lock for 1, 2, 4 … up to 60 minutes.
    const locked = failures >= 5 ? now + Math.min(60, 2 ** (failures - 5)) * MINUTE : null;
    await db.updateTable("teachers").set({ failed_logins: failures, locked_until: locked }).where("id", "=", teacher.id).execute();
    throw refused;
  }
  await db.updateTable("teachers").set({ failed_logins: 0, locked_until: null }).where("id", "=", teacher.id).execute();
  return { token: await createSession(db, "teacher", teacher.id), teacherId: teacher.id };
}

export async function createSession(db: Kysely<Database>, kind: "teacher" | "student", userId: string): Promise<string> {
  const token = newSessionToken();
  const now = Date.now();
  await db.insertInto("sessions").values({ token_hash: hashToken(token), user_kind: kind, user_id: userId, created_at: now, expires_at: now + SESSION_MS[kind], revoked_at: null }).execute();
  return token;
}

/** The actor behind a session token, or null when it is unknown, expired, revoked or removed. */
export async function actorFromToken(db: Kysely<Database>, token: string | undefined): Promise<Actor> {
  if (!token || token.length > 200) return null;
  const s = await db.selectFrom("sessions").selectAll().where("token_hash", "=", hashToken(token)).executeTakeFirst();
  if (!s || s.revoked_at !== null || s.expires_at < Date.now()) return null;
  if (s.user_kind === "teacher") {
    const t = await db.selectFrom("teachers").select("id").where("id", "=", s.user_id).executeTakeFirst();
    return t ? { kind: "teacher", id: t.id } : null;
  }
  const st = await db
    .selectFrom("students")
    .innerJoin("classes", "classes.id", "students.class_id")
    .select(["students.id", "students.class_id"])
    .where("students.id", "=", s.user_id)
    .where("students.removed_at", "is", null)
    .where("classes.archived_at", "is", null)
    .executeTakeFirst();
  return st ? { kind: "student", id: st.id, classId: st.class_id } : null;
}

export async function revokeSession(db: Kysely<Database>, token: string | undefined): Promise<void> {
  if (!token) return;
  await db.updateTable("sessions").set({ revoked_at: Date.now() }).where("token_hash", "=", hashToken(token)).where("revoked_at", "is", null).execute();
}

/**
 * Wrong class codes are limited per network and globally, so a spoofed address does not help.
 * The limit is checked before the code is looked up: once it is reached, a right guess gets the
 * same refusal as a wrong one, so guessing on past the limit learns nothing.
 */
const GUESS_WINDOW = 10 * MINUTE;
const guessLimits = (ip: string) =>
  [
    [`join:ip:${ip}`, perAddress(ip, 20, 200)],
    ["join:global", 600],
  ] as const;
const tooManyGuesses = () => new AppError("rate-limited", "Too many attempts to join. Wait a few minutes and ask your teacher for the code.");

async function refuseWhileThrottled(db: Kysely<Database>, ip: string) {
  for (const [key, limit] of guessLimits(ip)) if (await exhausted(db, key, limit, GUESS_WINDOW)) throw tooManyGuesses();
}

async function countWrongGuess(db: Kysely<Database>, ip: string) {
  let allowed = true;
  for (const [key, limit] of guessLimits(ip)) allowed = (await hit(db, key, limit, GUESS_WINDOW)) && allowed;
  if (!allowed) throw tooManyGuesses();
}

/**
 * One answer for a wrong code, a reset (old) code and the code of a class that has locked joining,
 * so a guesser cannot tell a real code from a wrong one; the wording still helps the real student.
 */
export const NO_OPEN_CLASS = "That code is wrong, or the class is not taking new students. Check it with your teacher; if you joined before, sign in with your personal code.";

export interface Joined {
  token: string;
  studentId: string;
  personalCode: string;
  displayName: string;
  className: string;
}

/**
 * `joinToken` is the random token the join form carried. The roster entry keeps its hash, unique in
 * the class, so a join retried after its answer was lost (a dropped connection, a server restart)
 * gets the entry its first try made — with a fresh session and the name as typed the last time —
 * instead of a second entry under the same name. A caller that never retries may leave it out.
 */
export async function joinClass(db: Kysely<Database>, input: { joinCode: string; displayName: string; joinToken?: string; ip: string }): Promise<Joined> {
  await refuseWhileThrottled(db, input.ip);
  const code = normalizeCode(input.joinCode);
  const cls = await db.selectFrom("classes").select(["id", "name", "join_open"]).where("join_code", "=", code).where("archived_at", "is", null).executeTakeFirst();
  if (!cls || !cls.join_open) {
    await countWrongGuess(db, input.ip);
    throw new AppError("not-found", NO_OPEN_CLASS);
  }
  const tokenHash = hashToken(input.joinToken ?? newSessionToken());
  // The roster entry and its session are one durable write: at a bell, thirty joins share a
  // group commit (one fsync on SQLite) instead of two commits each.
  return durableWrite(db, async (trx) => {
    let personalCode = newCode();
    for (let i = 0; i < 5; i++) {
      const taken = await trx.selectFrom("students").select("id").where("class_id", "=", cls.id).where("personal_code", "=", personalCode).executeTakeFirst();
      if (!taken) break;
      personalCode = newCode();
    }
    // On PostgreSQL a concurrent retry with the same token waits here for the first to commit and
    // then inserts nothing; a personal-code collision still fails loudly (it names only the token).
    const inserted = await trx
      .insertInto("students")
      .values({ id: newId(), class_id: cls.id, display_name: input.displayName, personal_code: personalCode, join_token_hash: tokenHash, created_at: Date.now(), removed_at: null })
      .onConflict((oc) => oc.columns(["class_id", "join_token_hash"]).doNothing())
      .returning(["id", "personal_code", "display_name", "removed_at"])
      .executeTakeFirst();
    const student =
      inserted ??
      (await trx.selectFrom("students").select(["id", "personal_code", "display_name", "removed_at"]).where("class_id", "=", cls.id).where("join_token_hash", "=", tokenHash).executeTakeFirstOrThrow());
    // A teacher removed this student after the first try: the retry must not bring them back.
    if (student.removed_at !== null) throw new AppError("not-found", NO_OPEN_CLASS);
    if (student.display_name !== input.displayName) await trx.updateTable("students").set({ display_name: input.displayName }).where("id", "=", student.id).execute();
    return { token: await createSession(trx, "student", student.id), studentId: student.id, personalCode: student.personal_code, displayName: input.displayName, className: cls.name };
  });
}

/** A student comes back (any device) with the class code and their personal code. */
export async function reenterStudent(db: Kysely<Database>, input: { joinCode: string; personalCode: string; ip: string }): Promise<{ token: string; studentId: string }> {
  await refuseWhileThrottled(db, input.ip);
  const student = await db
    .selectFrom("students")
    .innerJoin("classes", "classes.id", "students.class_id")
    .select("students.id")
    .where("classes.join_code", "=", normalizeCode(input.joinCode))
    .where("students.personal_code", "=", normalizeCode(input.personalCode))
    .where("students.removed_at", "is", null)
    .where("classes.archived_at", "is", null)
    .executeTakeFirst();
  if (!student) {
    await countWrongGuess(db, input.ip);
    throw new AppError("not-found", "Those codes do not match a student. Check your login card or ask your teacher.");
  }
  return { token: await createSession(db, "student", student.id), studentId: student.id };
}
