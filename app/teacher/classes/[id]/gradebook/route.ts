// GET the class gradebook as CSV: one row per student, one column per assignment (teacher only).
import { database } from "@/lib/server/db";
import { currentActor } from "@/lib/server/session";
import { classGradebookCsv } from "@/lib/server/dal/class-results";
import { AppError, HTTP_STATUS } from "@/lib/server/dal/errors";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const { db } = await database();
    const { filename, csv } = await classGradebookCsv(db, await currentActor(), id);
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  } catch (e) {
    if (e instanceof AppError) return new Response(e.message, { status: HTTP_STATUS[e.code], headers: { "Cache-Control": "no-store" } });
    throw e;
  }
}
