// GET /api/define?slug=…&word=…[&at=offset]: a word's meaning for the reading supports. Public
// like the library itself; reads only the offline dictionary and the article's analysis.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getQuiz } from "@/lib/server/quiz";
import { getDictionary } from "@/lib/server/dictionary";
import { WORD, type DefineResult } from "@/components/reading/definition";
import { defineWord } from "./define-word";

const Query = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200),
  word: z.string().min(1).max(60).regex(WORD),
  at: z.coerce.number().int().min(0).optional(),
});

export async function GET(request: NextRequest) {
  const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "bad-request" }, { status: 400 });
  const { slug, word, at } = parsed.data;
  const quiz = await getQuiz(slug);
  const definition = defineWord(quiz?.analysis ?? null, getDictionary(), word, at ?? null);
  const body: DefineResult = definition ? { found: true, definition } : { found: false, word };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, max-age=3600" } });
}
