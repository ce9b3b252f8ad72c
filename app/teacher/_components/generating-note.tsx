"use client";
// While a quiz is being written the form says what is happening: analysing a long article and
// writing its questions takes seconds, and a silent button looks broken.
import { useFormStatus } from "react-dom";

export function GeneratingNote() {
  const { pending } = useFormStatus();
  // The live region is always present, so the message is announced when it appears.
  return (
    <div aria-live="polite">
      {pending && (
        <div className="rounded-lg border border-rule bg-stone-50 px-3 py-2 text-sm">
          <p>Reading the article and writing questions… A long article can take several seconds.</p>
          <progress aria-label="Writing questions" className="mt-2 block h-2 w-full accent-accent" />
        </div>
      )}
    </div>
  );
}
