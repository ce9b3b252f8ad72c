// Runs once when the server starts: open (and migrate) the database now, so a second server on
// the same data folder, or an unreachable PostgreSQL, stops the start with a clear message
// instead of failing the first student's request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { openAtStartup } = await import("./lib/server/startup");
  await openAtStartup();
}
