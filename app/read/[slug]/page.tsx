import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticle } from "@/lib/server/library";
import { ArticleText } from "@/components/article/article-text";
import { MissingNote } from "@/components/article/missing-note";
import { gradeLabel } from "@/components/article/grade-label";
import { ReadingToolbar } from "@/components/reading/reading-toolbar";
import { VocabularyList } from "@/components/reading/vocabulary-list";
import { getQuiz } from "@/lib/server/quiz";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await getArticle((await params).slug);
  return { title: found ? found.displayTitle : "Article not found" };
}

export default async function ReadPage({ params }: Params) {
  const found = await getArticle((await params).slug);
  if (!found) notFound();
  const { article, meta, stats } = found;
  // The analysis (cached with the quiz) gives sentences to read aloud and the words to pre-teach.
  const analysis = (await getQuiz(found.slug))?.analysis;
  const { header } = article;
  // Facts the library knows from the sidecar are not "missing" to the reader, just not in the text.
  const known = { title: meta.title, outlet: meta.source, date: meta.date, byline: undefined } as const;
  const missing = article.missing.filter((f) => !known[f]);
  // The missing note reports the text itself; a date the library knows is shown, labelled as such.
  return (
    <article className="mx-auto max-w-[68ch]" aria-labelledby="article-title">
      <p className="text-sm">
        <Link href="/">← Library</Link>
      </p>
      <header className="mt-6 border-b border-rule pb-6">
        <p className="text-xs font-semibold uppercase tracking-wide text-muted">{found.outlet ?? "Unknown source"}</p>
        <h1 id="article-title" className="mt-2 font-serif text-3xl leading-tight sm:text-4xl">
          {found.hasHeadline ? found.displayTitle : <span className="italic">{found.displayTitle}</span>}
        </h1>
        <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
          {header.byline && <span>{header.byline.text}</span>}
          {header.date ? <span>{header.date.text}</span> : meta.date ? <span>Published {meta.date} (from the library)</span> : null}
          <span>{stats.words.toLocaleString("en-US")} words</span>
          <span>{stats.readingMinutes} min read</span>
          <span>{gradeLabel(stats.grade)}</span>
        </p>
        <MissingNote missing={missing} />
        <p className="mt-5">
          <Link href={`/practice/${found.slug}`} prefetch={false} className="inline-block rounded-lg bg-accent px-4 py-2 font-semibold text-white no-underline hover:bg-accent-strong hover:text-white">
            Practice with questions
          </Link>
        </p>
      </header>
      <div className="mt-8 sm:pl-2">
        <ReadingToolbar source={{ slug: found.slug }} sentences={analysis?.sentences.map((x) => [x.start, x.end] as const)} />
        <VocabularyList items={analysis?.vocabulary ?? []} />
        <ArticleText text={article.text} paragraphs={article.paragraphs} dateline={header.dateline} />
      </div>
      <footer className="mt-10 border-t border-rule pt-4 text-sm text-muted">
        {meta.url && (
          <p>
            Source: <a href={meta.url} rel="noopener noreferrer nofollow">{meta.url}</a>
          </p>
        )}
        {meta.license && <p className="mt-1">Licence: {meta.license}</p>}
        {meta.note && <p className="mt-1">{meta.note}</p>}
      </footer>
    </article>
  );
}
