"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "../../../_components/fields";
import { idle } from "../../../_lib/form";
import { resetJoinCodeAction, setJoinOpenAction } from "../actions";

/** Reset the join code (a leaked code stops working) and lock or reopen joining. */
export function JoinControls({ classId, joinOpen }: { classId: string; joinOpen: boolean }) {
  const [reset, resetAction] = useActionState(resetJoinCodeAction, idle);
  const [lock, lockAction] = useActionState(setJoinOpenAction, idle);
  return (
    <div>
      <div className="flex flex-wrap gap-3">
        <form action={resetAction}>
          <input type="hidden" name="classId" value={classId} />
          <SubmitButton variant="secondary" pending="Making a new code…">
            New join code
          </SubmitButton>
        </form>
        <form action={lockAction}>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="open" value={joinOpen ? "0" : "1"} />
          <SubmitButton variant="secondary" pending={joinOpen ? "Locking…" : "Opening…"}>
            {joinOpen ? "Lock joining" : "Open joining"}
          </SubmitButton>
        </form>
      </div>
      <FormMessage error={reset.error} message={reset.message} />
      <FormMessage error={lock.error} message={lock.message} />
    </div>
  );
}
