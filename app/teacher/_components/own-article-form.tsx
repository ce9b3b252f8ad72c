"use client";
import { useActionState } from "react";
import { createQuizFromArticleAction } from "../actions";
import { idle } from "../_lib/form";
import { GeneratingNote } from "./generating-note";
import { FormMessage, SubmitButton, TextAreaField, TextField, useFocusFirstError } from "./fields";

/** A second way to a quiz: the teacher's own article, pasted or uploaded (.txt, .html, .docx). */
export function OwnArticleForm() {
  const [state, action] = useActionState(createQuizFromArticleAction, idle);
  const ref = useFocusFirstError(state);
  const v = state.values ?? {};
  const f = state.fields ?? {};
  return (
    <form ref={ref} action={action} noValidate aria-labelledby="own-article" className="grid gap-4">
      <h3 id="own-article" className="text-lg font-semibold">
        Or use your own article
      </h3>
      <TextField label="Title (optional)" name="title" maxLength={200} autoComplete="off" defaultValue={v.title} error={f.title} hint="Left empty, Evident uses the article's headline." />
      <TextAreaField
        label="Paste the article"
        name="text"
        rows={8}
        defaultValue={v.text}
        error={f.text}
        hint="Plain text or a copied web page; English news, up to 20,000 words."
        className="[&_textarea]:font-serif"
      />
      <TextField
        label="Upload a file"
        name="file"
        type="file"
        accept=".txt,.html,.htm,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        error={f.file}
        hint="Or a .txt, .html or .docx file up to 2 MB, instead of pasting."
      />
      <div>
        <SubmitButton pending="Creating quiz…">Create quiz from my article</SubmitButton>
      </div>
      <GeneratingNote />
      <FormMessage error={state.error} message={state.message} />
    </form>
  );
}
