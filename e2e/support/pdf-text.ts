// The text of each page of a PDF that Chromium printed, so a test can check what landed on
// which sheet of paper. Chromium (Skia) writes a plain PDF: classic objects, Flate-compressed
// page streams, and fonts with ToUnicode maps from glyph ids to characters. This reads just that
// much; it is a test helper, not a general PDF reader, and throws on anything it cannot read.
import { inflateSync } from "node:zlib";

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const out = new Map<number, PdfObject>();
  const head = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = head.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endobj", start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const s = body.indexOf("stream");
    if (s < 0) {
      out.set(Number(m[1]), { dict: body, stream: null });
    } else {
      const dict = body.slice(0, s);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      let from = start + s + "stream".length;
      if (text[from] === "\r") from++;
      if (text[from] === "\n") from++;
      let bytes = pdf.subarray(from, from + length);
      if (/\/FlateDecode/.test(dict)) bytes = inflateSync(bytes);
      out.set(Number(m[1]), { dict, stream: bytes });
    }
    head.lastIndex = end;
  }
  return out;
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** Glyph id (hex) to text, from a ToUnicode CMap's bfchar and bfrange sections. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, g, u] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(g!.toUpperCase(), utf16(u!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, u] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const width = lo!.length;
      const base = parseInt(u!, 16);
      for (let g = parseInt(lo!, 16), i = 0; g <= parseInt(hi!, 16); g++, i++) map.set(g.toString(16).toUpperCase().padStart(width, "0"), String.fromCharCode(base + i));
    }
  }
  return map;
}

/** One string per page, in page order. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const catalog = [...objs.values()].find((o) => /\/Type \/Catalog/.test(o.dict));
  if (!catalog) throw new Error("No catalog in the PDF");
  const pages: number[] = [];
  const walk = (id: number) => {
    const node = objs.get(id);
    if (!node) throw new Error(`PDF object ${id} is missing`);
    if (/\/Type \/Pages/.test(node.dict)) for (const [, kid] of /\/Kids \[([^\]]*)\]/.exec(node.dict)![1]!.matchAll(/(\d+) 0 R/g)) walk(Number(kid));
    else pages.push(id);
  };
  walk(ref(catalog.dict, "Pages")!);
  return pages.map((id) => {
    const page = objs.get(id)!;
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = /\/Font <<([^>]*)>>/.exec(page.dict)?.[1] ?? "";
    for (const [, name, fid] of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const cmapId = ref(objs.get(Number(fid))!.dict, "ToUnicode");
      fonts.set(name!, cmapId === null ? new Map() : toUnicode(objs.get(cmapId)!.stream!.toString("latin1")));
    }
    const contents = ref(page.dict, "Contents");
    if (contents === null) return "";
    const ops = objs.get(contents)!.stream!.toString("latin1");
    let font = new Map<string, string>();
    let out = "";
    // Font selections, text-showing operators (hex glyph strings) and new lines.
    for (const t of ops.matchAll(/\/(\w+) [\d.]+ Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\b(T\*|Td|TD|Tm|ET)\b/g)) {
      if (t[1]) font = fonts.get(t[1]) ?? new Map();
      else if (t[2] !== undefined || t[3] !== undefined) {
        const hexes = t[2] !== undefined ? [...t[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => x[1]!) : [t[3]!];
        for (const hex of hexes) {
          const width = [...font.keys()][0]?.length ?? 4;
          for (let i = 0; i < hex.length; i += width) out += font.get(hex.slice(i, i + width).toUpperCase()) ?? "";
        }
      } else out += " ";
    }
    return out;
  });
}
