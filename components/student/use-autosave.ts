"use client";
// Autosave for one attempt. Every answer goes into the outbox first, then to the server in
// sequence order; a question reads "Saved" only once the server acknowledged a sequence at least
// as new as the last one this page queued for it. Unsent saves stay in the outbox and are sent
// again on load, when the browser comes back online, and on a backoff timer.
import { useCallback, useEffect, useRef, useState } from "react";
import type { ReleasedFeedback } from "@/lib/server/dal/attempts";
import * as outbox from "./outbox";
import { sendSave } from "./save-client";

export type SaveStatus = { state: "saving" | "saved" | "retrying" | "failed"; message?: string };

interface Options {
  attemptId: string;
  /** The sequence numbers the server has stored, per question (from openAttempt). */
  storedSeqs: Record<string, number>;
  /** An answer waiting in the outbox is newer than the server's: show it. */
  onRestore: (questionId: string, answer: string | number) => void;
  onFeedback: (questionId: string, feedback: ReleasedFeedback) => void;
  /** The server will take no more answers (submitted elsewhere, or past the due time). */
  onClosed: (message: string) => void;
}

const MAX_BACKOFF_MS = 8_000;

export function useAutosave({ attemptId, storedSeqs, onRestore, onFeedback, onClosed }: Options) {
  const [status, setStatus] = useState<Record<string, SaveStatus>>(() => Object.fromEntries(Object.keys(storedSeqs).map((q) => [q, { state: "saved" }])));
  // The newest sequence this page queued per question, and the highest sequence seen at all.
  const latest = useRef<Record<string, number>>({ ...storedSeqs });
  const floor = useRef(Math.max(0, ...Object.values(storedSeqs)));
  const flushing = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The retry timer calls the newest flush through this ref.
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const callbacks = useRef({ onRestore, onFeedback, onClosed });
  useEffect(() => {
    callbacks.current = { onRestore, onFeedback, onClosed };
  });

  const mark = useCallback((questionId: string, s: SaveStatus) => setStatus((prev) => ({ ...prev, [questionId]: s })), []);

  /** Sends the outbox in order; false when a save must wait for a retry. */
  const flushOnce = useCallback(async (): Promise<boolean> => {
    for (const save of await outbox.all()) {
      const mine = save.attemptId === attemptId;
      const outcome = await sendSave(save);
      if (outcome.kind === "retry") {
        // Keep the order: nothing after a failed save is sent before it.
        for (const s of await outbox.all()) if (s.attemptId === attemptId) mark(s.questionId, { state: "retrying", message: outcome.message });
        return false;
      }
      await outbox.delete(save.key);
      if (outcome.kind === "drop") {
        if (mine) mark(save.questionId, { state: "failed", message: outcome.message });
        if (mine && outcome.closed) callbacks.current.onClosed(outcome.message);
        continue;
      }
      if (!mine) continue;
      if (outcome.storedSeq >= (latest.current[save.questionId] ?? 0)) mark(save.questionId, { state: "saved" });
      if (outcome.feedback) callbacks.current.onFeedback(save.questionId, outcome.feedback);
    }
    return true;
  }, [attemptId, mark]);

  const retryLater = useCallback(() => {
    failures.current += 1;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures.current - 1)));
  }, []);

  const flush = useCallback((): Promise<void> => {
    if (flushing.current) {
      again.current = true;
      return flushing.current;
    }
    flushing.current = (async () => {
      try {
        let sent: boolean;
        do {
          again.current = false;
          sent = await flushOnce();
        } while (sent && again.current);
        if (sent) failures.current = 0;
        else retryLater();
      } catch {
        // IndexedDB failed mid-way; the timer tries again.
        retryLater();
      } finally {
        flushing.current = null;
      }
    })();
    return flushing.current;
  }, [flushOnce, retryLater]);
  useEffect(() => {
    flushRef.current = flush;
  });

  const save = useCallback(
    async (questionId: string, answer: string | number) => {
      const seq = outbox.nextSeq(attemptId, floor.current);
      floor.current = seq;
      latest.current[questionId] = seq;
      mark(questionId, { state: "saving" });
      try {
        await outbox.put({ key: crypto.randomUUID(), attemptId, questionId, answer, seq });
      } catch {
        mark(questionId, { state: "failed", message: "This browser could not keep your answer. Try again." });
        return;
      }
      await flush();
    },
    [attemptId, flush, mark],
  );

  // On load: answers still waiting from an earlier visit are shown and sent first.
  useEffect(() => {
    let live = true;
    void (async () => {
      const waiting = (await outbox.all().catch(() => [])).filter((s) => s.attemptId === attemptId);
      if (!live) return;
      for (const s of waiting) {
        floor.current = Math.max(floor.current, s.seq);
        if (s.seq > (latest.current[s.questionId] ?? 0)) {
          latest.current[s.questionId] = s.seq;
          callbacks.current.onRestore(s.questionId, s.answer);
          mark(s.questionId, { state: "saving" });
        }
      }
      await flush();
    })();
    const online = () => {
      failures.current = 0;
      void flush();
    };
    window.addEventListener("online", online);
    return () => {
      live = false;
      window.removeEventListener("online", online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [attemptId, flush, mark]);

  /** Sends what is waiting; true when nothing of this attempt is left unsent. */
  const settle = useCallback(async () => {
    await flush();
    return (await outbox.all()).every((s) => s.attemptId !== attemptId);
  }, [attemptId, flush]);

  return { status, save, settle };
}
