import type { Metadata } from "next";
import Link from "next/link";
import { openAttempt } from "@/lib/server/dal/attempts";
import { attemptHighlights } from "@/lib/server/dal/highlights";
import { assignmentReading } from "@/lib/server/dal/reading";
import { ReadingToolbar } from "@/components/reading/reading-toolbar";
import { VocabularyList } from "@/components/reading/vocabulary-list";
import { AttemptSession } from "@/components/student/attempt-session";
import { submitAction } from "../../actions";
import { formatDue } from "../../_lib/due";
import { orNotFound, studentPage } from "../../_lib/student";

export const metadata: Metadata = { title: "Assignment" };

type Params = { params: Promise<{ id: string }> };

export default async function AssignmentPage({ params }: Params) {
  const { id } = await params;
  const { actor, db } = await studentPage();
  const view = await orNotFound(openAttempt(db, actor, id));
  const [highlights, reading] = await Promise.all([attemptHighlights(db, actor, view.attemptId), assignmentReading(db, actor, id)]);
  return (
    <div>
      <p className="text-sm">
        <Link href="/student">← Your assignments</Link>
      </p>
      <h1 className="mt-4 font-serif text-2xl leading-tight sm:text-3xl">{view.title}</h1>
      <p className="mt-2 max-w-prose text-muted">
        {view.dueAt ? `Due ${formatDue(view.dueAt)}. ` : ""}Read the article and answer the questions. Every answer saves as you go, even
        if the connection drops.
      </p>
      <div className="mt-6">
        <ReadingToolbar source={{ assignment: view.assignmentId }} sentences={reading.sentences} />
        <VocabularyList items={reading.vocabulary} />
      </div>
      {/* A new key after submitting starts the session afresh with the released feedback. */}
      <AttemptSession key={view.submittedAt ?? "open"} view={view} highlights={highlights} submit={submitAction} />
    </div>
  );
}
