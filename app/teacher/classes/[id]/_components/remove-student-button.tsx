"use client";
import { useActionState } from "react";
import { SubmitButton } from "../../../_components/fields";
import { idle } from "../../../_lib/form";
import { removeStudentAction } from "../actions";

/** Asks before removing: the student is signed out at once and cannot come back with their card. */
export function RemoveStudentButton({ classId, studentId, name }: { classId: string; studentId: string; name: string }) {
  const [state, action] = useActionState(removeStudentAction, idle);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`Remove ${name} from this class? They are signed out at once and their login card stops working.`)) e.preventDefault();
      }}
      className="inline-flex items-center gap-2"
    >
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      <SubmitButton variant="secondary" pending="Removing…" label={`Remove ${name}`}>
        Remove
      </SubmitButton>
      {state.error && (
        <span role="alert" className="text-sm text-red-800">
          {state.error}
        </span>
      )}
    </form>
  );
}
