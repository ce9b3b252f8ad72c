// GET everything stored about one student, as JSON (the class's teacher only).
import { database } from "@/lib/server/db";
import { currentActor } from "@/lib/server/session";
import { exportStudentData } from "@/lib/server/dal/privacy";
import { AppError, HTTP_STATUS } from "@/lib/server/dal/errors";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; studentId: string }> }) {
  const { id, studentId } = await params;
  try {
    const { db } = await database();
    const { filename, data } = await exportStudentData(db, await currentActor(), id, studentId);
    return new Response(JSON.stringify(data, null, 2), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  } catch (e) {
    if (e instanceof AppError) return new Response(e.message, { status: HTTP_STATUS[e.code], headers: { "Cache-Control": "no-store" } });
    throw e;
  }
}
