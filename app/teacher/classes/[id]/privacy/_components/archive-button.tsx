"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "../../../../_components/fields";
import { idle } from "../../../../_lib/form";
import { setArchivedAction } from "../actions";

/** Archive at the end of a course (students signed out, results kept), or restore. */
export function ArchiveButton({ classId, archived }: { classId: string; archived: boolean }) {
  const [state, action] = useActionState(setArchivedAction, idle);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!archived && !window.confirm("Archive this class? Students are signed out and cannot join or sign in. Results stay until you delete the class.")) e.preventDefault();
      }}
    >
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="archived" value={archived ? "0" : "1"} />
      <SubmitButton variant="secondary" pending={archived ? "Restoring…" : "Archiving…"}>
        {archived ? "Restore class" : "Archive class"}
      </SubmitButton>
      <FormMessage error={state.error} message={state.message} />
    </form>
  );
}
