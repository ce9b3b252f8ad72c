// Distractor people: others from the same article, the ones who also speak first, nearest first.
import type { Person } from "../../analyze";
import type { GenerateContext } from "../context";
import { shortName } from "../surface";

export function pickPeople(ctx: GenerateContext, exclude: string[], near: number, max: number, mustNotAppearIn = ""): Person[] {
  const speakers = new Set(ctx.a.quotations.map((q) => q.speaker.personId).filter(Boolean));
  const lower = mustNotAppearIn.toLowerCase();
  const candidates = ctx.a.people.filter(
    (p) => !exclude.includes(p.id) && p.name.includes(" ") && !lower.includes(shortName(p).toLowerCase()),
  );
  const distance = (p: Person) => Math.min(...p.mentions.map((m) => Math.abs(m.start - near)));
  return candidates
    .map((p) => ({ p, score: (speakers.has(p.id) ? 0 : 1e6) + distance(p) }))
    .sort((x, y) => x.score - y.score)
    .slice(0, max)
    .map((x) => x.p);
}
