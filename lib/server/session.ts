import "server-only";
// The request's actor and its session cookie. Routes and actions call these; the DAL does the
// authorization. The cookie holds an opaque random token; only its hash is in the database.
import { cookies, headers } from "next/headers";
import { database } from "./db";
import { env } from "./env";
import { actorFromToken, revokeSession } from "./dal/auth";
import type { Actor } from "./dal/actor";

export function sessionCookieName(): string {
  return env().insecureCookies ? "evident_session" : "__Host-evident_session";
}

export async function currentActor(): Promise<Actor> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  const { db } = await database();
  return actorFromToken(db, token);
}

export async function setSessionCookie(token: string, kind: "teacher" | "student"): Promise<void> {
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    secure: !env().insecureCookies,
    sameSite: "lax",
    path: "/",
    maxAge: kind === "teacher" ? 12 * 3600 : 30 * 24 * 3600,
  });
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(sessionCookieName())?.value;
  const { db } = await database();
  await revokeSession(db, token);
  jar.delete(sessionCookieName());
}

/** The client's address for rate limits: forwarded headers count only behind a trusted proxy. */
export async function clientIp(): Promise<string> {
  if (!env().trustProxy) return "direct";
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "direct";
}
