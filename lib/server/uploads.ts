import "server-only";
// A teacher's own article: pasted text or an uploaded .txt, .html or .docx. Everything ends as
// text for the engine's ingestion, which refuses what is not an English article. Nothing from the
// file is rendered as markup: HTML is reduced to its text, so scripts and handlers are inert.
import mammoth from "mammoth";
import { ingest, ingestText, htmlToText, looksLikeHtml, LIMITS, type IngestResult } from "@/lib/engine";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

export async function readUpload(filename: string, bytes: Uint8Array): Promise<IngestResult> {
  const refuse = (code: "empty" | "too-large" | "binary" | "not-text", message: string): IngestResult => ({ ok: false, error: { code, message } });
  if (bytes.length === 0) return refuse("empty", "The file is empty.");
  if (bytes.length > LIMITS.maxBytes) return refuse("too-large", "This file is larger than 2 MB. Evident takes articles up to 20,000 words.");
  const ext = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  if (ext === "docx" || isZip(bytes)) {
    if (ext !== "docx") return refuse("binary", "This file is a compressed archive, not an article. Upload a .txt, .html or .docx file.");
    try {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return ingestText(value);
    } catch {
      return refuse("not-text", "This Word file could not be read. Save it again as .docx, or paste the text.");
    }
  }
  if (!["txt", "text", "html", "htm", ""].includes(ext)) return refuse("not-text", `Evident reads .txt, .html and .docx files, not .${ext}.`);
  const result = ingest(bytes);
  if (!result.ok) return result;
  if (ext === "html" || ext === "htm" || looksLikeHtml(result.article.text)) {
    // Decoded (and repaired) by ingestion first, so the page's encoding is read the same way.
    return ingestText(htmlToText(result.article.text));
  }
  return result;
}

export function readPasted(text: string): IngestResult {
  if (text.length > LIMITS.maxBytes) return { ok: false, error: { code: "too-large", message: "This text is longer than Evident takes (20,000 words)." } };
  return looksLikeHtml(text) ? ingestText(htmlToText(text)) : ingestText(text);
}
