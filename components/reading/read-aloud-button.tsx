"use client";
import { useState, useSyncExternalStore } from "react";
import { speakPieces, speechSupported, type SpeechHandle } from "./speech";
import { useReadingSettings } from "./use-reading-settings";

const noop = () => () => {};

/** Reads a question and its options aloud (the same voice and speed as the article). */
export function ReadAloudButton({ pieces, what }: { pieces: readonly string[]; /** Said after the visible label, for screen readers: "question 3". */ what?: string }) {
  const [settings] = useReadingSettings();
  const canSpeak = useSyncExternalStore(noop, speechSupported, () => false);
  const [handle, setHandle] = useState<SpeechHandle | null>(null);
  if (!canSpeak) return null;

  function toggle() {
    if (handle || pieces.length === 0) {
      handle?.stop();
      return;
    }
    const h = speakPieces(pieces, 0, { rate: settings.rate, onFinish: () => setHandle(null) });
    setHandle(h);
  }

  return (
    <button
      type="button"
      onClick={toggle}
      className="inline-flex items-center gap-1 rounded-md border border-rule px-2 py-1 text-xs font-semibold text-ink hover:border-accent"
    >
      <span aria-hidden="true">{handle ? "■" : "▶"}</span> {handle ? "Stop reading" : "Read aloud"}
      {what && <span className="sr-only"> {what}</span>}
    </button>
  );
}
