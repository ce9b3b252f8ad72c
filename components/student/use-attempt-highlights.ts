"use client";
// Highlights and notes on an assignment, kept with the attempt on the server. Like answers: the
// newest list goes into this device's storage first (a one-slot outbox: only the latest list
// matters), then to the server with a sequence number; "Saved" shows only once the server has
// stored that sequence or a newer one. A list still waiting from an earlier visit is shown and
// sent again on load, when the browser comes back online, and on a backoff timer.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Highlight } from "@/lib/highlights/model";
import type { HighlightSaveState, HighlightStore } from "@/components/reading/highlights/types";

export const HIGHLIGHTS_URL = "/student/api/highlights";
export const PENDING_PREFIX = "evident.highlights.pending.";
const MAX_BACKOFF_MS = 8_000;
const OFFLINE = "Not saved — retrying";

interface Pending {
  seq: number;
  highlights: Highlight[];
}

function readPending(attemptId: string): Pending | null {
  try {
    const raw = localStorage.getItem(PENDING_PREFIX + attemptId);
    return raw ? (JSON.parse(raw) as Pending) : null;
  } catch {
    return null;
  }
}

function forgetPending(attemptId: string) {
  try {
    localStorage.removeItem(PENDING_PREFIX + attemptId);
  } catch {
    // Nothing stored.
  }
}

/** Signing out forgets every list still waiting on this device (a shared Chromebook). */
export function forgetAllPendingHighlights() {
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith(PENDING_PREFIX)) localStorage.removeItem(k);
  } catch {
    // Nothing stored.
  }
}

type Outcome = { kind: "ok"; storedSeq: number } | { kind: "retry" } | { kind: "drop"; closed: boolean; message: string };

async function send(attemptId: string, p: Pending): Promise<Outcome> {
  let res: Response;
  try {
    res = await fetch(HIGHLIGHTS_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ attemptId, seq: p.seq, highlights: p.highlights }),
      credentials: "same-origin",
      cache: "no-store",
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return { kind: "retry" };
  }
  const body = (await res.json().catch(() => null)) as { storedSeq?: number; error?: string } | null;
  if (res.ok && typeof body?.storedSeq === "number") return { kind: "ok", storedSeq: body.storedSeq };
  if (res.status === 409) return { kind: "drop", closed: true, message: body?.error ?? "This assignment was submitted." };
  if (res.status === 400 || res.status === 403 || res.status === 404 || res.status === 413) return { kind: "drop", closed: false, message: body?.error ?? "They could not be saved." };
  return { kind: "retry" };
}

export function useAttemptHighlights(opts: { attemptId: string; initial: Highlight[]; storedSeq: number; locked: boolean }): HighlightStore {
  const { attemptId } = opts;
  const [list, setListState] = useState<Highlight[]>(opts.initial);
  const [status, setStatus] = useState<HighlightSaveState>({ state: "idle" });
  const [closed, setClosed] = useState(false);
  const floor = useRef(opts.storedSeq);
  const sending = useRef(false);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flushRef = useRef<() => Promise<void>>(async () => undefined);

  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      for (;;) {
        const pending = readPending(attemptId);
        if (!pending) return;
        const outcome = await send(attemptId, pending);
        if (outcome.kind === "retry") {
          setStatus({ state: "retrying", message: OFFLINE });
          failures.current += 1;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void flushRef.current(), Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures.current - 1)));
          return;
        }
        failures.current = 0;
        const now = readPending(attemptId);
        // A newer list queued while this one was on its way: send that too.
        if (now && now.seq > pending.seq) continue;
        forgetPending(attemptId);
        if (outcome.kind === "drop") {
          setStatus({ state: "failed", message: outcome.message });
          if (outcome.closed) setClosed(true);
        } else if (outcome.storedSeq >= pending.seq) setStatus({ state: "saved" });
        else setStatus({ state: "failed", message: "A newer list from another device was kept. Reload to see it." });
        return;
      }
    } finally {
      sending.current = false;
    }
  }, [attemptId]);
  useEffect(() => {
    flushRef.current = flush;
  });

  const setList = useCallback(
    (next: Highlight[]) => {
      setListState(next);
      const pending: Pending = { seq: floor.current + 1, highlights: next };
      floor.current = pending.seq;
      setStatus({ state: "saving" });
      try {
        localStorage.setItem(PENDING_PREFIX + attemptId, JSON.stringify(pending));
      } catch {
        // Storage refused: send straight away from memory.
        void send(attemptId, pending).then((o) =>
          setStatus(o.kind === "ok" && o.storedSeq >= pending.seq ? { state: "saved" } : { state: "failed", message: "Not saved. This browser cannot keep them while offline; try again." }),
        );
        return;
      }
      void flush();
    },
    [attemptId, flush],
  );

  // On load: a list still waiting from an earlier visit is newer than the server's; show and send it.
  useEffect(() => {
    let live = true;
    void Promise.resolve().then(() => {
      if (!live) return;
      const pending = readPending(attemptId);
      if (pending && pending.seq > floor.current && !opts.locked) {
        floor.current = pending.seq;
        setListState(pending.highlights);
        setStatus({ state: "saving" });
        void flush();
      } else if (pending) forgetPending(attemptId);
    });
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
    // Only on arriving: `locked` changes when the student submits, and that needs no restore.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attemptId, flush]);

  return { list, setList, status, locked: opts.locked || closed };
}
