// GET /student/api/define?assignment=…&word=…[&at=offset]: a word's meaning on a student's
// assignment page, in the sense its article uses. Signed-in students of the assignment's class
// only (the article may be one their teacher uploaded); the data access layer decides, and holds
// back the words the quiz's vocabulary questions ask about.
import type { NextRequest } from "next/server";
import { z } from "zod";
import { run } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { defineForAssignment } from "@/lib/server/dal/reading";
import { noStoreJson, resultResponse } from "@/lib/server/json-route";
import { currentActor } from "@/lib/server/session";
import { WORD } from "@/lib/reading/definition";

const Query = z.strictObject({
  assignment: z.string().min(1).max(64),
  word: z.string().min(1).max(60).regex(WORD),
  at: z.coerce.number().int().min(0).optional(),
});

export async function GET(request: NextRequest) {
  const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return noStoreJson({ code: "invalid", error: "Look up one word at a time." }, 400);
  const { assignment, word, at } = parsed.data;
  const actor = await currentActor();
  const { db } = await database();
  return resultResponse(await run("student.define", () => defineForAssignment(db, actor, assignment, word, at ?? null)));
}
