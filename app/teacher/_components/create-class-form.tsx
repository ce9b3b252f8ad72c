"use client";
import { useActionState } from "react";
import { createClassAction } from "../actions";
import { idle } from "../_lib/form";
import { FormMessage, SubmitButton, TextField, useFocusFirstError } from "./fields";

export function CreateClassForm() {
  const [state, action] = useActionState(createClassAction, idle);
  const ref = useFocusFirstError(state);
  return (
    <form ref={ref} action={action} noValidate aria-label="Create a class">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          label="Class name"
          name="name"
          required
          maxLength={80}
          autoComplete="off"
          placeholder="e.g. Period 3 English"
          defaultValue={state.values?.name}
          error={state.fields?.name}
          className="sm:w-80"
        />
        <div className="sm:pt-7">
          <SubmitButton pending="Creating class…">Create class</SubmitButton>
        </div>
      </div>
      <FormMessage error={state.error} />
    </form>
  );
}
