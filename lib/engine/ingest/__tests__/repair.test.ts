import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { ingest, ingestText } from "../index";
import { repairMojibake } from "../02-repair-mojibake";

const utf8 = (s: string) => new TextEncoder().encode(s);
/** What a UTF-8 text becomes when its bytes are read as Windows-1252 and written out again. */
const doubleEncode = (s: string) => new TextDecoder("windows-1252").decode(new TextEncoder().encode(s));
const para = (s: string) => `${s} This sentence is here so that the text is long enough to be an article for the class to read today.`;

describe("mojibake repairs", () => {
  it.each([
    ["â€™", "\u2019"],
    ["â€œ", "\u201C"],
    ["â€”", "\u2014"],
    ["Ã©", "é"],
    ["â€“", "\u2013"],
    ["â€¦", "\u2026"],
  ])("repairs %s", (bad, good) => {
    expect(repairMojibake(`a${bad}b`).text).toBe(`a${good}b`);
  });

  it("repairs a whole double-encoded sentence", () => {
    const good = "The mayor’s “plan” costs €5 — says José.";
    expect(repairMojibake(doubleEncode(good)).text).toBe(good);
  });

  it("repairs a closing quote whose last byte was lost at a paragraph end", () => {
    expect(repairMojibake("He said, “keep going.â€\nNext").text).toBe("He said, “keep going.”\nNext");
  });

  it("repairs a lost-byte closing quote followed by the replacement character", () => {
    expect(repairMojibake("“Yes.â€\uFFFD he said").text).toBe("“Yes.” he said");
  });

  it("reads a bare dagger after an open quotation as its closing mark", () => {
    const r = repairMojibake("He called it “the greatest threat.†He left. She said “no† loudly.");
    expect(r.text).toBe("He called it “the greatest threat.” He left. She said “no” loudly.");
    expect(r.repairs.map((x) => x.rule)).toEqual(["dagger-closing-quote", "dagger-closing-quote"]);
  });

  it("records where each repair was made in the input", () => {
    const r = repairMojibake("It’s â€œfineâ€\uFFFD");
    expect(r.repairs[0]).toMatchObject({ sourceStart: 5, sourceEnd: 8, to: "\u201C" });
  });
});

describe("text that was already right stays byte-identical", () => {
  it.each([
    "Zoë met the naïve Ångström fan in São Paulo.",
    "Footnote marker after a name: Smith† and a double dagger‡.",
    "The quote was “closed properly” and a dagger† follows it.",
    "Prices: £5, ¥300, 30°C, ½ cup, © 2017, Ørsted, Œuvre, façade, jalapeño, Müller, smörgåsbord.",
    "Accented capitals: ÀÉÎÕÜ Ã Â À and a lone â at the end â",
  ])("%s", (s) => {
    expect(repairMojibake(s).text).toBe(s);
    expect(repairMojibake(s).repairs).toEqual([]);
  });

  it("keeps a dagger that is not inside an open quotation even when a text lost its closers", () => {
    const s = "She said “yes.†A footnote† follows.";
    expect(repairMojibake(s).text).toBe("She said “yes.” A footnote† follows.");
  });

  it("leaves a properly encoded article byte-identical through the whole ingestion", () => {
    const article = "A Proper Headline\n\nZoë’s “naïve” plan — in São Paulo — worked, said Dr. Ångström.\n\n" + para("Second paragraph.");
    const r = ingest(utf8(article));
    expect(r.ok && r.article.text).toBe(article);
    expect(r.ok && r.article.repairs).toEqual([]);
  });
});

describe("encodings", () => {
  const text = "Café owners in São Paulo said “naïve” plans fail. " + para("More.");
  it("reads UTF-8 with a byte-order mark", () => {
    const r = ingest(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(r.ok && r.article.text).toBe(text);
  });
  it("reads Windows-1252 (curly quotes in 0x93/0x94)", () => {
    const bytes = new Uint8Array([...text].map((c) => ({ "“": 0x93, "”": 0x94 })[c] ?? c.charCodeAt(0)));
    const r = ingest(bytes);
    expect(r.ok && r.article.encoding).toBe("windows-1252");
    expect(r.ok && r.article.text).toBe(text);
  });
  it("reads Latin-1", () => {
    const latin = "Zoë from São Paulo met Ångström. " + para("More.");
    const r = ingest(new Uint8Array([...latin].map((c) => c.charCodeAt(0))));
    expect(r.ok && r.article.text).toBe(latin);
  });
  it("reads UTF-16 with a byte-order mark", () => {
    const bytes = [0xff, 0xfe];
    for (const c of text) bytes.push(c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8);
    const r = ingest(new Uint8Array(bytes));
    expect(r.ok && r.article.text).toBe(text);
  });
});

describe("the seed article", () => {
  const seed = readFileSync(new URL("../../../../content/library/bloomberg-tillerson-un-north-korea.txt", import.meta.url));
  const r = ingest(new Uint8Array(seed));
  if (!r.ok) throw new Error(r.error.message);
  const a = r.article;

  it("has every damaged closing quote repaired and nothing damaged left", () => {
    expect(a.text).not.toMatch(/†|â€/);
    expect(a.text).toContain("“North Korea must earn its way back to the table,” Tillerson said");
    expect(a.text.split("“").length).toBe(a.text.split("”").length);
    expect(a.repairs).toHaveLength(15);
  });

  it("maps each repair back to its place in the file", () => {
    const decoded = new TextDecoder().decode(seed);
    for (const rep of a.repairs) {
      expect(decoded.slice(rep.sourceStart, rep.sourceEnd)).toBe(rep.from);
      expect(rep.span.text).toBe(rep.to);
    }
  });

  it("keeps everything that was already right", () => {
    expect(a.text).toContain("Kim Jong Un’s regime");
    expect(a.text).toContain("China — North Korea’s biggest trading partner —");
  });

  it("reads the outlet line and records what is missing", () => {
    expect(a.header.outlet?.text).toBe("Bloomberg");
    expect(a.missing).toEqual(["title", "byline", "date"]);
    expect(a.paragraphs).toHaveLength(10);
  });
});

it("ingestText repairs the same way as ingest", () => {
  const r = ingestText("He said “stay.†" + para(""));
  expect(r.ok && r.article.text.startsWith("He said “stay.”")).toBe(true);
});
