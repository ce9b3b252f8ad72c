import "server-only";
// The bundled article library: content/library/<slug>.txt plus an optional <slug>.json sidecar.
// Read from disk and ingested once per file version (mtime), so dropped-in files appear on reload.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ingest, summarize, type ArticleSummaryStats, type IngestedArticle } from "@/lib/engine";
import { env } from "./env";

const Sidecar = z
  .object({
    title: z.string().min(1).max(300).optional(),
    source: z.string().min(1).max(200).optional(),
    url: z.url().optional(),
    license: z.string().min(1).max(500).optional(),
    date: z.iso.date().optional(),
    note: z.string().max(1000).optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof Sidecar>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LibraryArticle {
  slug: string;
  article: IngestedArticle;
  meta: Sidecar;
  stats: ArticleSummaryStats;
  /** What to call the article: its headline, the sidecar's title, or its first words. */
  displayTitle: string;
  hasHeadline: boolean;
  outlet: string | null;
}

const cache = new Map<string, { mtimeMs: number; value: LibraryArticle | null }>();

function libraryDir(): string {
  return path.join(env().contentDir, "library");
}

async function readSidecar(file: string): Promise<Sidecar> {
  try {
    const parsed = Sidecar.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (parsed.success) return parsed.data;
    console.warn(JSON.stringify({ event: "library.sidecar-invalid", file: path.basename(file), issues: parsed.error.issues.length }));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") console.warn(JSON.stringify({ event: "library.sidecar-unreadable", file: path.basename(file) }));
  }
  return {};
}

function firstWords(text: string, max = 10): string {
  const words = text.split(/\s+/).slice(0, max).join(" ");
  return words.replace(/[,;:]$/, "") + "…";
}

async function load(slug: string): Promise<LibraryArticle | null> {
  const file = path.join(libraryDir(), `${slug}.txt`);
  let mtimeMs: number;
  try {
    mtimeMs = (await stat(file)).mtimeMs;
  } catch {
    return null;
  }
  const hit = cache.get(slug);
  if (hit && hit.mtimeMs === mtimeMs) return hit.value;
  const result = ingest(new Uint8Array(await readFile(file)));
  let value: LibraryArticle | null = null;
  if (!result.ok) {
    console.warn(JSON.stringify({ event: "library.article-refused", slug, code: result.error.code }));
  } else {
    const article = result.article;
    const meta = await readSidecar(path.join(libraryDir(), `${slug}.json`));
    const first = article.paragraphs[0];
    const title = article.header.title?.text ?? meta.title ?? null;
    value = {
      slug,
      article,
      meta,
      stats: summarize(article),
      displayTitle: title ?? (first ? firstWords(article.text.slice(first.start, first.end)) : slug),
      hasHeadline: title !== null,
      outlet: article.header.outlet?.text ?? meta.source ?? null,
    };
  }
  cache.set(slug, { mtimeMs, value });
  return value;
}

export async function listArticles(): Promise<LibraryArticle[]> {
  let names: string[];
  try {
    names = await readdir(libraryDir());
  } catch {
    return [];
  }
  const slugs = names.filter((n) => n.endsWith(".txt")).map((n) => n.slice(0, -4)).filter((s) => SLUG.test(s));
  const articles = await Promise.all(slugs.map(load));
  return articles.filter((a): a is LibraryArticle => a !== null).sort((a, b) => a.displayTitle.localeCompare(b.displayTitle));
}

export async function getArticle(slug: string): Promise<LibraryArticle | null> {
  if (!SLUG.test(slug)) return null;
  return load(slug);
}
