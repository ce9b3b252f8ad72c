// What every teacher form's action returns to useActionState: a message for the form, one
// message per field, and the values to put back (never the password) after a refused submit.
export interface FormState {
  error?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
  /** A success message, announced in the form's status region. */
  message?: string;
  /** Where the success leads, e.g. the new assignment's results. */
  href?: string;
}

export const idle: FormState = {};

export { formObject } from "@/lib/server/form-data";

/** The string fields to repopulate after an error, without secrets. */
export function keep(input: Record<string, unknown>, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) if (typeof input[n] === "string") out[n] = input[n];
  return out;
}
