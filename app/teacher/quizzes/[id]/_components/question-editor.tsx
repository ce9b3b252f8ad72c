"use client";
// Editing a question or writing a new one: prompt, options and key, accepted answers, the
// explanation, and (optionally) the sentence or paragraph that supports the key. Saving re-checks
// the key against the article on the server.
import { useId, useState } from "react";
import type { Span } from "@/lib/engine";
import type { BuilderItem, EditableFormat, QuestionDraft } from "@/lib/server/dal/quiz-builder";

export interface EditorResult {
  ok: boolean;
  error?: string;
  fields?: Record<string, string>;
}

interface Props {
  /** The question being edited, or null for a new one. */
  item: BuilderItem | null;
  label: string;
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  onSave: (draft: QuestionDraft) => Promise<EditorResult>;
  onCancel: () => void;
}

const LETTERS = "ABCDEF";
const TF = ["True", "False", "Not stated"];
const NEW_KINDS: { format: EditableFormat; label: string }[] = [
  { format: "mc", label: "Multiple choice" },
  { format: "tf", label: "True, false or not stated" },
  { format: "short", label: "Short answer" },
];
const control = "mt-1 block w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-ink focus:border-accent aria-[invalid=true]:border-red-700";
const small = "min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium text-ink hover:border-accent disabled:opacity-60";

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

