"use client";
// A moment shown in the reader's own time zone. The server renders UTC; the browser swaps in
// local time while hydrating (useSyncExternalStore's server snapshot), with no mismatch warning.
import { useSyncExternalStore } from "react";

const noop = () => () => {};
const style: Intl.DateTimeFormatOptions = { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" };

export function LocalTime({ ms, dateOnly }: { ms: number; dateOnly?: boolean }) {
  const options: Intl.DateTimeFormatOptions = dateOnly ? { year: "numeric", month: "short", day: "numeric" } : style;
  const text = useSyncExternalStore(
    noop,
    () => new Date(ms).toLocaleString(undefined, options),
    () => new Date(ms).toLocaleString("en-US", { ...options, timeZone: "UTC", timeZoneName: dateOnly ? undefined : "short" }),
  );
  return <time dateTime={new Date(ms).toISOString()}>{text}</time>;
}
