// Answers that name someone or something: the right person by full name, surname, title or a
// typo of the name is right; another person of the article is wrong; both together is partial.
import type { TextSpan } from "../../types";
import type { EntityMention } from "../entities";
import { listWords, quote, verdict } from "../reason";
import type { Token } from "../text-tokens";
import type { Verdict } from "../types";

export interface EntityContext {
  keyText: string;
  keyContent: Token[];
  /** Key words the answer must supply (the key minus words the question gives). */
  keyNeeded: Token[];
  keyMentions: EntityMention[];
  answerMentions: EntityMention[];
  answerContent: Token[];
  promptEntityIds: Set<string>;
  evidence: TextSpan[];
}

/** A verdict when the key is a name (or names) of the article, else null. */
export function checkEntity(ctx: EntityContext): Verdict | null {
  const { keyMentions, answerMentions, evidence } = ctx;
  if (keyMentions.length === 0) return null;
  const covered = new Set(keyMentions.flatMap((m) => m.tokens.map((i) => ctx.keyContent[i])));
  if (!ctx.keyNeeded.every((t) => covered.has(t))) return null;

  const keyIds = new Set(keyMentions.map((m) => m.entity.id));
  const hits = answerMentions.filter((m) => keyIds.has(m.entity.id));
  const positive = hits.filter((m) => !m.negated);
  // "Senate" in "Senate Majority Leader" is part of the right person's title, not another name.
  const inTitle = (m: EntityMention) =>
    positive.some((p) => p.entity.roles.some((role) => m.tokens.every((i) => role.includes(ctx.answerContent[i]!.lemma))));
  const others = answerMentions.filter(
    (m) => !keyIds.has(m.entity.id) && !ctx.promptEntityIds.has(m.entity.id) && !m.negated && !inTitle(m),
  );
  const otherNames = unique(others.map((m) => m.entity.label));

  if (positive.length === 0 && hits.length > 0) {
    return verdict("incorrect", "negation", `Your answer rules out ${quote(ctx.keyText)}, which is what the article says.`, evidence);
  }
  if (positive.length > 0) {
    const missing = keyMentions.filter((m) => !positive.some((p) => p.entity.id === m.entity.id));
    if (others.length > 0) {
      return verdict(
        "partial",
        "extra-entity",
        `Partly right: ${quote(ctx.keyText)} is right, but the article does not say it was ${listWords(otherNames)}.`,
        evidence,
      );
    }
    if (missing.length > 0) {
      const found = unique(positive.map((m) => m.entity.label));
      return verdict(
        "partial",
        "missing-part",
        `Partly right: ${listWords(found)} is right, but the article also names ${listWords(unique(missing.map((m) => m.entity.label)))}.`,
        evidence,
        found.length / keyIds.size,
      );
    }
    return verdict("correct", "entity-match", `Right — the article says ${quote(ctx.keyText)}.`, evidence);
  }
  if (others.length > 0) {
    return verdict("incorrect", "wrong-entity", `The article says ${quote(ctx.keyText)} — your answer names ${listWords(otherNames)}.`, evidence);
  }
  return null;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
