"use client";
import { useEffect, useId, useRef } from "react";
import { DefinitionCard } from "./definition-card";
import type { Lookup } from "./use-word-lookup";

const WIDTH = 320;
const GAP = 8;

/**
 * A word's meaning beside the word: a non-modal dialog that takes focus so screen readers read
 * it, and closes with Escape, its Close button, a tap elsewhere or a scroll.
 */
export function WordPopover({ lookup, onClose }: { lookup: Lookup; onClose: () => void }) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus({ preventScroll: true });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    const onScroll = (e: Event) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onDown, true);
    window.addEventListener("scroll", onScroll, true);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onDown, true);
      window.removeEventListener("scroll", onScroll, true);
      if (back && document.contains(back)) back.focus({ preventScroll: true });
    };
  }, [onClose]);

  const vw = typeof window === "undefined" ? WIDTH : window.innerWidth;
  const vh = typeof window === "undefined" ? 600 : window.innerHeight;
  const width = Math.min(WIDTH, vw - 2 * GAP);
  const left = Math.max(GAP, Math.min(lookup.rect.left, vw - width - GAP));
  // Below the word when there is room, else above it.
  const below = lookup.rect.bottom + 200 < vh;
  const style = below ? { top: lookup.rect.bottom + GAP, left, width } : { bottom: vh - lookup.rect.top + GAP, left, width };

  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={`${id}-word`}
      tabIndex={-1}
      style={style}
      className="fixed z-50 max-h-[60dvh] overflow-y-auto rounded-lg border border-rule bg-white p-4 font-sans text-base text-ink shadow-lg"
    >
      <div aria-live="polite">
        {lookup.result ? (
          <DefinitionCard result={lookup.result} headingId={`${id}-word`} />
        ) : (
          <p id={`${id}-word`}>Looking up “{lookup.word}”…</p>
        )}
      </div>
      <button type="button" onClick={onClose} className="mt-3 rounded border border-rule px-3 py-1 text-sm font-semibold hover:border-accent">
        Close
      </button>
    </div>
  );
}
