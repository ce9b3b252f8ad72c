// Who is asking: resolved from the session cookie once per request, passed to every DAL call.
export type Actor = { kind: "teacher"; id: string } | { kind: "student"; id: string; classId: string } | null;
