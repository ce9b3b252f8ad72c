"use client";
// Tap a word, or select one, in the article to see its meaning. Listens on the article element
// that ArticleText renders; the word's character offset lets the server pick the article's sense.
import { useCallback, useEffect, useRef, useState } from "react";
import { findArticle, offsetOf } from "./article-dom";
import { fetchDefinition, WORD, type DefineResult, type DefineSource } from "./definition";

export interface Lookup {
  word: string;
  /** Where to place the popover: the word's box in viewport coordinates. */
  rect: { top: number; bottom: number; left: number };
  result: DefineResult | null;
}

const LETTER = /[\p{L}'’-]/u;

/** The word under a point, as a range, using whichever caret API the browser has. */
function wordRangeAt(x: number, y: number): Range | null {
  let node: Node | null = null;
  let offset = 0;
  if (typeof document.caretPositionFromPoint === "function") {
    const pos = document.caretPositionFromPoint(x, y);
    if (pos) [node, offset] = [pos.offsetNode, pos.offset];
  } else if (typeof document.caretRangeFromPoint === "function") {
    const range = document.caretRangeFromPoint(x, y);
    if (range) [node, offset] = [range.startContainer, range.startOffset];
  }
  if (!(node instanceof Text)) return null;
  const data = node.data;
  let a = offset;
  let b = offset;
  while (a > 0 && LETTER.test(data[a - 1]!)) a--;
  while (b < data.length && LETTER.test(data[b]!)) b++;
  if (b <= a) return null;
  const range = document.createRange();
  range.setStart(node, a);
  range.setEnd(node, b);
  // The caret lands beside the nearest word even when the tap was in the margin: check the box.
  const box = range.getBoundingClientRect();
  if (x < box.left - 4 || x > box.right + 4 || y < box.top - 4 || y > box.bottom + 4) return null;
  return range;
}

export function useWordLookup(source: DefineSource) {
  // The source is a fresh object each render; its JSON is what identifies it.
  const key = JSON.stringify(source);
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const controller = useRef<AbortController | null>(null);

  const close = useCallback(() => {
    controller.current?.abort();
    setLookup(null);
  }, []);

  useEffect(() => {
    const root = findArticle();
    if (!root) return;
    const onPointerUp = (e: PointerEvent) => {
      if (e.button !== 0 || (e.target as Element).closest("a, button, input, select, textarea, [data-skip]")) return;
      const selection = window.getSelection();
      let range: Range | null = null;
      if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
        const selected = selection.getRangeAt(0);
        // A passage selected for another reason (copying, reading) is not a lookup.
        if (!WORD.test(selected.toString().trim())) return;
        range = selected;
      } else {
        range = wordRangeAt(e.clientX, e.clientY);
      }
      if (!range || !root.contains(range.startContainer)) return;
      const raw = range.toString();
      const lead = raw.length - raw.trimStart().length;
      const word = raw.trim().replace(/^['’-]+|['’-]+$/g, "");
      if (!WORD.test(word)) return;
      const at = offsetOf(root, range.startContainer, range.startOffset + lead);
      const box = range.getBoundingClientRect();
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      setLookup({ word, rect: { top: box.top, bottom: box.bottom, left: box.left }, result: null });
      fetchDefinition(JSON.parse(key) as DefineSource, word, at, ac.signal)
        .then((result) => {
          if (!ac.signal.aborted) setLookup((l) => (l && l.word === word ? { ...l, result } : l));
        })
        .catch(() => {
          if (!ac.signal.aborted) setLookup((l) => (l && l.word === word ? { ...l, result: { found: false, word } } : l));
        });
    };
    root.addEventListener("pointerup", onPointerUp);
    return () => root.removeEventListener("pointerup", onPointerUp);
  }, [key]);

  return { lookup, close };
}
