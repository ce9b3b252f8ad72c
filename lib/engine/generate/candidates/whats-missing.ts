// What's missing: header facts the copy does not give, and how a reader could date and verify it.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";

const LABEL = { byline: "who wrote it", date: "when it was published", title: "its headline", outlet: "who published it" } as const;

export function whatsMissing(ctx: GenerateContext): Candidate[] {
  const { article, quotations, groups } = ctx.a;
  const out: Candidate[] = [];
  const missing = article.missing;
  const keyField = (["byline", "date", "title", "outlet"] as const).find((f) => missing.includes(f));
  const headerEnd = article.paragraphs[0]?.start ?? 0;
  const first = article.paragraphs[0];
  if (keyField && first) {
    const present: string[] = [];
    if (article.header.outlet) present.push(LABEL.outlet);
    if (article.header.title) present.push(LABEL.title);
    if (quotations.some((q) => q.speaker.personId)) present.push("who is quoted in it");
    if (groups.some((g) => g.kind === "country")) present.push("which countries it is about");
    if (present.length >= 2) {
      const id = `whats-missing:${keyField}`;
      const { options, option } = ctx.arrange(id, LABEL[keyField], present.slice(0, 3));
      out.push({
        value: 0.8,
        question: {
          id,
          category: "media-literacy",
          type: "whats-missing",
          skill: "what's missing: author and date",
          standard: "RI.8.8",
          difficulty: 1,
          format: "mc",
          prompt: "This copy of the article leaves out something a careful reader wants to know. Which of these does it NOT tell you?",
          options,
          key: { option },
          evidence: [ctx.span(0, headerEnd > 0 ? headerEnd : first.end)],
          explanation: `The article does not say ${LABEL[keyField]}${missing.length > 1 ? `, and it is also missing ${missing.filter((m) => m !== keyField).map((m) => LABEL[m]).join(" and ")}` : ""}.`,
        },
      });
    }
  }
  if (missing.includes("date")) {
    const clues = ctx.a.dates.filter((d) => d.kind === "absolute" || d.kind === "relative").slice(0, 3);
    out.push({
      value: 0.65,
      question: {
        id: "whats-missing:dating",
        category: "media-literacy",
        type: "whats-missing",
        skill: "what's missing: dating and verifying",
        standard: "RI.8.8",
        difficulty: 3,
        format: "open",
        prompt: "The article has no publication date. Which words in it help you work out when it was written, and what would you check in another source to confirm it?",
        key: {},
        evidence: clues.map((d) => ctx.span(d.start, d.end)),
        explanation: clues.length
          ? `Time clues such as ${clues.map((c) => `“${c.text}”`).join(", ")} narrow it down; a search for the events or people named would confirm the date.`
          : "The article gives few time clues; a search for the events and people it names is the way to date it.",
      },
    });
  }
  return out;
}
