"use client";
import { useId, useState, useSyncExternalStore } from "react";
import { RATES } from "./settings";
import { speechSupported } from "./speech";
import { TextSettings } from "./text-settings";
import { useArticleReader } from "./use-article-reader";
import { useLineFocus } from "./use-line-focus";
import { useReadingSettings } from "./use-reading-settings";
import { useWordLookup } from "./use-word-lookup";
import { WordLookupForm } from "./word-lookup-form";
import { WordPopover } from "./word-popover";
import type { DefineSource } from "./definition";

interface Props {
  /** Where words are defined: the library article or the assignment, in the sense the article uses. */
  source: DefineSource;
  /** Sentence offsets [start, end) into the article text, for reading aloud one at a time. */
  sentences?: readonly (readonly [number, number])[];
}

const RATE_LABELS: Record<number, string> = { 0.6: "Slowest", 0.8: "Slower", 1: "Normal", 1.2: "Faster", 1.5: "Fastest" };

const button =
  "inline-flex items-center gap-1.5 rounded-md border border-rule bg-white px-3 py-1.5 text-sm font-semibold text-ink hover:border-accent aria-expanded:border-accent aria-pressed:border-accent aria-pressed:bg-blue-50";

const noop = () => () => {};

/**
 * Reading supports above an article: read aloud, text settings and word look-up. Needs
 * JavaScript; without it the class "js" never reaches <html> and CSS hides the toolbar.
 */
export function ReadingToolbar({ source, sentences }: Props) {
  const id = useId();
  const [settings, update] = useReadingSettings();
  const [open, setOpen] = useState<"settings" | "lookup" | null>(null);
  const canSpeak = useSyncExternalStore(noop, speechSupported, () => false);
  const reader = useArticleReader(sentences, settings.rate);
  const { lookup, close } = useWordLookup(source);
  useLineFocus(settings.lineFocus);

  const toggle = (panel: "settings" | "lookup") => setOpen((o) => (o === panel ? null : panel));

  return (
    <section aria-labelledby={`${id}-title`} className="js-only mb-6 font-sans" data-reading-toolbar>
      <h2 id={`${id}-title`} className="sr-only">
        Reading tools
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        {canSpeak && (
          <>
            {reader.status === "playing" ? (
              <button type="button" className={button} onClick={reader.pause}>
                <span aria-hidden="true">❚❚</span> Pause
              </button>
            ) : (
              <button type="button" className={button} onClick={() => reader.play()}>
                <span aria-hidden="true">▶</span> {reader.status === "paused" ? "Resume reading" : "Read aloud"}
              </button>
            )}
            {reader.status !== "stopped" && (
              <button type="button" className={button} onClick={reader.stop}>
                <span aria-hidden="true">■</span> Stop
              </button>
            )}
            <label className="inline-flex items-center gap-1.5 text-sm">
              <span className="font-semibold">Speed</span>
              <select
                value={settings.rate}
                onChange={(e) => update({ rate: Number(e.target.value) as (typeof RATES)[number] })}
                className="rounded-md border border-stone-400 bg-white px-2 py-1.5 text-ink"
              >
                {RATES.map((r) => (
                  <option key={r} value={r}>
                    {RATE_LABELS[r]} ({r}×)
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <button type="button" className={button} aria-expanded={open === "settings"} aria-controls={`${id}-settings`} onClick={() => toggle("settings")}>
          Text settings
        </button>
        <button type="button" className={button} aria-expanded={open === "lookup"} aria-controls={`${id}-lookup`} onClick={() => toggle("lookup")}>
          Look up a word
        </button>
      </div>
      {open === "settings" && <TextSettings id={`${id}-settings`} />}
      {open === "lookup" && <WordLookupForm source={source} id={`${id}-lookup`} />}
      <p className="sr-only" aria-live="polite">
        {reader.status === "playing" ? `Reading sentence ${reader.position + 1}` : reader.status === "paused" ? "Reading paused" : ""}
      </p>
      {lookup && <WordPopover lookup={lookup} onClose={close} />}
    </section>
  );
}
