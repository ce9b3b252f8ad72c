"use client";
import { useId } from "react";
import { FONTS, LINE_SPACINGS, TEXT_SIZES, THEMES, type ReadingSettings } from "./settings";
import { useReadingSettings } from "./use-reading-settings";

const LABELS = {
  size: { standard: "Standard", large: "Large", larger: "Larger", largest: "Largest" },
  spacing: { standard: "Standard", relaxed: "Relaxed", loose: "Loose" },
  font: { serif: "Book", sans: "Plain", readable: "Easy-read" },
  theme: { system: "Match device", light: "Light", dark: "Dark", sepia: "Sepia" },
} as const;

type Choice = "size" | "spacing" | "font" | "theme";

function Options<K extends Choice>({ name, legend, values, settings, update }: {
  name: K;
  legend: string;
  values: readonly ReadingSettings[K][];
  settings: ReadingSettings;
  update: (c: Partial<ReadingSettings>) => void;
}) {
  const id = useId();
  const labels = LABELS[name] as Record<string, string>;
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-1.5">
        {values.map((v) => (
          <label
            key={v}
            className="flex cursor-pointer items-center gap-1.5 rounded-md border border-rule px-2.5 py-1.5 text-sm has-[:checked]:border-accent has-[:checked]:bg-blue-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent"
          >
            <input type="radio" name={`${id}-${name}`} value={v} checked={settings[name] === v} onChange={() => update({ [name]: v })} className="size-4 accent-accent" />
            {labels[v]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** How the text looks: size, spacing, font, colours, line focus. Saved on this device. */
export function TextSettings({ id }: { id: string }) {
  const [settings, update] = useReadingSettings();
  const common = { settings, update };
  return (
    <div id={id} className="mt-3 grid gap-4 rounded-lg border border-rule bg-white p-4 sm:grid-cols-2">
      <Options name="size" legend="Text size" values={TEXT_SIZES} {...common} />
      <Options name="spacing" legend="Line spacing" values={LINE_SPACINGS} {...common} />
      <Options name="font" legend="Font" values={FONTS} {...common} />
      <Options name="theme" legend="Colours" values={THEMES} {...common} />
      <label className="flex items-start gap-2 text-sm sm:col-span-2">
        <input type="checkbox" checked={settings.lineFocus} onChange={(e) => update({ lineFocus: e.target.checked })} className="mt-0.5 size-4 accent-accent" />
        <span>
          <span className="font-semibold">Line focus</span>: dim every paragraph except the one you are reading
        </span>
      </label>
      <p className="text-sm text-muted sm:col-span-2">“Easy-read” uses a font designed for readers with low vision or dyslexia. Settings are saved on this device.</p>
    </div>
  );
}
