// GET a quiz as a QTI 3.0 package (its teacher only).
import { database } from "@/lib/server/db";
import { currentActor } from "@/lib/server/session";
import { quizQtiPackage } from "@/lib/server/dal/exports";
import { AppError, HTTP_STATUS } from "@/lib/server/dal/errors";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const { db } = await database();
    const { filename, bytes } = await quizQtiPackage(db, await currentActor(), id);
    return new Response(Buffer.from(bytes), {
      headers: { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  } catch (e) {
    if (e instanceof AppError) return new Response(e.message, { status: HTTP_STATUS[e.code], headers: { "Cache-Control": "no-store" } });
    throw e;
  }
}
