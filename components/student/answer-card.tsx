"use client";
// One question of an assignment. Choices save as soon as one is picked; written answers save
// when the student stops typing for a moment or leaves the box.
import { useEffect, useId, useRef } from "react";
import type { StudentQuestionDto } from "@/lib/server/dal/attempts";
import type { Feedback } from "@/components/questions/types";
import { FeedbackPanel } from "@/components/questions/feedback-panel";
import { ReadAloudButton } from "@/components/reading/read-aloud-button";
import { SaveStatusLine } from "./save-status";
import type { SaveStatus } from "./use-autosave";
import { ChoiceList, LETTERS } from "@/components/questions/choice-list";

const TYPING_PAUSE_MS = 800;

interface Props {
  question: StudentQuestionDto;
  answer: string | number | undefined;
  status: SaveStatus | undefined;
  feedback: Feedback | null;
  disabled: boolean;
  onChange: (answer: string | number) => void;
  onSave: (answer: string | number) => void;
  onShowEvidence: (feedback: Feedback) => void;
}

export function AnswerCard({ question, answer, status, feedback, disabled, onChange, onSave, onShowEvidence }: Props) {
  const id = useId();
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const hasOptions = question.options !== null && question.options.length > 0;
  // Words typed just before the tab is hidden or closed go to the outbox instead of waiting.
  const pendingText = useRef<string | null>(null);
  const saveRef = useRef(onSave);
  useEffect(() => {
    saveRef.current = onSave;
  });
  useEffect(() => {
    const now = () => {
      if (!typing.current || pendingText.current === null) return;
      clearTimeout(typing.current);
      typing.current = null;
      saveRef.current(pendingText.current);
    };
    const hidden = () => document.visibilityState === "hidden" && now();
    window.addEventListener("pagehide", now);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("pagehide", now);
      document.removeEventListener("visibilitychange", hidden);
      if (typing.current) clearTimeout(typing.current);
    };
  }, []);

  function type(value: string) {
    onChange(value);
    pendingText.current = value;
    if (typing.current) clearTimeout(typing.current);
    typing.current = setTimeout(() => {
      typing.current = null;
      onSave(value);
    }, TYPING_PAUSE_MS);
  }

  function leave(value: string) {
    if (!typing.current) return;
    clearTimeout(typing.current);
    typing.current = null;
    onSave(value);
  }

  return (
    <section aria-labelledby={`${id}-number ${id}-prompt`} className="rounded-xl border border-rule bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${id}-number`} className="text-xs font-semibold uppercase tracking-wide text-muted">
          Question {question.number}
          <span className="sr-only">:</span>
          <span className="font-normal normal-case"> · {question.category === "media-literacy" ? "Media literacy" : "Comprehension"}</span>
        </h2>
        <ReadAloudButton pieces={[question.prompt, ...(question.options ?? []).map((o, i) => `${LETTERS[i]}. ${o}`)]} what={`question ${question.number}`} />
      </div>
      <fieldset disabled={disabled} className="mt-2">
        <legend id={`${id}-prompt`} className="text-[1.05rem] font-medium leading-snug">
          {question.prompt}
        </legend>
        {hasOptions ? (
          <ChoiceList
            name={`${id}-choice`}
            options={question.options!}
            chosen={typeof answer === "number" ? answer : null}
            onPick={(i) => {
              onChange(i);
              onSave(i);
            }}
          />
        ) : (
          <div className="mt-3">
            <label htmlFor={`${id}-text`} className="sr-only">
              Your answer
            </label>
            <textarea
              id={`${id}-text`}
              value={typeof answer === "string" ? answer : ""}
              onChange={(e) => type(e.target.value)}
              onBlur={(e) => leave(e.target.value)}
              rows={question.format === "open" ? 4 : 2}
              maxLength={2000}
              className="w-full rounded-lg border border-stone-400 px-3 py-2 text-base focus:border-accent"
              placeholder={question.format === "open" ? "Write a few sentences…" : "Your answer"}
            />
          </div>
        )}
      </fieldset>
      <div className="mt-2">
        <SaveStatusLine status={status} />
      </div>
      <div aria-live="polite">{feedback && <FeedbackPanel feedback={feedback} onShowEvidence={() => onShowEvidence(feedback)} />}</div>
    </section>
  );
}
