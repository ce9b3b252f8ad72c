"use client";
// The two ways in for a student: join (class code + name) and come back (class code + personal
// code). The action validates, sets the session and moves on; errors come back here.
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { Welcome } from "./welcome-card";

export interface StudentFormState {
  error?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
  /** Set once a join succeeded: the form gives way to the welcome. */
  welcome?: Welcome;
}

interface Field {
  name: string;
  label: string;
  hint?: string;
  maxLength: number;
  autoComplete?: string;
  code?: boolean;
}

interface Props {
  action: (prev: StudentFormState, fd: FormData) => Promise<StudentFormState>;
  fields: Field[];
  submitLabel: string;
  initial?: Record<string, string>;
  /** Shown instead of the form (and its surroundings) when the state says the form is done. */
  done?: (state: StudentFormState) => ReactNode;
  /** Shown around the form while it is in use. */
  before?: ReactNode;
  after?: ReactNode;
}

export function CodeForm({ action, fields, submitLabel, initial = {}, done, before, after }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  // After a refused submit, focus lands on the first field with an error, so a screen reader
  // reads its label and the error tied to it.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const finished = done?.(state);
  if (finished) return finished;
  return (
    <>
      {before}
      <form ref={form} action={formAction} className="mt-6 grid max-w-sm gap-5" noValidate>
        {fields.map((f) => {
          const error = state.fields?.[f.name];
          return (
            <div key={f.name} className="grid gap-1.5">
              <label htmlFor={f.name} className="font-semibold">
                {f.label}
              </label>
              {f.hint && (
                <p id={`${f.name}-hint`} className="text-sm text-muted">
                  {f.hint}
                </p>
              )}
              <input
                id={f.name}
                name={f.name}
                defaultValue={state.values?.[f.name] ?? initial[f.name] ?? ""}
                maxLength={f.maxLength}
                required
                autoComplete={f.autoComplete ?? "off"}
                autoCapitalize={f.code ? "characters" : undefined}
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={[f.hint ? `${f.name}-hint` : "", error ? `${f.name}-error` : ""].join(" ").trim() || undefined}
                className={`rounded-lg border border-stone-400 px-3 py-2 text-lg focus:border-accent ${f.code ? "font-mono uppercase tracking-widest" : ""}`}
              />
              {error && (
                <p id={`${f.name}-error`} className="text-sm text-red-800">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <div>
          <button type="submit" disabled={pending} className="rounded-lg bg-accent px-5 py-2.5 font-semibold text-white hover:bg-accent-strong disabled:opacity-60">
            {pending ? "One moment…" : submitLabel}
          </button>
        </div>
        <div aria-live="polite">
          {state.error && (
            <p role="alert" className="rounded-lg border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
              {state.error}
            </p>
          )}
        </div>
      </form>
      {after}
    </>
  );
}
