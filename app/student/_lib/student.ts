import "server-only";
// Signed-in student pages start here: anyone else is sent to join.
import { readOrNotFound, signedInPage } from "@/lib/server/page-guard";

export const studentPage = () => signedInPage("student", "/join");

/** A DAL read for a page: "not found or not yours" becomes the 404 page. */
export const orNotFound = <T,>(read: Promise<T>): Promise<T> => readOrNotFound(read, "/join");
