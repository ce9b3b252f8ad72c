"use client";
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { assignQuizAction } from "../actions";
import { FEEDBACK_LABELS, FEEDBACK_MODES } from "../_lib/due";
import { idle } from "../_lib/form";
import { FormMessage, SelectField, SubmitButton, TextField, useFocusFirstError } from "./fields";

interface Props {
  quizId: string;
  quizTitle: string;
  classes: { id: string; name: string }[];
}

/** One quiz → one class, with an optional due time and the rule for releasing feedback. */
export function AssignForm({ quizId, quizTitle, classes }: Props) {
  const [state, action] = useActionState(assignQuizAction, idle);
  const ref = useFocusFirstError(state);
  const tz = useRef<HTMLInputElement>(null);
  // The browser's offset from UTC on the due date itself (daylight saving may differ from today)
  // turns the wall-clock due time into one instant on the server.
  function setOffset(local: string) {
    const at = local ? new Date(local) : new Date();
    if (tz.current) tz.current.value = String((Number.isNaN(at.getTime()) ? new Date() : at).getTimezoneOffset());
  }
  useEffect(() => {
    if (tz.current && !tz.current.value) tz.current.value = String(new Date().getTimezoneOffset());
  });
  const v = state.values ?? {};
  const f = state.fields ?? {};
  const assignedTo = state.href ? classes.find((c) => c.id === v.classId)?.name : undefined;
  return (
    <form ref={ref} action={action} noValidate aria-label={`Assign “${quizTitle}”`} className="mt-3">
      <input type="hidden" name="quizId" value={quizId} />
      <input ref={tz} type="hidden" name="tzOffset" defaultValue="" />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-start">
        <SelectField label="Class" name="classId" defaultValue={v.classId ?? classes[0]?.id} error={f.classId}>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Due" name="due" type="datetime-local" defaultValue={v.due} error={f.due} hint="Optional" onChange={(e) => setOffset(e.target.value)} />
        <SelectField label="Feedback" name="feedback" defaultValue={v.feedback ?? "after-submit"} error={f.feedback}>
          {FEEDBACK_MODES.map((m) => (
            <option key={m} value={m}>
              {FEEDBACK_LABELS[m]}
            </option>
          ))}
        </SelectField>
        <div className="sm:pt-7">
          <SubmitButton pending="Assigning…">Assign</SubmitButton>
        </div>
      </div>
      <FormMessage error={state.error} message={assignedTo ? `Assigned to ${assignedTo}.` : state.message}>
        {state.href && <Link href={state.href} className="underline">See results</Link>}
      </FormMessage>
    </form>
  );
}
