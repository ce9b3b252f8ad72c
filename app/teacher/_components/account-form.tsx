"use client";
// The sign-up and sign-in forms: the same fields, errors tied to each field, values kept after a
// refused submit (the password is never sent back).
import { useActionState } from "react";
import { idle, type FormState } from "../_lib/form";
import { FormMessage, SubmitButton, TextField, useFocusFirstError } from "./fields";

interface Props {
  mode: "sign-up" | "sign-in";
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
}

export function AccountForm({ mode, action }: Props) {
  const [state, formAction] = useActionState(action, idle);
  const formRef = useFocusFirstError(state);
  const f = state.fields ?? {};
  const v = state.values ?? {};
  const signUp = mode === "sign-up";
  return (
    <form ref={formRef} action={formAction} noValidate className="mt-6 grid gap-5">
      {signUp && <TextField label="Your name" name="displayName" autoComplete="name" maxLength={80} required defaultValue={v.displayName} error={f.displayName} hint="Students see this name on their assignments." />}
      <TextField label="Email" name="email" type="email" autoComplete="email" inputMode="email" spellCheck={false} required defaultValue={v.email} error={f.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete={signUp ? "new-password" : "current-password"}
        required
        minLength={signUp ? 10 : undefined}
        maxLength={256}
        error={f.password}
        hint={signUp ? "At least 10 characters. A short sentence is easy to remember and hard to guess." : undefined}
      />
      <div>
        <SubmitButton pending={signUp ? "Creating account…" : "Signing in…"}>{signUp ? "Create account" : "Sign in"}</SubmitButton>
        <FormMessage error={state.error} />
      </div>
    </form>
  );
}
