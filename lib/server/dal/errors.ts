// A small vocabulary of failures: what the user is told, and what is logged. Nothing internal
// (SQL, stack traces, other people's data) ever reaches the client.
export type AppErrorCode = "unauthenticated" | "forbidden" | "not-found" | "invalid" | "conflict" | "rate-limited" | "too-late" | "locked";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Not found and forbidden look the same to the caller, so ids of other classes leak nothing. */
export const notFound = (what = "That") => new AppError("not-found", `${what} was not found, or you do not have access to it.`);
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  invalid: 400,
  conflict: 409,
  "rate-limited": 429,
  "too-late": 409,
  locked: 423,
};
