// Identifiers and codes from a CSPRNG. Join and personal codes use an alphabet without look-alike
// characters (no 0/O, 1/l/I) so students can type them from a projector or a printed card.
import { createHash, randomBytes, randomInt } from "node:crypto";

export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function newId(): string {
  return randomBytes(16).toString("base64url");
}

export function newCode(length = 8): string {
  let s = "";
  for (let i = 0; i < length; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/** Codes as students type them: case and spaces or dashes do not matter. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
