// GET everything stored about a class and its students, as JSON (the class's teacher only).
import { database } from "@/lib/server/db";
import { currentActor } from "@/lib/server/session";
import { exportClassData } from "@/lib/server/dal/privacy";
import { AppError, HTTP_STATUS } from "@/lib/server/dal/errors";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const { db } = await database();
    const { filename, data } = await exportClassData(db, await currentActor(), id);
    return new Response(JSON.stringify(data, null, 2), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  } catch (e) {
    if (e instanceof AppError) return new Response(e.message, { status: HTTP_STATUS[e.code], headers: { "Cache-Control": "no-store" } });
    throw e;
  }
}
