// Between character offsets into the article text and the rendered article. ArticleText marks
// each paragraph with data-start and every piece of text that is not the article's own (the
// paragraph number, "Evidence:" for screen readers) with data-skip, so offsets map exactly.

export const ARTICLE_SELECTOR = "[data-article-text]";

export function findArticle(): HTMLElement | null {
  return document.querySelector<HTMLElement>(ARTICLE_SELECTOR);
}

export function paragraphsOf(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>("p[data-start]")];
}

function start(p: HTMLElement): number {
  return Number(p.dataset.start);
}

/** The article's own text nodes of a paragraph, in order. */
function textNodes(p: HTMLElement): Text[] {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest("[data-skip]") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The paragraph holding an offset (an offset at a paragraph's end belongs to it). */
function paragraphAt(root: HTMLElement, offset: number): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (const p of paragraphsOf(root)) if (start(p) <= offset) found = p;
  return found;
}

function point(root: HTMLElement, offset: number): [Text, number] | null {
  const p = paragraphAt(root, offset);
  if (!p) return null;
  let pos = start(p);
  let last: Text | null = null;
  for (const node of textNodes(p)) {
    const len = node.data.length;
    if (offset <= pos + len) return [node, offset - pos];
    pos += len;
    last = node;
  }
  return last ? [last, last.data.length] : null;
}

/** A DOM range over [start, end) of the article text, or null when it is not on the page. */
export function rangeFor(root: HTMLElement, from: number, to: number): Range | null {
  const a = point(root, from);
  const b = point(root, to);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}

/** The article's words over [start, end), without the screen-reader-only labels. */
export function textFor(root: HTMLElement, from: number, to: number): string {
  let out = "";
  for (const p of paragraphsOf(root)) {
    let pos = start(p);
    for (const node of textNodes(p)) {
      const a = Math.max(from, pos);
      const b = Math.min(to, pos + node.data.length);
      if (b > a) out += node.data.slice(a - pos, b - pos);
      pos += node.data.length;
    }
    if (pos > from && start(p) < to) out += " ";
  }
  return out.replace(/\s+/g, " ").trim();
}

/** The article offset of a DOM point inside the article, or null when it is outside its text. */
export function offsetOf(root: HTMLElement, node: Node, offsetInNode: number): number | null {
  if (!(node instanceof Text)) return null;
  const p = node.parentElement?.closest<HTMLElement>("p[data-start]");
  if (!p || !root.contains(p)) return null;
  let pos = start(p);
  for (const t of textNodes(p)) {
    if (t === node) return pos + offsetInNode;
    pos += t.data.length;
  }
  return null;
}

/** Sentence-sized pieces to read: the analysis's sentences when given, else whole paragraphs. */
export function readingSpans(root: HTMLElement, sentences: readonly (readonly [number, number])[] | undefined): [number, number][] {
  if (sentences && sentences.length > 0) return sentences.map(([a, b]) => [a, b]);
  return paragraphsOf(root).map((p) => [start(p), Number(p.dataset.end)]);
}

/**
 * The article span [start, end) a DOM selection covers, or null when it holds none of the
 * article's own text. Works whatever the range's containers are (a selection across paragraphs
 * often starts or ends on an element), and skips the paragraph numbers and labels.
 */
export function spanOfRange(root: HTMLElement, range: Range): { start: number; end: number } | null {
  let from: number | null = null;
  let to: number | null = null;
  for (const p of paragraphsOf(root)) {
    if (!range.intersectsNode(p)) continue;
    let pos = start(p);
    for (const node of textNodes(p)) {
      if (range.intersectsNode(node)) {
        const a = pos + (node === range.startContainer ? range.startOffset : 0);
        const b = pos + (node === range.endContainer ? range.endOffset : node.data.length);
        if (b > a) {
          from ??= a;
          to = b;
        }
      }
      pos += node.data.length;
    }
  }
  return from !== null && to !== null && to > from ? { start: from, end: to } : null;
}
