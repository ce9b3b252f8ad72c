import "server-only";
// Every server action returns one of these: data, or a message the user can act on. AppErrors
// carry their own message; anything else is logged (without personal data) and shown generically.
import { AppError, type AppErrorCode } from "./dal/errors";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: AppErrorCode | "internal"; error: string; fields?: Record<string, string> };

export async function run<T>(action: string, fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, error: e.message };
    console.error(JSON.stringify({ event: "action.failed", action, error: e instanceof Error ? e.name : "unknown" }));
    return { ok: false, code: "internal", error: "Something went wrong on our side. Your work is safe; please try again." };
  }
}

/** zod issues → one message per field, for forms. */
export function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[String(i.path[0] ?? "form")] ??= i.message;
  return out;
}
