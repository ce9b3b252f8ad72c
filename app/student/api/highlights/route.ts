// Saves a student's highlights and notes for one attempt (the whole list, with a sequence
// number). Same shape as the answer autosave: same-origin only, a capped body, a strict schema,
// then the data access layer decides; 5xx means retry later, 409 means submitted (dropped).
import { z } from "zod";
import { run } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { saveHighlights } from "@/lib/server/dal/highlights";
import { noStoreJson, readJsonBody, resultResponse } from "@/lib/server/json-route";
import { currentActor } from "@/lib/server/session";
import { MAX_HIGHLIGHTS, MAX_NOTE_LENGTH } from "@/lib/highlights/model";

// Room for every highlight with a full note (JSON-escaped), and no more.
const MAX_BODY = MAX_HIGHLIGHTS * (MAX_NOTE_LENGTH * 2 + 200);

const Save = z.strictObject({
  attemptId: z.string().min(1).max(64),
  seq: z.number().int().positive().max(2 ** 31 - 1),
  // Checked in detail (ranges, overlaps, note length) by the data access layer.
  highlights: z.array(z.unknown()),
});

const UNREADABLE = "The highlights could not be read.";

export async function POST(request: Request) {
  const read = await readJsonBody(request, { max: MAX_BODY, tooLong: "Too many highlights or notes to save.", unreadable: UNREADABLE });
  if (!read.ok) return read.response;
  const parsed = Save.safeParse(read.body);
  if (!parsed.success) return noStoreJson({ code: "invalid", error: UNREADABLE }, 400);
  const actor = await currentActor();
  const { db } = await database();
  return resultResponse(await run("student.highlights.save", () => saveHighlights(db, actor, parsed.data)));
}
