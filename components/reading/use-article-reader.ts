"use client";
// Reads the article aloud sentence by sentence, painting the sentence being read and keeping it
// in view; pause keeps the place, play resumes there.
import { useCallback, useEffect, useRef, useState } from "react";
import { findArticle, rangeFor, readingSpans, textFor } from "./article-dom";
import { highlightRange, markParagraph, paragraphIndexAt, prefersReducedMotion } from "./highlight";
import { speakPieces, type SpeechHandle } from "./speech";

export type ReaderStatus = "stopped" | "playing" | "paused";

export function useArticleReader(sentences: readonly (readonly [number, number])[] | undefined, rate: number) {
  const [status, setStatus] = useState<ReaderStatus>("stopped");
  const [position, setPosition] = useState(0);
  const handle = useRef<SpeechHandle | null>(null);
  const place = useRef(0);

  const clear = useCallback(() => {
    highlightRange(null);
    const root = findArticle();
    if (root) markParagraph(root, null, "data-reading");
  }, []);

  const play = useCallback(
    (from?: number) => {
      const root = findArticle();
      if (!root) return;
      const spans = readingSpans(root, sentences);
      const pieces = spans.map(([a, b]) => textFor(root, a, b));
      const start = from ?? place.current;
      setStatus("playing");
      handle.current = speakPieces(pieces, start < pieces.length ? start : 0, {
        rate,
        onPiece: (i) => {
          place.current = i;
          setPosition(i);
          const [a, b] = spans[i]!;
          const range = rangeFor(root, a, b);
          highlightRange(range);
          const paragraph = paragraphIndexAt(root, a);
          markParagraph(root, paragraph, "data-reading");
          markParagraph(root, paragraph, "data-current");
          const rect = range?.getBoundingClientRect();
          if (rect && (rect.top < 0 || rect.bottom > window.innerHeight)) {
            range!.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: prefersReducedMotion() ? "auto" : "smooth" });
          }
        },
        onFinish: (completed) => {
          handle.current = null;
          if (completed) {
            place.current = 0;
            setPosition(0);
            clear();
            setStatus("stopped");
          } else {
            // Stopped from elsewhere (another read-aloud started, or pause): keep the place.
            setStatus((s) => (s === "playing" ? "paused" : s));
          }
        },
      });
    },
    [sentences, rate, clear],
  );

  const pause = useCallback(() => {
    setStatus("paused");
    handle.current?.stop();
  }, []);

  const stop = useCallback(() => {
    handle.current?.stop();
    place.current = 0;
    setPosition(0);
    clear();
    setStatus("stopped");
  }, [clear]);

  // A new speed applies from the sentence being read.
  const rateRef = useRef(rate);
  useEffect(() => {
    if (rateRef.current === rate) return;
    rateRef.current = rate;
    if (handle.current) play(place.current);
  }, [rate, play]);

  // Leaving the page stops the voice.
  useEffect(() => () => handle.current?.stop(), []);

  return { status, position, play, pause, stop };
}
