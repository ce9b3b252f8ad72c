// Read aloud with the browser's own speech synthesis: nothing leaves the device. Text is spoken
// one sentence per utterance, which lets us highlight the sentence being read, pause by
// cancelling and resume at that sentence (speechSynthesis.pause is unreliable on Chrome and
// Android), and avoids Chrome cutting long utterances short.

export function speechSupported(): boolean {
  return typeof window !== "undefined" && "speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function";
}

interface QueueOptions {
  /** Called before each piece is spoken, with its index. */
  onPiece?: (index: number) => void;
  /** Called once when the queue finishes or is stopped (by stop() or by another queue starting). */
  onFinish?: (completed: boolean) => void;
  rate: number;
}

export interface SpeechHandle {
  stop(): void;
}

let active: { generation: number; finish: (completed: boolean) => void } | null = null;
let generation = 0;

/** Speaks pieces from `from` on; starting a queue stops any other one on the page. */
export function speakPieces(pieces: readonly string[], from: number, options: QueueOptions): SpeechHandle {
  const synth = window.speechSynthesis;
  const mine = ++generation;
  const previous = active;
  let done = false;
  const finish = (completed: boolean) => {
    if (done) return;
    done = true;
    if (active?.generation === mine) active = null;
    options.onFinish?.(completed);
  };
  active = { generation: mine, finish };
  previous?.finish(false);
  synth.cancel();

  const speak = (i: number) => {
    if (done || generation !== mine) return;
    if (i >= pieces.length) return finish(true);
    const text = pieces[i]!.trim();
    if (!text) return speak(i + 1);
    options.onPiece?.(i);
    const u = new SpeechSynthesisUtterance(text);
    u.rate = options.rate;
    u.lang = document.documentElement.lang || "en";
    u.onend = () => speak(i + 1);
    // "interrupted"/"canceled" come from our own cancel(); anything else ends the reading.
    u.onerror = (e) => {
      if (e.error !== "interrupted" && e.error !== "canceled") finish(false);
    };
    synth.speak(u);
  };
  speak(from);

  return {
    stop() {
      if (done) return;
      finish(false);
      synth.cancel();
    },
  };
}
