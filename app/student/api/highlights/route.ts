// Saves a student's highlights and notes for one attempt (the whole list, with a sequence
// number). Same shape as the answer autosave: same-origin only, a capped body, a strict schema,
// then the data access layer decides; 5xx means retry later, 409 means submitted (dropped).
import { z } from "zod";
import { run } from "@/lib/server/action-result";
import { cappedText } from "@/lib/server/capped-body";
import { database } from "@/lib/server/db";
import { saveHighlights } from "@/lib/server/dal/highlights";
import { HTTP_STATUS } from "@/lib/server/dal/errors";
import { isSameOrigin } from "@/lib/server/same-origin";
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

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return json({ code: "forbidden", error: "This request did not come from Evident." }, 403);
  const text = await cappedText(request, MAX_BODY);
  if (text === null) return json({ code: "invalid", error: "Too many highlights or notes to save." }, 413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ code: "invalid", error: "The highlights could not be read." }, 400);
  }
  const parsed = Save.safeParse(body);
  if (!parsed.success) return json({ code: "invalid", error: "The highlights could not be read." }, 400);
  const actor = await currentActor();
  const { db } = await database();
  const result = await run("student.highlights.save", () => saveHighlights(db, actor, parsed.data));
  if (!result.ok) return json({ code: result.code, error: result.error }, result.code === "internal" ? 500 : HTTP_STATUS[result.code]);
  return json(result.data);
}
