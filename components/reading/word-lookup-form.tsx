"use client";
import { useId, useState } from "react";
import { DefinitionCard } from "./definition-card";
import { fetchDefinition, WORD, type DefineResult, type DefineSource } from "./definition";

/** Look up any word by typing it: the keyboard way to what tapping a word does. */
export function WordLookupForm({ source, id }: { source: DefineSource; id: string }) {
  const inputId = useId();
  const [word, setWord] = useState("");
  const [result, setResult] = useState<DefineResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const w = word.trim();
    if (!WORD.test(w)) {
      setError("Type one word.");
      return;
    }
    setError(null);
    try {
      setResult(await fetchDefinition(source, w, null));
    } catch {
      setError("Could not reach Evident. Check your connection and try again.");
    }
  }

  return (
    <div id={id} className="mt-3 rounded-lg border border-rule bg-white p-4">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2" noValidate>
        <div className="grid min-w-0 flex-1 gap-1">
          <label htmlFor={inputId} className="text-sm font-semibold">
            Word
          </label>
          <input
            id={inputId}
            value={word}
            onChange={(e) => setWord(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            className="w-full min-w-0 rounded-md border border-stone-400 bg-white px-2 py-1.5"
          />
        </div>
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 font-semibold text-white hover:bg-accent-strong">
          Define
        </button>
      </form>
      {error && (
        <p id={`${inputId}-error`} role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <div aria-live="polite" className="mt-3">
        {result && <DefinitionCard result={result} />}
      </div>
      <p className="mt-2 text-sm text-muted">Tip: tap or double-click a word in the article to see what it means there.</p>
    </div>
  );
}
