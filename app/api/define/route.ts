// GET /api/define?slug=…&word=…[&at=offset][&quiz=1]: a word's meaning for the reading supports.
// Public like the library itself; reads only the offline dictionary and the article's analysis.
// With quiz=1 (the practice page, where the quiz sits beside the article) the words its
// vocabulary questions ask about are withheld.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getQuiz } from "@/lib/server/quiz";
import { getDictionary } from "@/lib/server/dictionary";
import { WORD, type DefineResult } from "@/lib/reading/definition";
import { defineWord, isWithheld, testedWords } from "@/lib/server/reading/define-word";

const Query = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200),
  word: z.string().min(1).max(60).regex(WORD),
  at: z.coerce.number().int().min(0).optional(),
  quiz: z.literal("1").optional(),
});

export async function GET(request: NextRequest) {
  const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "bad-request" }, { status: 400 });
  const { slug, word, at, quiz: withQuiz } = parsed.data;
  const quiz = await getQuiz(slug);
  if (withQuiz && quiz && isWithheld(testedWords(quiz.analysis.text, quiz.questions), word, at ?? null)) {
    return NextResponse.json({ found: false, word, withheld: true } satisfies DefineResult, { headers: { "Cache-Control": "no-store" } });
  }
  const definition = defineWord(quiz?.analysis ?? null, getDictionary(), word, at ?? null);
  const body: DefineResult = definition ? { found: true, definition } : { found: false, word };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, max-age=3600" } });
}
