import type { Metadata } from "next";
import { listArticles } from "@/lib/server/library";
import { ArticleCard } from "@/components/article/article-card";

export const metadata: Metadata = { title: "Library" };
// The library is read from content/ at request time so dropped-in articles appear without a rebuild.
export const dynamic = "force-dynamic";

export default async function LibraryPage() {
  const articles = await listArticles();
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Library</h1>
      <p className="mt-2 max-w-prose text-muted">
        Pick an article to read. Each one shows who published it, how long it is and how hard it reads.
      </p>
      {articles.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-rule p-6 text-muted">
          The library is empty. Add an article by putting its <code>.txt</code> file in <code>content/library/</code>.
        </p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2" aria-label={`${articles.length} articles`}>
          {articles.map((a) => (
            <li key={a.slug}>
              <ArticleCard
                slug={a.slug}
                title={a.displayTitle}
                hasHeadline={a.hasHeadline}
                outlet={a.outlet}
                words={a.stats.words}
                readingMinutes={a.stats.readingMinutes}
                grade={a.stats.grade}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