export function QuestionEditor({ item, label, text, paragraphs, sentences, onSave, onCancel }: Props) {
  const id = useId();
  const q = item?.question;
  const [format, setFormat] = useState<EditableFormat>(q?.format ?? "mc");
  const [prompt, setPrompt] = useState(q?.prompt ?? "");
  const [options, setOptions] = useState<string[]>(q?.options ?? ["", "", ""]);
  const [keyOption, setKeyOption] = useState<number | undefined>(q?.key.option);
  const [accepted, setAccepted] = useState((q?.key.accepted ?? []).join("\n"));
  const [explanation, setExplanation] = useState(q?.explanation ?? "");
  const [evidence, setEvidence] = useState("auto");
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<EditorResult | null>(null);
  const f = result?.fields ?? {};

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const draft: QuestionDraft = { format, prompt, explanation };
    if (format === "mc") {
      draft.options = options;
      if (keyOption !== undefined) draft.keyOption = keyOption;
    } else if (format === "tf") {
      if (keyOption !== undefined) draft.keyOption = keyOption;
    } else if (format === "short" || format === "cloze") {
      draft.accepted = accepted.split("\n").map((a) => a.trim()).filter((a) => a !== "");
    }
    const [kind, n] = evidence.split(":");
    const chosen = kind === "p" ? paragraphs[Number(n)] : kind === "s" ? sentences[Number(n)] : undefined;
    if (chosen) draft.evidence = [{ start: chosen.start, end: chosen.end }];
    setPending(true);
    const r = await onSave(draft);
    setPending(false);
    setResult(r);
    // Keyboard users land on what needs fixing.
    if (!r.ok) requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"] p')?.focus());
  }

  const err = (name: string) => (f[name] ? { "aria-invalid": true, "aria-describedby": `${id}-${name}-error` } : {});
  const errorText = (name: string) =>
    f[name] ? (
      <p id={`${id}-${name}-error`} className="mt-1 text-sm font-medium text-red-800">
        {f[name]}
      </p>
    ) : null;
  const keyError = f.keyOption ?? (format === "mc" || format === "tf" ? undefined : f.accepted);

  return (
    <form onSubmit={submit} noValidate aria-label={label} className="grid gap-4 rounded-lg border border-accent bg-blue-50/40 p-4">
      <fieldset disabled={pending} className="grid gap-4">
        <legend className="font-semibold">{label}</legend>
        {!item && (
          <fieldset>
            <legend className="font-medium">Kind of question</legend>
            <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
              {NEW_KINDS.map((k) => (
                <label key={k.format} className="flex min-h-11 items-center gap-2">
                  <input
                    type="radio"
                    name={`${id}-format`}
                    checked={format === k.format}
                    onChange={() => {
                      setFormat(k.format);
                      setKeyOption(undefined);
                    }}
                  />
                  {k.label}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <div>
          <label htmlFor={`${id}-prompt`} className="block font-medium">
            {format === "tf" ? "Statement" : "Question"}
          </label>
          {format === "tf" && (
            <p id={`${id}-prompt-hint`} className="mt-1 text-sm text-muted">
              Students decide whether the article says this is true, says it is false, or does not say.
            </p>
          )}
          <textarea
            id={`${id}-prompt`}
            rows={Math.min(6, Math.max(2, Math.ceil(prompt.length / 60)))}
            value={prompt}
            onChange={(e) => setPrompt(e.target.value)}
            className={control}
            {...err("prompt")}
            aria-describedby={[format === "tf" ? `${id}-prompt-hint` : "", f.prompt ? `${id}-prompt-error` : ""].filter(Boolean).join(" ") || undefined}
          />
          {errorText("prompt")}
        </div>

        {format === "mc" && (
          <fieldset>
            <legend className="font-medium">Options — mark the correct one</legend>
            <div className="mt-1 grid gap-2">
              {options.map((o, i) => (
                <div key={i} className="flex items-center gap-2">
                  <input
                    type="radio"
                    id={`${id}-key-${i}`}
                    name={`${id}-key`}
                    checked={keyOption === i}
                    onChange={() => setKeyOption(i)}
                    aria-label={`Option ${LETTERS[i]} is correct`}
                    className="size-5 shrink-0"
                  />
                  <label htmlFor={`${id}-opt-${i}`} className="w-20 shrink-0 text-sm font-medium">
                    Option {LETTERS[i]}
                  </label>
                  <input
                    id={`${id}-opt-${i}`}
                    value={o}
                    onChange={(e) => setOptions(options.map((x, j) => (j === i ? e.target.value : x)))}
                    className={`${control} mt-0`}
                    {...err("options")}
                  />
                  {options.length > 2 && (
                    <button
                      type="button"
                      className={small}
                      onClick={() => {
                        setOptions(options.filter((_, j) => j !== i));
                        if (keyOption !== undefined) setKeyOption(keyOption === i ? undefined : keyOption > i ? keyOption - 1 : keyOption);
                      }}
                    >
                      Remove<span className="sr-only"> option {LETTERS[i]}</span>
                    </button>
                  )}
                </div>
              ))}
            </div>
            {options.length < 6 && (
              <button type="button" className={`${small} mt-2`} onClick={() => setOptions([...options, ""])}>
                Add an option
              </button>
            )}
            {errorText("options")}
          </fieldset>
        )}

        {format === "tf" && (
          <fieldset>
            <legend className="font-medium">The answer</legend>
            <div className="mt-1 flex flex-wrap gap-x-5">
              {TF.map((t, i) => (
                <label key={t} className="flex min-h-11 items-center gap-2">
                  <input type="radio" name={`${id}-tf`} checked={keyOption === i} onChange={() => setKeyOption(i)} />
                  {t}
                </label>
              ))}
            </div>
          </fieldset>
        )}

        {(format === "short" || format === "cloze") && (
          <div>
            <label htmlFor={`${id}-accepted`} className="block font-medium">
              Accepted answers
            </label>
            <p id={`${id}-accepted-hint`} className="mt-1 text-sm text-muted">
              One per line. Any one of them counts as right; Evident also accepts close wordings.
            </p>
            <textarea
              id={`${id}-accepted`}
              rows={2}
              value={accepted}
              onChange={(e) => setAccepted(e.target.value)}
              className={control}
              aria-invalid={f.accepted ? true : undefined}
              aria-describedby={`${id}-accepted-hint${f.accepted ? ` ${id}-accepted-error` : ""}`}
            />
            {errorText("accepted")}
          </div>
        )}
        {keyError && format !== "short" && format !== "cloze" && (
          <p className="text-sm font-medium text-red-800">{keyError}</p>
        )}

        <div>
          <label htmlFor={`${id}-explanation`} className="block font-medium">
            Explanation <span className="font-normal text-muted">(optional)</span>
          </label>
          <p id={`${id}-explanation-hint`} className="mt-1 text-sm text-muted">
            Shown to students with the evidence once feedback is released.
          </p>
          <textarea
            id={`${id}-explanation`}
            rows={2}
            value={explanation}
            onChange={(e) => setExplanation(e.target.value)}
            className={control}
            aria-invalid={f.explanation ? true : undefined}
            aria-describedby={`${id}-explanation-hint${f.explanation ? ` ${id}-explanation-error` : ""}`}
          />
          {errorText("explanation")}
        </div>

        <div>
          <label htmlFor={`${id}-evidence`} className="block font-medium">
            Evidence
          </label>
          <p id={`${id}-evidence-hint`} className="mt-1 text-sm text-muted">
            The passage that supports the answer. Left on automatic, Evident finds it from the answer.
          </p>
          <select id={`${id}-evidence`} value={evidence} onChange={(e) => setEvidence(e.target.value)} className={control} aria-describedby={`${id}-evidence-hint`}>
            <option value="auto">{item ? "Automatic (kept, or found again if the answer changed)" : "Automatic (found from the answer)"}</option>
            {paragraphs.map((p, pi) => (
              <optgroup key={p.start} label={`Paragraph ${pi + 1}`}>
                <option value={`p:${pi}`}>Whole paragraph {pi + 1}</option>
                {sentences.map((s, si) =>
                  s.start >= p.start && s.end <= p.end ? (
                    <option key={s.start} value={`s:${si}`}>
                      {clip(text.slice(s.start, s.end), 90)}
                    </option>
                  ) : null,
                )}
              </optgroup>
            ))}
          </select>
        </div>

        <div role="alert">
          {result && !result.ok && result.error && (
            <p tabIndex={-1} className="rounded-lg border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
              {result.error}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="min-h-11 rounded-lg bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong disabled:cursor-wait disabled:opacity-70">
            {pending ? "Saving and checking the answer…" : item ? "Save question" : "Add question"}
          </button>
          <button type="button" onClick={onCancel} className="min-h-11 rounded-lg border border-stone-400 bg-white px-4 py-2 font-semibold text-ink hover:border-accent">
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
