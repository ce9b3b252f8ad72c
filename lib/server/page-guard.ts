import "server-only";
// Where a signed-in page starts: the right kind of person gets the database, anyone else goes to
// the door for their kind. The DAL still checks every call; this only decides which page to show.
import { notFound, redirect } from "next/navigation";
import { database } from "./db";
import { AppError } from "./dal/errors";
import { currentActor } from "./session";

export async function signedInPage<K extends "teacher" | "student">(kind: K, door: string) {
  const actor = await currentActor();
  if (actor?.kind !== kind) redirect(door);
  const { db } = await database();
  return { actor: actor as Extract<NonNullable<typeof actor>, { kind: K }>, db };
}

/** A DAL read for a page: "not found or not yours" becomes the 404 page; signed out goes to the door. */
export async function readOrNotFound<T>(read: Promise<T>, door: string): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof AppError && (e.code === "not-found" || e.code === "forbidden")) notFound();
    if (e instanceof AppError && e.code === "unauthenticated") redirect(door);
    throw e;
  }
}
