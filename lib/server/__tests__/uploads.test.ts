// A teacher's own article: bad files get a clear refusal; good ones become clean text.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { readPasted, readUpload } from "../uploads";

/** The smallest Word file mammoth reads: one paragraph per <w:p>. */
function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join("");
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    "_rels/.rels": strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

const seed = readFileSync("content/library/bloomberg-tillerson-un-north-korea.txt");
const enc = (s: string) => new TextEncoder().encode(s);
const article = "The city council voted on Tuesday to build a new library downtown. Mayor Ann Lee said the building would open in two years. Residents who spoke at the meeting mostly supported the plan, though some worried about the cost of the project.";

describe("reading a teacher's upload", () => {
  it.each([
    ["empty.txt", new Uint8Array(), /empty/],
    ["huge.txt", new Uint8Array(2 * 1024 * 1024 + 1).fill(65), /larger than 2 MB/],
    ["photo.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]), /not text|\.png/],
    ["archive.zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /archive/],
    ["broken.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /could not be read/],
    ["spanish.txt", enc("El consejo de la ciudad votó el martes para construir una nueva biblioteca en el centro. La alcaldesa dijo que el edificio se abrirá en dos años y que los vecinos están de acuerdo con el plan."), /English/],
  ])("%s is refused with a clear message", async (name, bytes, message) => {
    const r = await readUpload(name, bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });

  it("repairs the seed's damaged quotation marks on upload", async () => {
    const r = await readUpload("seed.txt", new Uint8Array(seed));
    expect(r.ok && r.article.text).toContain("“North Korea must earn its way back to the table,” Tillerson said");
  });

  it("reduces HTML to its text: scripts, handlers and javascript: links are gone", async () => {
    const html = `<html><head><title>Library vote</title><script>alert(1)</script></head><body><h1>Council backs library</h1>
      <p onclick="steal()">${article}</p><p><a href="javascript:alert(2)">More</a> <img src=x onerror="alert(3)"></p></body></html>`;
    const r = await readUpload("page.html", enc(html));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.header.title?.text).toBe("Council backs library");
    expect(r.article.text).toContain("Mayor Ann Lee said");
    expect(r.article.text).not.toMatch(/alert|steal|javascript:|onerror|<script/);
  });

  it("reads a Word file's paragraphs", async () => {
    const r = await readUpload("lesson.docx", docx(["Council Backs Library", article]));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.header.title?.text).toBe("Council Backs Library");
      expect(r.article.text).toContain("Mayor Ann Lee said the building would open in two years.");
    }
  });

  it("reads pasted text the same way", () => {
    const r = readPasted(article);
    expect(r.ok && r.article.text).toBe(article);
  });
});
