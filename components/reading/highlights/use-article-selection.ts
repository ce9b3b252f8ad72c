"use client";
// The span of the article the reader has selected (mouse, touch, or the keyboard with caret
// browsing), widened to whole words. It is remembered while focus moves to the Highlight button,
// and cleared when the selection collapses inside the article or is made elsewhere.
import { useCallback, useEffect, useState } from "react";
import { findArticle, spanOfRange } from "../article-dom";

export interface SelectedSpan {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}'’-]/u;

/** Widens [start, end) to whole words and trims spaces and punctuation-only edges. */
export function toWords(text: string, span: SelectedSpan): SelectedSpan | null {
  let { start, end } = span;
  while (start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) start--;
  while (end < text.length && WORD.test(text[end - 1]!) && WORD.test(text[end]!)) end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

export function useArticleSelection(text: string): [SelectedSpan | null, () => void] {
  const [span, setSpan] = useState<SelectedSpan | null>(null);
  useEffect(() => {
    const onChange = () => {
      const root = findArticle();
      const sel = document.getSelection();
      if (!root || !sel || sel.rangeCount === 0) return;
      const range = sel.getRangeAt(0);
      if (sel.isCollapsed) {
        // A tap or click inside the article clears the choice; focus moving to a button does not.
        if (root.contains(range.startContainer)) setSpan(null);
        return;
      }
      const found = spanOfRange(root, range);
      setSpan(found ? toWords(text, found) : null);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [text]);
  const clear = useCallback(() => {
    setSpan(null);
    document.getSelection()?.removeAllRanges();
  }, []);
  return [span, clear];
}
