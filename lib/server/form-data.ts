// Plain FormData handling, usable by any action (no server-only marker: client form modules import
// their state types from the same _lib files that re-export this).
/**
 * The fields a form posted, as strings. React adds its own `$ACTION…` fields for forms that work
 * without JavaScript; those are dropped so strict schemas see only what the person typed. Files
 * become a marker (an action that takes a file reads it from the FormData itself).
 */
export function formObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of fd) if (!k.startsWith("$ACTION")) out[k] = typeof v === "string" ? v : "[file]";
  return out;
}
