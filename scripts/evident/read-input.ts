// Reads the article a command names (a path, or "-" for stdin) and ingests it. Missing files and
// ingestion refusals become CliErrors carrying the one line the user sees.
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { ingest, ingestText, type IngestedArticle } from "../../lib/engine/ingest";
import { CliError } from "./errors";
import { htmlToText, looksLikeHtml } from "../../lib/engine/ingest/html";

export function readBytes(path: string): Uint8Array {
  if (path === "-") return readFileSync(0);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new CliError(`File not found: ${path}`);
  }
  if (!isFile) throw new CliError(`Not a file: ${path}`);
  return readFileSync(path);
}

/** The charset an HTML page declares, when Node can decode it; UTF-8 otherwise. */
function htmlCharset(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const declared = /<meta\b[^>]*charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!declared) return "utf-8";
  try {
    new TextDecoder(declared);
    return declared;
  } catch {
    return "utf-8";
  }
}

function isHtml(path: string, bytes: Uint8Array): boolean {
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm") return true;
  if (ext === ".txt") return false;
  return looksLikeHtml(Buffer.from(bytes.subarray(0, 2000)).toString("latin1"));
}

export function readArticle(path: string): IngestedArticle {
  const bytes = readBytes(path);
  const result = isHtml(path, bytes) && !hasNul(bytes) ? ingestText(htmlToText(new TextDecoder(htmlCharset(bytes)).decode(bytes))) : ingest(bytes);
  if (!result.ok) throw new CliError(result.error.message);
  return result.article;
}

/** Binary data is left to ingest, which refuses it with its own message. */
function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
