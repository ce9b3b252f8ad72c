"use client";
import { useActionState } from "react";
import { createQuizAction } from "../actions";
import { idle } from "../_lib/form";
import { GeneratingNote } from "./generating-note";
import { FormMessage, SelectField, SubmitButton, useFocusFirstError } from "./fields";

export interface ArticleChoice {
  slug: string;
  title: string;
}

/** Quiz creation analyses the article and writes questions: it takes a moment, and says so. */
export function CreateQuizForm({ articles }: { articles: ArticleChoice[] }) {
  const [state, action] = useActionState(createQuizAction, idle);
  const ref = useFocusFirstError(state);
  return (
    <form ref={ref} action={action} noValidate aria-label="Create a quiz" className="grid gap-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <SelectField label="Article" name="slug" required defaultValue="" error={state.fields?.slug} hint="From the library. Evident writes the questions and ties each answer to the text." className="min-w-0 sm:flex-1">
          <option value="" disabled>
            Choose an article…
          </option>
          {articles.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.title}
            </option>
          ))}
        </SelectField>
        <div className="sm:pt-7">
          <SubmitButton pending="Creating quiz…">Create quiz</SubmitButton>
        </div>
      </div>
      <GeneratingNote />
      <FormMessage error={state.error} message={state.message} />
    </form>
  );
}
