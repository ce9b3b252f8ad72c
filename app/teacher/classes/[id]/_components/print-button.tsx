"use client";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="min-h-11 rounded-lg bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong">
      Print
    </button>
  );
}
