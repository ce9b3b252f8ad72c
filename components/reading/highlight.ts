// Shows which sentence is being read and which paragraph is current, without re-rendering the
// article: the CSS Custom Highlight API paints the sentence (::highlight(evident-reading) in
// globals.css); where it is missing, the paragraph's data-reading attribute still shows it.
import { paragraphsOf } from "./article-dom";

const NAME = "evident-reading";

export function highlightRange(range: Range | null): void {
  if (typeof CSS === "undefined" || !("highlights" in CSS) || typeof Highlight !== "function") return;
  if (range) CSS.highlights.set(NAME, new Highlight(range));
  else CSS.highlights.delete(NAME);
}

/** Marks one paragraph as the current one (line focus) and, when reading, as being read. */
export function markParagraph(root: HTMLElement, index: number | null, attribute: "data-current" | "data-reading"): void {
  paragraphsOf(root).forEach((p, i) => {
    if (i === index) p.setAttribute(attribute, "");
    else p.removeAttribute(attribute);
  });
}

/** Index of the paragraph holding a character offset. */
export function paragraphIndexAt(root: HTMLElement, offset: number): number {
  let found = 0;
  paragraphsOf(root).forEach((p, i) => {
    if (Number(p.dataset.start) <= offset) found = i;
  });
  return found;
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
