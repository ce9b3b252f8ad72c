import "server-only";
// Signed-in student pages start here: anyone else is sent to join. The DAL still checks every
// call; this only decides which page to show.
import { notFound, redirect } from "next/navigation";
import { database } from "@/lib/server/db";
import { AppError } from "@/lib/server/dal/errors";
import { currentActor } from "@/lib/server/session";

export async function studentPage() {
  const actor = await currentActor();
  if (actor?.kind !== "student") redirect("/join");
  const { db } = await database();
  return { actor, db };
}

/** A DAL read for a page: "not found or not yours" becomes the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof AppError && (e.code === "not-found" || e.code === "forbidden")) notFound();
    if (e instanceof AppError && e.code === "unauthenticated") redirect("/join");
    throw e;
  }
}
