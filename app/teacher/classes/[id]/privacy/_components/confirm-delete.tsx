"use client";
// Deleting for good asks twice: open the form, then type the name. The button names what it
// deletes; a mistyped name is refused at the field and nothing is deleted.
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField, useFocusFirstError } from "../../../../_components/fields";
import { idle, type FormState } from "../../../../_lib/form";

export function ConfirmDelete({
  action: serverAction,
  hidden,
  name,
  what,
  summary,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  /** What must be typed. */
  name: string;
  /** "Ana's data", "the class". */
  what: string;
  summary: string;
}) {
  const [state, action] = useActionState(serverAction, idle);
  const ref = useFocusFirstError(state);
  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50">{summary}</summary>
      <form ref={ref} action={action} className="mt-3 max-w-md rounded-lg border border-red-700 bg-red-50 p-4 text-red-950">
        {Object.entries(hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <p className="text-sm">This deletes {what} for good. Download a copy first if the school keeps records.</p>
        <TextField label={`Type “${name}” to confirm`} name="confirmName" autoComplete="off" error={state.fields?.confirmName} className="mt-3" required />
        <div className="mt-3">
          <SubmitButton pending="Deleting…">{`Delete ${what}`}</SubmitButton>
        </div>
        <FormMessage error={state.fields?.confirmName ? undefined : state.error} message={state.message} />
      </form>
    </details>
  );
}
