// One autosave from the assignment page (or its offline outbox): same-origin only, a small
// body, a strict schema, then the data access layer decides. Errors map to HTTP statuses the
// outbox understands: 5xx/429 → retry later; 409 → too late or already submitted (told, dropped).
import { z } from "zod";
import { run } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { saveAnswer } from "@/lib/server/dal/attempts";
import { noStoreJson, readJsonBody, resultResponse } from "@/lib/server/json-route";
import { currentActor } from "@/lib/server/session";

const MAX_BODY = 16 * 1024;
const UNREADABLE = "The answer could not be read.";

const Save = z.strictObject({
  attemptId: z.string().min(1).max(64),
  questionId: z.string().min(1).max(200),
  answer: z.union([z.number().int().min(0).max(25), z.string().max(4000)]),
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  idempotencyKey: z.string().min(8).max(100),
});

export async function POST(request: Request) {
  const read = await readJsonBody(request, { max: MAX_BODY, tooLong: "That answer is too long to save.", unreadable: UNREADABLE });
  if (!read.ok) return read.response;
  const parsed = Save.safeParse(read.body);
  if (!parsed.success) return noStoreJson({ code: "invalid", error: UNREADABLE }, 400);
  const actor = await currentActor();
  const { db } = await database();
  return resultResponse(await run("student.save", () => saveAnswer(db, actor, parsed.data)));
}
