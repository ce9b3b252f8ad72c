// Joining a class: the join form posts here and shows the welcome (with the personal code) from
// this one answer, so a join costs one small request at a bell, not a second page render
// (decision 11). Same-origin only, a small body, a strict schema; the data access layer applies
// the join throttle and makes a retried join (same token) find the student its first try made.
import { fieldErrors, run } from "@/lib/server/action-result";
import { database } from "@/lib/server/db";
import { joinClass } from "@/lib/server/dal/auth";
import { JoinInput } from "@/lib/server/join-input";
import { noStoreJson as json, readJsonBody, resultResponse } from "@/lib/server/json-route";
import { clientIp, setSessionCookie } from "@/lib/server/session";

const MAX_BODY = 16 * 1024;
const STALE_FORM = "This page is out of date. Reload it and join again.";

export async function POST(request: Request) {
  const read = await readJsonBody(request, { max: MAX_BODY, tooLong: "That is far too long for a class code and a name.", unreadable: STALE_FORM });
  if (!read.ok) return read.response;
  const parsed = JoinInput.safeParse(read.body);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error.issues);
    // Only the two typed fields have a place for their message; anything else is not the student's doing.
    if (Object.keys(fields).some((k) => k !== "joinCode" && k !== "displayName")) return json({ code: "invalid", error: STALE_FORM }, 400);
    return json({ code: "invalid", fields }, 400);
  }
  const ip = await clientIp();
  const { db } = await database();
  const result = await run("student.join", () => joinClass(db, { ...parsed.data, ip }));
  if (!result.ok) return resultResponse(result);
  await setSessionCookie(result.data.token, "student");
  const { displayName, className, personalCode } = result.data;
  return json({ welcome: { displayName, className, personalCode } });
}
