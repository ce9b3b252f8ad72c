// A stand-in for the browser's voice (headless Chromium has none), and what it was asked to say.
import type { Page } from "@playwright/test";

declare global {
  interface Window {
    __spoken: { text: string; rate: number }[];
    __endUtterance: () => void;
  }
}

/**
 * A stand-in for the browser's voice: headless Chromium has none. It records each utterance and
 * "finishes" it after `ms`, as speechSynthesis would, or when the test says (ms = 0).
 */
export async function fakeSpeech(page: Page, ms = 0) {
  await page.addInitScript((ms) => {
    window.__spoken = [];
    type U = { text: string; rate: number; lang: string; onend: ((e: unknown) => void) | null; onerror: ((e: { error: string }) => void) | null };
    class FakeUtterance {
      rate = 1;
      lang = "";
      onend = null;
      onerror = null;
      constructor(public text: string) {}
    }
    let current: U | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const end = () => {
      const u = current;
      current = null;
      u?.onend?.({});
    };
    window.__endUtterance = end;
    const synth = {
      speak(u: U) {
        window.__spoken.push({ text: u.text, rate: u.rate });
        current = u;
        if (ms > 0) timer = setTimeout(end, ms);
      },
      cancel() {
        const u = current;
        current = null;
        clearTimeout(timer);
        u?.onerror?.({ error: "interrupted" });
      },
      pause() {},
      resume() {},
      getVoices: () => [],
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true, writable: true });
  }, ms);
}

export const spoken = (page: Page) => page.evaluate(() => window.__spoken);
export const painted = (page: Page) => page.evaluate(() => CSS.highlights.get("evident-reading")?.values().next().value?.toString() ?? null);
