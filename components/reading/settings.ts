// Reading settings: what a student can change about how text looks, kept per device in
// localStorage and applied as data attributes on <html>, where CSS (app/globals.css) reads them.
// Attributes rather than React state so the server-rendered reader is styled before hydration.

export const TEXT_SIZES = ["standard", "large", "larger", "largest"] as const;
export const LINE_SPACINGS = ["standard", "relaxed", "loose"] as const;
export const FONTS = ["serif", "sans", "readable"] as const;
export const THEMES = ["system", "light", "dark", "sepia"] as const;
/** Read-aloud speeds, as speechSynthesis rates. */
export const RATES = [0.6, 0.8, 1, 1.2, 1.5] as const;

export interface ReadingSettings {
  size: (typeof TEXT_SIZES)[number];
  spacing: (typeof LINE_SPACINGS)[number];
  font: (typeof FONTS)[number];
  theme: (typeof THEMES)[number];
  lineFocus: boolean;
  rate: (typeof RATES)[number];
}

export const DEFAULT_SETTINGS: ReadingSettings = { size: "standard", spacing: "standard", font: "serif", theme: "system", lineFocus: false, rate: 1 };

export const STORAGE_KEY = "evident.reading-settings";

function pick<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Whatever is stored (possibly from an older version, or edited by hand) read as valid settings. */
export function parseSettings(raw: string | null): ReadingSettings {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === "object") data = parsed as Record<string, unknown>;
  } catch {
    // A damaged entry falls back to the defaults.
  }
  const d = DEFAULT_SETTINGS;
  return {
    size: pick(TEXT_SIZES, data.size, d.size),
    spacing: pick(LINE_SPACINGS, data.spacing, d.spacing),
    font: pick(FONTS, data.font, d.font),
    theme: pick(THEMES, data.theme, d.theme),
    lineFocus: data.lineFocus === true,
    rate: RATES.find((r) => r === data.rate) ?? d.rate,
  };
}

/** The <html> attributes for a set of settings; defaults are left off so plain CSS applies. */
export function settingsAttributes(s: ReadingSettings): Record<string, string | null> {
  return {
    "data-text-size": s.size === "standard" ? null : s.size,
    "data-line-spacing": s.spacing === "standard" ? null : s.spacing,
    "data-font": s.font === "serif" ? null : s.font,
    "data-theme": s.theme === "system" ? null : s.theme,
    "data-line-focus": s.lineFocus ? "on" : null,
  };
}

export function applySettings(root: HTMLElement, s: ReadingSettings): void {
  for (const [name, value] of Object.entries(settingsAttributes(s))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

/**
 * The same work as parseSettings + applySettings, as a self-contained script for <head>: it runs
 * before first paint so a dark or large-text reader never flashes the defaults. Kept tiny and
 * defensive; the client store re-applies the full parse after hydration.
 */
export const SETTINGS_SCRIPT = `(function(){var d=document.documentElement;d.classList.add("js");try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(
  STORAGE_KEY,
)})||"{}");var m={size:["data-text-size",${JSON.stringify(TEXT_SIZES.slice(1))}],spacing:["data-line-spacing",${JSON.stringify(
  LINE_SPACINGS.slice(1),
)}],font:["data-font",${JSON.stringify(FONTS.slice(1))}],theme:["data-theme",${JSON.stringify(THEMES.slice(1))}]};for(var k in m){if(m[k][1].indexOf(s[k])>=0)d.setAttribute(m[k][0],s[k])}if(s.lineFocus===true)d.setAttribute("data-line-focus","on")}catch(e){}})();`;
