// Repairs text that was UTF-8, mis-read as Windows-1252/Latin-1 and saved again ("mojibake"):
// "â€™" → ’, "Ã©" → é. Also the damaged forms where one byte was lost on the way: a bare "â€"
// (the lost byte was 0x9D, undefined in Windows-1252, so ” is the only common candidate) and a
// bare "†" standing where a closing quotation mark belongs. Text that was already right is
// never touched: a repair needs a byte sequence that is valid UTF-8, which real words such as
// "Zoë", "naïve" or "São Paulo" never form, and a dagger is only read as a closing mark inside
// an open quotation in a text whose opening marks outnumber its closing ones.
import { byteOfChar } from "./cp1252";

export interface Repair {
  /** Offsets in the decoded input. */
  sourceStart: number;
  sourceEnd: number;
  from: string;
  to: string;
  rule: "double-encoded-utf8" | "lost-byte-closing-quote" | "dagger-closing-quote";
}

export interface Repaired {
  text: string;
  /** sourceIndex[i] = offset in the input of output character i (length text.length + 1). */
  sourceIndex: Int32Array;
  repairs: Repair[];
}

const OPEN = "\u201C";
const CLOSE = "\u201D";
const DAGGER = "\u2020";
const REPLACEMENT = "\uFFFD";

const isContinuation = (b: number | undefined): b is number => b !== undefined && b >= 0x80 && b <= 0xbf;

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Tries to read a double-encoded UTF-8 character at `at`; returns it and the chars consumed. */
function readDoubleEncoded(input: string, at: number): { char: string; length: number } | null {
  const lead = byteOfChar(input.charCodeAt(at));
  if (lead === undefined) return null;
  const len = sequenceLength(lead);
  if (len === 0 || at + len > input.length) return null;
  let cp = lead & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
  for (let k = 1; k < len; k++) {
    const b = byteOfChar(input.charCodeAt(at + k));
    if (!isContinuation(b)) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  if ((len === 3 && cp < 0x800) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  // Only characters that plausibly appear in prose; this keeps e.g. "Â£" safe only when it decodes
  // to something printable.
  if (cp < 0xa0) return null;
  return { char: String.fromCodePoint(cp), length: len };
}

/** "â€" whose third byte was lost (dropped, or turned into U+FFFD / a C1 control). */
function readLostByteQuote(input: string, at: number): number {
  if (input[at] !== "\u00E2" || input[at + 1] !== "\u20AC") return 0;
  const next = input.charCodeAt(at + 2);
  if (isContinuation(byteOfChar(next)) && !Number.isNaN(next)) return 0;
  return input[at + 2] === REPLACEMENT ? 3 : 2;
}

/**
 * The damaged forms swallow the space after the mark too ("threat.†He"): a closing mark is
 * never directly followed by a letter or digit in English, so the space is put back.
 */
function closer(input: string, next: number): string {
  return /[\p{L}\p{N}]/u.test(input[next] ?? "") ? `${CLOSE} ` : CLOSE;
}

function repairPass(input: string, daggersCanClose: boolean): Repaired {
  const out: string[] = [];
  const index: number[] = [];
  const repairs: Repair[] = [];
  let quoteOpen = false;
  const emit = (s: string, src: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]!);
      index.push(src);
    }
  };
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 0xc2) {
      const dbl = readDoubleEncoded(input, i);
      if (dbl) {
        repairs.push({ sourceStart: i, sourceEnd: i + dbl.length, from: input.slice(i, i + dbl.length), to: dbl.char, rule: "double-encoded-utf8" });
        emit(dbl.char, i);
        trackQuote(dbl.char);
        i += dbl.length;
        continue;
      }
      const lost = readLostByteQuote(input, i);
      if (lost) {
        const to = closer(input, i + lost);
        repairs.push({ sourceStart: i, sourceEnd: i + lost, from: input.slice(i, i + lost), to, rule: "lost-byte-closing-quote" });
        emit(to, i);
        quoteOpen = false;
        i += lost;
        continue;
      }
      if (ch === DAGGER && daggersCanClose && quoteOpen && i > 0 && !/\s/.test(input[i - 1]!)) {
        const to = closer(input, i + 1);
        repairs.push({ sourceStart: i, sourceEnd: i + 1, from: ch, to, rule: "dagger-closing-quote" });
        emit(to, i);
        quoteOpen = false;
        i += 1;
        continue;
      }
    }
    emit(ch, i);
    trackQuote(ch);
    i += 1;
  }
  index.push(input.length);
  return { text: out.join(""), sourceIndex: Int32Array.from(index), repairs };

  function trackQuote(c: string) {
    if (c === OPEN) quoteOpen = true;
    else if (c === CLOSE || c === "\n") quoteOpen = false;
  }
}

const count = (s: string, c: string) => s.split(c).length - 1;

export function repairMojibake(input: string): Repaired {
  const first = repairPass(input, false);
  // Daggers stand in for closing marks only in a text that has lost closing marks.
  const missingClosers = count(first.text, OPEN) > count(first.text, CLOSE);
  if (!missingClosers || !first.text.includes(DAGGER)) return first;
  return repairPass(input, true);
}
