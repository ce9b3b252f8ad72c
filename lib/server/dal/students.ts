import "server-only";
// What a signed-in student may know about themselves: their name, class and personal re-entry
// code (shown once after joining, and on request, so they can come back on another device).
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";
import { AppError, notFound } from "./errors";

export interface StudentProfile {
  displayName: string;
  personalCode: string;
  className: string;
}

export async function studentProfile(db: Kysely<Database>, actor: Actor): Promise<StudentProfile> {
  if (!actor) throw new AppError("unauthenticated", "Please join your class first.");
  if (actor.kind !== "student") throw new AppError("forbidden", "Only students have a personal code.");
  const row = await db
    .selectFrom("students")
    .innerJoin("classes", "classes.id", "students.class_id")
    .select(["students.display_name", "students.personal_code", "classes.name"])
    .where("students.id", "=", actor.id)
    .where("students.class_id", "=", actor.classId)
    .where("students.removed_at", "is", null)
    .executeTakeFirst();
  if (!row) throw notFound("Your place in the class");
  return { displayName: row.display_name, personalCode: row.personal_code, className: row.name };
}
