import "server-only";
// The steps every JSON route handler takes before its own schema (same origin, a capped body,
// parseable JSON) and after its data access call (an error code to an HTTP status), in one place
// so the three routes cannot drift apart in what they refuse or how.
import { cappedText } from "./capped-body";
import { HTTP_STATUS } from "./dal/errors";
import type { ActionResult } from "./action-result";
import { isSameOrigin } from "./same-origin";

/** A JSON answer that no cache keeps (they carry a student's own data or errors). */
export const noStoreJson = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export type JsonBody = { ok: true; body: unknown } | { ok: false; response: Response };

/**
 * The parsed body, or the answer to send instead: 403 from another origin, 413 past `max` bytes
 * (with `tooLong`), 400 when it is not JSON (with `unreadable`).
 */
export async function readJsonBody(request: Request, o: { max: number; tooLong: string; unreadable: string }): Promise<JsonBody> {
  if (!isSameOrigin(request)) return { ok: false, response: noStoreJson({ code: "forbidden", error: "This request did not come from Evident." }, 403) };
  const text = await cappedText(request, o.max);
  if (text === null) return { ok: false, response: noStoreJson({ code: "invalid", error: o.tooLong }, 413) };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: noStoreJson({ code: "invalid", error: o.unreadable }, 400) };
  }
}

/** A data access result as the answer: its data, or its error with the status the outbox understands. */
export function resultResponse<T>(result: ActionResult<T>): Response {
  if (!result.ok) return noStoreJson({ code: result.code, error: result.error }, result.code === "internal" ? 500 : HTTP_STATUS[result.code]);
  return noStoreJson(result.data);
}
