// One autosave from the assignment page (or its offline outbox): same-origin only, a small
// body, a strict schema, then the data access layer decides. Errors map to HTTP statuses the
// outbox understands: 5xx/429 → retry later; 409 → too late or already submitted (told, dropped).
import { z } from "zod";
import { run } from "@/lib/server/action-result";
import { cappedText } from "@/lib/server/capped-body";
import { database } from "@/lib/server/db";
import { saveAnswer } from "@/lib/server/dal/attempts";
import { HTTP_STATUS } from "@/lib/server/dal/errors";
import { isSameOrigin } from "@/lib/server/same-origin";
import { currentActor } from "@/lib/server/session";

const MAX_BODY = 16 * 1024;

const Save = z.strictObject({
  attemptId: z.string().min(1).max(64),
  questionId: z.string().min(1).max(200),
  answer: z.union([z.number().int().min(0).max(25), z.string().max(4000)]),
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  idempotencyKey: z.string().min(8).max(100),
});

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return json({ code: "forbidden", error: "This request did not come from Evident." }, 403);
  const text = await cappedText(request, MAX_BODY);
  if (text === null) return json({ code: "invalid", error: "That answer is too long to save." }, 413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ code: "invalid", error: "The answer could not be read." }, 400);
  }
  const parsed = Save.safeParse(body);
  if (!parsed.success) return json({ code: "invalid", error: "The answer could not be read." }, 400);
  const actor = await currentActor();
  const { db } = await database();
  const result = await run("student.save", () => saveAnswer(db, actor, parsed.data));
  if (!result.ok) return json({ code: result.code, error: result.error }, result.code === "internal" ? 500 : HTTP_STATUS[result.code]);
  return json(result.data);
}
