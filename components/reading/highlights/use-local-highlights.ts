"use client";
// Practice mode has no account, so highlights and notes stay in this browser's localStorage,
// one list per article. A store shared by every component on the page, kept in step across tabs.
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { checkSpans, isHighlightList, type Highlight } from "@/lib/highlights/model";
import type { HighlightSaveState, HighlightStore } from "./types";

const PREFIX = "evident.highlights.practice.";
const listeners = new Set<() => void>();
// Where storage is refused, the list lives here for as long as the page does.
const memory = new Map<string, string | null>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key?.startsWith(PREFIX)) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function readRaw(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The stored list if it still fits the article (a changed article text drops it rather than mis-marking). */
function parse(raw: string | null, textLength: number): Highlight[] {
  if (!raw) return [];
  try {
    const stored: unknown = JSON.parse(raw);
    if (!isHighlightList(stored)) return [];
    const checked = checkSpans(stored, textLength);
    return checked.ok ? checked.highlights : [];
  } catch {
    return [];
  }
}

export function useLocalHighlights(slug: string, textLength: number): HighlightStore {
  const key = PREFIX + slug;
  const raw = useSyncExternalStore(
    subscribe,
    () => readRaw(key),
    () => null,
  );
  const list = useMemo(() => parse(raw, textLength), [raw, textLength]);
  const [status, setStatus] = useState<HighlightSaveState>({ state: "idle" });
  const setList = useCallback(
    (next: Highlight[]) => {
      try {
        if (next.length) localStorage.setItem(key, JSON.stringify(next));
        else localStorage.removeItem(key);
        setStatus({ state: "saved" });
      } catch {
        memory.set(key, next.length ? JSON.stringify(next) : null);
        setStatus({ state: "failed", message: "This browser would not keep them (private mode?). They last until you leave the page." });
      }
      for (const l of listeners) l();
    },
    [key],
  );
  return { list, setList, status, savedWhere: "on this device" };
}
