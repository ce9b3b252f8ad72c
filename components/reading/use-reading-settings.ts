"use client";
// One store for the reading settings, shared by every control on the page and kept in step
// across tabs through the storage event.
import { useCallback, useSyncExternalStore } from "react";
import { applySettings, DEFAULT_SETTINGS, parseSettings, STORAGE_KEY, type ReadingSettings } from "./settings";

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: ReadingSettings = DEFAULT_SETTINGS;

function read(): ReadingSettings {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode, policy); settings then last for the page only.
    return cached;
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseSettings(raw);
  }
  return cached;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== STORAGE_KEY) return;
    applySettings(document.documentElement, read());
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function write(next: ReadingSettings) {
  cached = next;
  try {
    cachedRaw = JSON.stringify(next);
    localStorage.setItem(STORAGE_KEY, cachedRaw);
  } catch {
    cachedRaw = undefined;
  }
  applySettings(document.documentElement, next);
  for (const l of listeners) l();
}

export function useReadingSettings(): [ReadingSettings, (change: Partial<ReadingSettings>) => void] {
  const settings = useSyncExternalStore(subscribe, read, () => DEFAULT_SETTINGS);
  const update = useCallback((change: Partial<ReadingSettings>) => write({ ...read(), ...change }), []);
  return [settings, update];
}
