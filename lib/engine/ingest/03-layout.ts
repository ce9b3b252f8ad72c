// Whitespace and paragraphs. Line endings become \n, runs of spaces and tabs one space, and
// paragraphs are separated by exactly one blank line. A text hard-wrapped at a fixed width has
// its lines joined back into paragraphs; otherwise every non-empty line is a paragraph, as in
// copy-pasted news where one newline separates paragraphs.

export interface Laid {
  text: string;
  /** sourceIndex[i] = offset in the input of output character i (length text.length + 1). */
  sourceIndex: Int32Array;
  /** Every block of the text (header lines included), in order. */
  blocks: { start: number; end: number }[];
}

interface Line {
  start: number;
  end: number;
}

const HSPACE = /[ \t\f\v\u00A0\u2028\u2029]/;

function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= input.length; i++) {
    const c = input[i];
    if (c === "\n" || c === "\r" || i === input.length) {
      lines.push({ start, end: i });
      if (c === "\r" && input[i + 1] === "\n") i++;
      start = i + 1;
    }
  }
  return lines;
}

function trimLine(input: string, line: Line): Line {
  let { start, end } = line;
  while (start < end && HSPACE.test(input[start]!)) start++;
  while (end > start && HSPACE.test(input[end - 1]!)) end--;
  return { start, end };
}

/** Hard-wrapped text: blank-line separated blocks whose lines mostly break near one width. */
function isHardWrapped(lines: Line[]): boolean {
  const nonEmpty = lines.filter((l) => l.end > l.start);
  if (nonEmpty.length < 6 || nonEmpty.length === lines.length) return false;
  const lengths = nonEmpty.map((l) => l.end - l.start).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)]!;
  const short = lengths.filter((n) => n <= 100).length / lengths.length;
  return median >= 40 && short >= 0.9;
}

export function layout(input: string): Laid {
  const lines = splitLines(input).map((l) => trimLine(input, l));
  const groups: Line[][] = [];
  if (isHardWrapped(lines)) {
    let current: Line[] = [];
    for (const l of lines) {
      if (l.end > l.start) current.push(l);
      else if (current.length) {
        groups.push(current);
        current = [];
      }
    }
    if (current.length) groups.push(current);
  } else {
    for (const l of lines) if (l.end > l.start) groups.push([l]);
  }

  const out: string[] = [];
  const index: number[] = [];
  const blocks: { start: number; end: number }[] = [];
  let length = 0;
  const emit = (c: string, src: number) => {
    out.push(c);
    index.push(src);
    length++;
  };
  for (const group of groups) {
    if (blocks.length) {
      const src = group[0]!.start;
      emit("\n", src);
      emit("\n", src);
    }
    const start = length;
    group.forEach((line, li) => {
      if (li > 0) emit(" ", line.start);
      let inSpace = false;
      for (let i = line.start; i < line.end; i++) {
        const c = input[i]!;
        // Runs of spaces and tabs collapse to one space; a no-break space on its own is kept.
        if (c === " " || c === "\t" || c === "\f" || c === "\v") {
          if (!inSpace) emit(" ", i);
          inSpace = true;
        } else {
          emit(c, i);
          inSpace = false;
        }
      }
    });
    blocks.push({ start, end: length });
  }
  index.push(input.length);
  return { text: out.join(""), sourceIndex: Int32Array.from(index), blocks };
}
