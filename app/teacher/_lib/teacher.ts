import "server-only";
// Signed-in teacher pages start here: anyone else is sent to sign in.
import { cache } from "react";
import { getClass } from "@/lib/server/dal/classes";
import { assignmentResults } from "@/lib/server/dal/attempts";
import { readOrNotFound, signedInPage } from "@/lib/server/page-guard";

export const teacherPage = () => signedInPage("teacher", "/teacher/sign-in");

/** A DAL read for a page: "not found or not yours" becomes the 404 page. */
export const orNotFound = <T,>(read: Promise<T>): Promise<T> => readOrNotFound(read, "/teacher/sign-in");

// One read per request, shared by a page and its metadata (the tab title names the class or quiz).
export const loadClass = cache(async (id: string) => {
  const { actor, db } = await teacherPage();
  return orNotFound(getClass(db, actor, id));
});

export const loadResults = cache(async (id: string) => {
  const { actor, db } = await teacherPage();
  return orNotFound(assignmentResults(db, actor, id));
});
