import type { HeaderField } from "@/lib/engine";

const LABELS: Record<HeaderField, string> = { title: "headline", outlet: "publisher", byline: "author", date: "date" };

/** Says plainly which header facts the article does not give: itself a media-literacy clue. */
export function MissingNote({ missing }: { missing: HeaderField[] }) {
  if (missing.length === 0) return null;
  const names = missing.map((m) => LABELS[m]);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
  return (
    <p className="mt-4 rounded-md bg-note px-3 py-2 text-sm text-note-ink" role="note">
      <strong className="font-semibold">Missing:</strong> this copy of the article has no {list}. Ask yourself how you could
      check who wrote it and when.
    </p>
  );
}
