import "server-only";
// CSRF guard for route handlers: a state-changing request must come from a page of this app.
// Browsers always send Origin on cross-site POSTs; a missing, "null" or foreign one is refused.
import { env } from "./env";

export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  const forwarded = env().trustProxy ? request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwarded || request.headers.get("host");
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
