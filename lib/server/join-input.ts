import "server-only";
// What a student sends to join (class code, display name, the form's join token) or to come back
// (class code, personal code): nothing else, no email, no birthdate. Shared by the join route and
// the come-back action so both read codes the same way.
import { z } from "zod";

export const Code = (what: string) =>
  z
    .string()
    .trim()
    .min(4, `Type the ${what} exactly as it is written.`)
    .max(32, `That is longer than a ${what}. Check it and try again.`)
    .regex(/^[A-Za-z0-9 -]+$/, `A ${what} has only letters and numbers.`);

// Control characters include newlines and tabs; angle brackets keep markup out of every roster.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[<>\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const DisplayName = z
  .string()
  .trim()
  .min(1, "Type the name your teacher will see.")
  .max(40, "Keep your name to 40 characters or fewer.")
  .refine((s) => !UNSAFE_NAME.test(s), "Use letters, numbers and spaces only (no < or > and no line breaks).");

/** Made by the join form once per page (128 random bits, base64url) and resent with every retry. */
export const JOIN_TOKEN = /^[A-Za-z0-9_-]{22,64}$/;

export const JoinInput = z.strictObject({ joinCode: Code("class code"), displayName: DisplayName, joinToken: z.string().regex(JOIN_TOKEN) });
export const BackInput = z.strictObject({ joinCode: Code("class code"), personalCode: Code("personal code") });
