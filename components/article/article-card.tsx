import Link from "next/link";
import { gradeLabel } from "./grade-label";

interface Props {
  slug: string;
  title: string;
  hasHeadline: boolean;
  outlet: string | null;
  words: number;
  readingMinutes: number;
  grade: number;
}

/** One article in the library: enough for a teacher to choose without opening it. */
export function ArticleCard({ slug, title, hasHeadline, outlet, words, readingMinutes, grade }: Props) {
  return (
    <article className="relative flex h-full flex-col rounded-xl border border-rule bg-white p-5 shadow-sm transition-shadow focus-within:shadow-md hover:shadow-md">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">{outlet ?? "Unknown source"}</p>
      <h2 className="mt-1 font-serif text-xl leading-snug">
        <Link href={`/read/${slug}`} prefetch={false} className="text-ink no-underline after:absolute after:inset-0 hover:underline">
          {hasHeadline ? title : <span className="italic">{title}</span>}
        </Link>
      </h2>
      {!hasHeadline && <p className="mt-1 text-sm text-note-ink">No headline: these are its first words.</p>}
      <dl className="mt-auto flex flex-wrap gap-x-4 gap-y-1 pt-4 text-sm text-muted">
        <div className="flex gap-1">
          <dt className="sr-only">Length</dt>
          <dd>{words.toLocaleString("en-US")} words</dd>
        </div>
        <div className="flex gap-1">
          <dt className="sr-only">Reading time</dt>
          <dd>{readingMinutes} min read</dd>
        </div>
        <div className="flex gap-1">
          <dt className="sr-only">Readability</dt>
          <dd>{gradeLabel(grade)}</dd>
        </div>
      </dl>
    </article>
  );
}
