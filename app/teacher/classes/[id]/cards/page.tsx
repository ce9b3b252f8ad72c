import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { loadClass } from "../../../_lib/teacher";
import { PrintButton } from "../_components/print-button";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: `Login cards · ${(await loadClass((await params).id)).name}` };
}

// On paper: only the cards, no site header or footer, and no card split across pages.
const PRINT_CSS = `@media print {
  body > header, body > footer, body > a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  @page { margin: 12mm; }
}`;

export default async function LoginCardsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const cls = await loadClass(id);
  const host = (await headers()).get("host") ?? "this site";

  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="print:hidden">
        <p className="text-sm">
          <Link href={`/teacher/classes/${cls.id}`} className="underline">← {cls.name}</Link>
        </p>
        <h1 className="mt-4 text-3xl font-semibold tracking-tight">Login cards for {cls.name}</h1>
        <p className="mt-2 max-w-prose text-muted">
          One card per student, to cut out and hand back. A card signs its student in on any device: keep them like keys.
        </p>
        <div className="mt-4">
          <PrintButton />
        </div>
      </div>
      {cls.roster.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-rule p-5 text-muted">No students yet, so no cards. Cards appear here once students join.</p>
      ) : (
        <ul aria-label="Login cards" className="mt-6 grid gap-4 sm:grid-cols-2 print:mt-0 print:grid-cols-2 print:gap-3">
          {cls.roster.map((s) => (
            <li key={s.id} className="break-inside-avoid rounded-lg border-2 border-dashed border-stone-400 bg-white p-4 print:border-black">
              <p className="text-lg font-semibold">{s.displayName}</p>
              <p className="text-sm text-muted">{cls.name}</p>
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="text-sm">Go to</dt>
                <dd className="font-mono text-sm">{host}/join/back</dd>
                <dt className="text-sm">Class code</dt>
                <dd className="font-mono font-bold tracking-wider">{cls.joinCode}</dd>
                <dt className="text-sm">Personal code</dt>
                <dd className="font-mono font-bold tracking-wider">{s.personalCode}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
