import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { quizForPrint } from "@/lib/server/dal/quizzes";
import { PrintButton } from "../../../classes/[id]/_components/print-button";
import { orNotFound, teacherPage } from "../../../_lib/teacher";

const loadSheet = cache(async (id: string) => {
  const { actor, db } = await teacherPage();
  return orNotFound(quizForPrint(db, actor, id));
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: `Worksheet · ${(await loadSheet((await params).id)).title}` };
}

// On paper: no site chrome, no question split across pages, and the key starts on a new page.
const PRINT_CSS = `@media print {
  body > header, body > footer, body > a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  @page { margin: 15mm; }
  .worksheet-question, .worksheet-key li { break-inside: avoid; page-break-inside: avoid; }
  .worksheet-key { break-before: page; page-break-before: always; }
  .worksheet-paragraph { break-inside: avoid; }
}`;

const LETTERS = "ABCDEFGHIJ";

export default async function WorksheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const sheet = await loadSheet(id);
  const paragraphs = (n: number[]) => (n.length === 0 ? "" : n.length === 1 ? ` (paragraph ${n[0]})` : ` (paragraphs ${n.join(", ")})`);

  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="print:hidden">
        <p className="text-sm">
          <Link href="/teacher" className="underline">
            ← Your classes
          </Link>
        </p>
        <p className="mt-4 max-w-prose text-muted">A worksheet for paper: the article with numbered paragraphs, the questions, and the answer key on its own page.</p>
        <div className="mt-4">
          <PrintButton />
        </div>
      </div>
      <article aria-labelledby="worksheet-title" className="mt-6 print:mt-0">
        <h1 id="worksheet-title" className="font-serif text-2xl font-semibold leading-snug sm:text-3xl">
          {sheet.title}
        </h1>
        <p className="mt-2 text-sm">Name: ____________________________ Date: ______________</p>
        <section aria-labelledby="ws-article" className="mt-6">
          <h2 id="ws-article" className="text-xl font-semibold">
            The article
          </h2>
          <ol className="mt-3 grid gap-3 font-serif leading-relaxed">
            {sheet.paragraphs.map((p, i) => (
              <li key={i} className="worksheet-paragraph grid grid-cols-[2.5rem_minmax(0,1fr)] gap-2">
                <span className="text-right font-sans text-sm tabular-nums text-muted" aria-hidden="true">
                  {i + 1}
                </span>
                <p>
                  <span className="sr-only">Paragraph {i + 1}: </span>
                  {p}
                </p>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="ws-questions" className="mt-8">
          <h2 id="ws-questions" className="text-xl font-semibold">
            Questions
          </h2>
          <ol className="mt-3 grid gap-5">
            {sheet.questions.map((q) => (
              <li key={q.number} className="worksheet-question">
                <p className="font-medium">
                  {q.number}. {q.prompt}
                </p>
                {q.options ? (
                  <ol className="mt-2 grid gap-1 pl-6">
                    {q.options.map((o, i) => (
                      <li key={i}>
                        <span className="inline-block w-6 font-semibold">{LETTERS[i]}.</span> {o}
                      </li>
                    ))}
                  </ol>
                ) : (
                  <div className="mt-2 grid gap-6 pl-6" aria-hidden="true">
                    <div className="border-b border-stone-500" />
                    <div className="border-b border-stone-500" />
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="ws-key" className="worksheet-key mt-10 border-t-2 border-dashed border-rule pt-6 print:border-0 print:pt-0">
          <h2 id="ws-key" className="text-xl font-semibold">
            Answer key
          </h2>
          <ol className="mt-3 grid gap-3">
            {sheet.questions.map((q) => (
              <li key={q.number}>
                <p>
                  <span className="font-semibold">{q.number}.</span> {q.answer}
                  <span className="text-muted">{paragraphs(q.evidenceParagraphs)}</span>
                </p>
                {q.explanation && <p className="text-sm text-muted">{q.explanation}</p>}
              </li>
            ))}
          </ol>
        </section>
      </article>
    </>
  );
}
