"use client";
// Line focus: the paragraph crossing the reading line (a third of the way down the screen) is
// current; tapping a paragraph makes it current too. CSS dims the others (globals.css).
import { useEffect } from "react";
import { findArticle, paragraphsOf } from "./article-dom";
import { markParagraph } from "./highlight";

export function useLineFocus(enabled: boolean) {
  useEffect(() => {
    const root = findArticle();
    if (!enabled || !root) return;
    const paragraphs = paragraphsOf(root);
    if (!root.querySelector("p[data-current]")) markParagraph(root, 0, "data-current");
    const observer = new IntersectionObserver(
      (entries) => {
        const hit = entries.find((e) => e.isIntersecting);
        if (hit) markParagraph(root, paragraphs.indexOf(hit.target as HTMLElement), "data-current");
      },
      { rootMargin: "-33% 0px -66% 0px" },
    );
    for (const p of paragraphs) observer.observe(p);
    const onClick = (e: MouseEvent) => {
      const p = (e.target as Element).closest<HTMLElement>("p[data-start]");
      if (p) markParagraph(root, paragraphs.indexOf(p), "data-current");
    };
    root.addEventListener("click", onClick);
    return () => {
      observer.disconnect();
      root.removeEventListener("click", onClick);
    };
  }, [enabled]);
}
