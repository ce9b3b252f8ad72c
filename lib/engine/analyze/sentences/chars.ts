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

// Zero-width spaces and byte-order marks count as space: scraped text is full of them.
const SPACES = new Set([" ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200a", "\u200b", "\u202f", "\u205f", "\u3000", "\u2028", "\u2029", "\ufeff"]);

export function isSpace(c: string | undefined): boolean {
  return c !== undefined && SPACES.has(c);
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
