// Character classes the sentence splitter reasons about. Kept apart so every rule agrees on
// what counts as a quote, a bracket or a bullet.

/** Characters that can end a sentence. */
export const TERMINATORS = new Set([".", "?", "!", "…", "‽"]);

/** Marks that may close a sentence after its terminator: `.”`, `?"`, `.)`, `.']`. */
export const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "}", "»", "›"]);

/** Marks that may open a sentence before its first word. */
export const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "{", "«", "‹", "¿", "¡"]);

/** List bullets: an item starts at each one. */
export const BULLETS = new Set(["•", "⁃", "▪", "●", "◦", "‣", "∙", "·"]);

/** Currency and other signs that can open a sentence ("$3 million was…"). */
export const SIGNS = new Set(["$", "£", "€", "¥", "#", "%", "@"]);

export function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00a0" || c === "\u2009" || c === "\u202f" || c === "\f" || c === "\v";
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** A letter with distinct cases and written in upper case (works for any script with case). */
export function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isLower(c: string | undefined): boolean {
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

export function isLetter(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}
