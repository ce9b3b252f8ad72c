import Link from "next/link";
import { POS_LABELS } from "./definition";
import type { VocabularyEntry } from "@/lib/reading/definition";

export type { VocabularyEntry };

/**
 * The words to know before reading, each in the sense the article uses: a disclosure that
 * works without JavaScript.
 */
export function VocabularyList({ items }: { items: VocabularyEntry[] }) {
  if (items.length === 0) return null;
  return (
    <details className="mb-6 rounded-lg border border-rule bg-white font-sans">
      <summary className="cursor-pointer rounded-lg px-4 py-2.5 font-semibold">
        Vocabulary: {items.length} {items.length === 1 ? "word" : "words"} to know
      </summary>
      <dl className="grid gap-3 border-t border-rule px-4 py-3">
        {items.map((v) => (
          <div key={`${v.lemma}|${v.pos}`}>
            <dt>
              <span className="font-semibold">{v.lemma}</span> <span className="italic text-muted">({POS_LABELS[v.pos]})</span>
            </dt>
            <dd className="mt-0.5">
              {v.definition}.{" "}
              <Link href={`#p${v.paragraph + 1}`} className="text-sm whitespace-nowrap">
                “{v.text}”, paragraph {v.paragraph + 1}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
