"use client";
// Form pieces shared by the teacher pages: a labelled field whose hint and error are tied to it
// with aria-describedby, a submit button that says what is happening, and the form's message.
import { useEffect, useId, useRef } from "react";
import { useFormStatus } from "react-dom";

const control =
  "mt-1 block w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-ink focus:border-accent aria-[invalid=true]:border-red-700";

interface FieldProps {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  className?: string;
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

function FieldText({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </>
  );
}

export function TextField({
  label,
  name,
  error,
  hint,
  className,
  ...input
}: FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className">) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={control} {...input} />
      <FieldText id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  className,
  ...area
}: FieldProps & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "className">) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <textarea id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={control} {...area} />
      <FieldText id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  className,
  children,
  ...select
}: FieldProps & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "className">) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={control} {...select}>
        {children}
      </select>
      <FieldText id={id} hint={hint} error={error} />
    </div>
  );
}

/** The form's submit button; while the action runs it is disabled and says so. */
export function SubmitButton({
  children,
  pending: pendingText,
  variant = "primary",
  label,
}: {
  children: string;
  pending: string;
  variant?: "primary" | "secondary";
  /** A fuller accessible name when the visible text is short, e.g. "Remove Ana" for "Remove". */
  label?: string;
}) {
  const { pending } = useFormStatus();
  const look =
    variant === "primary"
      ? "bg-accent text-white hover:bg-accent-strong"
      : "border border-stone-400 bg-white text-ink hover:border-accent";
  return (
    <button type="submit" disabled={pending} aria-label={label} className={`min-h-11 rounded-lg px-4 py-2 font-semibold disabled:cursor-wait disabled:opacity-70 ${look}`}>
      {pending ? pendingText : children}
    </button>
  );
}

/** The form-level message: errors as alerts, successes as polite status updates. */
export function FormMessage({ error, message, children }: { error?: string; message?: string; children?: React.ReactNode }) {
  // Both live regions are always present (empty), so screen readers announce what appears in them.
  return (
    <div>
      <div role="alert">{error && <p className="mt-3 rounded-lg border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">{error}</p>}</div>
      <div role="status">
        {message && (
          <p className="mt-3 rounded-lg border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
            {message} {children}
          </p>
        )}
      </div>
    </div>
  );
}

/** After a refused submit, focus the first field with an error so keyboard users land on it. */
export function useFocusFirstError(state: object) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return ref;
}
