// Archived classes, below the active ones: each links to its data page to restore, download or
// delete it. Nothing shows when there are none.
import Link from "next/link";
import { listArchivedClasses } from "@/lib/server/dal/privacy";
import { teacherPage } from "../_lib/teacher";
import { LocalTime } from "./local-time";

export async function ArchivedClasses() {
  const { actor, db } = await teacherPage();
  const archived = await listArchivedClasses(db, actor);
  if (archived.length === 0) return null;
  return (
    <section aria-labelledby="archived-classes">
      <h2 id="archived-classes" className="text-xl font-semibold">
        Archived classes
      </h2>
      <ul className="mt-2 grid gap-1 text-sm">
        {archived.map((c) => (
          <li key={c.id}>
            <Link href={`/teacher/classes/${c.id}/privacy`} className="underline">
              {c.name}
            </Link>{" "}
            <span className="text-muted">
              · archived <LocalTime ms={c.archivedAt} dateOnly />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
