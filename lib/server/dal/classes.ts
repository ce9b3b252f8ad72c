import "server-only";
// Classes and rosters. Every function checks that the actor is the class's teacher; a class of
// another teacher is reported as not found.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";
import { AppError, notFound } from "./errors";
import { newCode, newId } from "./ids";

export function requireTeacher(actor: Actor): string {
  if (!actor) throw new AppError("unauthenticated", "Please sign in.");
  if (actor.kind !== "teacher") throw new AppError("forbidden", "Only teachers can do that.");
  return actor.id;
}

export async function ownedClass(db: Kysely<Database>, actor: Actor, classId: string) {
  const teacherId = requireTeacher(actor);
  const cls = await db.selectFrom("classes").selectAll().where("id", "=", classId).where("teacher_id", "=", teacherId).executeTakeFirst();
  if (!cls) throw notFound("That class");
  return cls;
}

async function uniqueJoinCode(db: Kysely<Database>): Promise<string> {
  for (;;) {
    const code = newCode(8);
    if (!(await db.selectFrom("classes").select("id").where("join_code", "=", code).executeTakeFirst())) return code;
  }
}

export interface ClassSummary {
  id: string;
  name: string;
  joinCode: string;
  joinOpen: boolean;
  students: number;
}

export async function createClass(db: Kysely<Database>, actor: Actor, name: string): Promise<ClassSummary> {
  const teacherId = requireTeacher(actor);
  const id = newId();
  const joinCode = await uniqueJoinCode(db);
  await db.insertInto("classes").values({ id, teacher_id: teacherId, name, join_code: joinCode, join_open: 1, archived_at: null, created_at: Date.now() }).execute();
  return { id, name, joinCode, joinOpen: true, students: 0 };
}

export async function listClasses(db: Kysely<Database>, actor: Actor): Promise<ClassSummary[]> {
  const teacherId = requireTeacher(actor);
  const rows = await db
    .selectFrom("classes")
    .leftJoin("students", (j) => j.onRef("students.class_id", "=", "classes.id").on("students.removed_at", "is", null))
    .select(({ fn }) => ["classes.id", "classes.name", "classes.join_code", "classes.join_open", fn.count<number>("students.id").as("students")])
    .where("classes.teacher_id", "=", teacherId)
    .where("classes.archived_at", "is", null)
    .groupBy(["classes.id", "classes.name", "classes.join_code", "classes.join_open", "classes.created_at"])
    .orderBy("classes.created_at")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, joinCode: r.join_code, joinOpen: r.join_open === 1, students: Number(r.students) }));
}

export interface RosterEntry {
  id: string;
  displayName: string;
  personalCode: string;
  joinedAt: number;
}

export async function getClass(db: Kysely<Database>, actor: Actor, classId: string): Promise<ClassSummary & { roster: RosterEntry[] }> {
  const cls = await ownedClass(db, actor, classId);
  const roster = await db
    .selectFrom("students")
    .select(["id", "display_name", "personal_code", "created_at"])
    .where("class_id", "=", cls.id)
    .where("removed_at", "is", null)
    .orderBy("display_name")
    .execute();
  return {
    id: cls.id,
    name: cls.name,
    joinCode: cls.join_code,
    joinOpen: cls.join_open === 1,
    students: roster.length,
    roster: roster.map((s) => ({ id: s.id, displayName: s.display_name, personalCode: s.personal_code, joinedAt: s.created_at })),
  };
}

export async function resetJoinCode(db: Kysely<Database>, actor: Actor, classId: string): Promise<string> {
  const cls = await ownedClass(db, actor, classId);
  const code = await uniqueJoinCode(db);
  await db.updateTable("classes").set({ join_code: code }).where("id", "=", cls.id).execute();
  return code;
}

/** Lock (or reopen) joining once the roster is complete. */
export async function setJoinOpen(db: Kysely<Database>, actor: Actor, classId: string, open: boolean): Promise<void> {
  const cls = await ownedClass(db, actor, classId);
  await db.updateTable("classes").set({ join_open: open ? 1 : 0 }).where("id", "=", cls.id).execute();
}

/** Removing a student revokes their sessions at once. */
export async function removeStudent(db: Kysely<Database>, actor: Actor, classId: string, studentId: string): Promise<void> {
  const cls = await ownedClass(db, actor, classId);
  const res = await db.updateTable("students").set({ removed_at: Date.now() }).where("id", "=", studentId).where("class_id", "=", cls.id).executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw notFound("That student");
  await db.updateTable("sessions").set({ revoked_at: Date.now() }).where("user_kind", "=", "student").where("user_id", "=", studentId).where("revoked_at", "is", null).execute();
}
