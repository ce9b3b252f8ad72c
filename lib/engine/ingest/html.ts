// A deliberately small HTML reader (CLI and uploads alike): the headline (<h1>, else <title>), the outlet,
// author and date from common meta tags, and the text of <p> elements (inside <article> when
// there is one, to leave navigation and footers out). Output is the plain-text layout that
// ingestion reads: header lines, then paragraphs, separated by blank lines.

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", sbquo: "‚", bdquo: "„", hellip: "…",
  laquo: "«", raquo: "»", copy: "©", reg: "®", trade: "™", deg: "°", middot: "·", bull: "•",
  eacute: "é", egrave: "è", aacute: "á", agrave: "à", iacute: "í", oacute: "ó", uacute: "ú",
  ntilde: "ñ", ccedil: "ç", uuml: "ü", ouml: "ö", auml: "ä", euro: "€", pound: "£", cent: "¢",
  shy: "", zwj: "", zwnj: "", thinsp: " ", ensp: " ", emsp: " ", frac12: "½", frac14: "¼", frac34: "¾",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Inner markup → one line of text: tags removed, entities decoded, whitespace collapsed. */
function inlineText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();
}

function firstElement(html: string, tag: string): string | null {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, "i").exec(html);
  return m ? inlineText(m[1]!) : null;
}

function meta(html: string, key: string): string | null {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const name = /\b(?:name|property)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (name?.toLowerCase() !== key) continue;
    const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1];
    if (content) return decodeEntities(content).trim() || null;
  }
  return null;
}

export function looksLikeHtml(s: string): boolean {
  return /^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<article\b|<p\b)/i.test(s.slice(0, 2000));
}

export function htmlToText(html: string): string {
  // Markup whose text is never article prose.
  const clean = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template|svg|iframe|figure|nav|footer|aside|form|button)\b[\s\S]*?<\/\1\s*>/gi, "");
  const article = /<article\b[^>]*>([\s\S]*?)<\/article>/i.exec(clean)?.[1] ?? clean;
  const title = firstElement(article, "h1") ?? firstElement(clean, "h1") ?? firstElement(clean, "title");
  const outlet = meta(clean, "og:site_name");
  const author = meta(clean, "author");
  const published = meta(clean, "article:published_time") ?? /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(clean)?.[1] ?? null;
  const date = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  const paragraphs = [...article.matchAll(/<p\b[^>]*>([\s\S]*?)(?=<\/p\s*>|<p\b|<\/(?:div|section|article|body)\b)/gi)]
    .map((m) => inlineText(m[1]!))
    .filter((p) => p.length > 0);
  const header = [outlet, title, author ? (/^by\s/i.test(author) ? author : `By ${author}`) : null, date].filter((x): x is string => !!x);
  return [...header, ...paragraphs].join("\n\n") + "\n";
}
