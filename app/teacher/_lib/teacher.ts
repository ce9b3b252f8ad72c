import "server-only";
// Signed-in teacher pages start here: anyone else is sent to sign in. The DAL still checks every
// call; this only decides which page to show.
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getClass } from "@/lib/server/dal/classes";
import { assignmentResults } from "@/lib/server/dal/attempts";
import { database } from "@/lib/server/db";
import { AppError } from "@/lib/server/dal/errors";
import { currentActor } from "@/lib/server/session";

export async function teacherPage() {
  const actor = await currentActor();
  if (actor?.kind !== "teacher") redirect("/teacher/sign-in");
  const { db } = await database();
  return { actor, db };
}

/** A DAL read for a page: "not found or not yours" becomes the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof AppError && (e.code === "not-found" || e.code === "forbidden")) notFound();
    if (e instanceof AppError && e.code === "unauthenticated") redirect("/teacher/sign-in");
    throw e;
  }
}

// One read per request, shared by a page and its metadata (the tab title names the class or quiz).
export const loadClass = cache(async (id: string) => {
  const { actor, db } = await teacherPage();
  return orNotFound(getClass(db, actor, id));
});

export const loadResults = cache(async (id: string) => {
  const { actor, db } = await teacherPage();
  return orNotFound(assignmentResults(db, actor, id));
});
