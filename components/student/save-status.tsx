import type { SaveStatus } from "./use-autosave";

const OFFLINE = "Not saved — retrying";

/** The one line under each question that says whether the server has the answer. */
export function SaveStatusLine({ status }: { status: SaveStatus | undefined }) {
  const s = status?.state;
  const tone = s === "saved" ? "text-green-800" : s === "retrying" || s === "failed" ? "text-red-800" : "text-muted";
  return (
    <p role="status" className={`min-h-5 text-sm ${tone}`}>
      {s === "saving" && "Saving…"}
      {s === "saved" && "Saved"}
      {s === "retrying" && (
        <>
          {OFFLINE}
          {status?.message && status.message !== OFFLINE && <span className="block">{status.message}</span>}
        </>
      )}
      {s === "failed" && `Not saved: ${status?.message ?? "please try again."}`}
    </p>
  );
}
