// A key the teacher typed is checked against the article before students are graded with it:
// where the text supports it, its evidence moves to the sentence that says it; where it does
// not, the question carries a visible warning (the teacher may keep it: their call).
import { locateKey, type Question, type Span } from "@/lib/engine";

export interface KeyCheck {
  status: "supported" | "unsupported" | "unchecked";
  /** What Evident noticed, in a teacher's words (a partial match, the opposite, a missing number). */
  note?: string;
}

export interface Recheck {
  check: KeyCheck;
  /** The sentence(s) holding the located key, or null when nothing was found. */
  evidence: Span[] | null;
}

const TF_TRUE = 0;
const TF_FALSE = 1;

/** The statement of a true/false prompt, without a lead-in like "True or false:" or quotes. */
export function tfStatement(prompt: string): string {
  return prompt
    .replace(/^\s*true[^:?]*(?:stated|false)[^:?]*[:?]\s*/i, "")
    .replace(/^[\s“"‘']+|[\s”"’']+$/g, "")
    .trim();
}

export function recheckKey(text: string, sentences: readonly Span[], q: Pick<Question, "format" | "prompt" | "options" | "key">): Recheck {
  const widen = (s: Span): Span[] => {
    const hit = sentences.filter((x) => x.start < s.end && x.end > s.start);
    return hit.length > 0 ? hit.map((x) => ({ start: x.start, end: x.end })) : [{ start: s.start, end: s.end }];
  };
  switch (q.format) {
    case "mc": {
      const keyText = q.options?.[q.key.option ?? -1];
      if (!keyText) return { check: { status: "unsupported", note: "Choose which option is correct." }, evidence: null };
      return fromLocation(locateKey(text, keyText), widen);
    }
    case "short":
    case "cloze": {
      const accepted = (q.key.accepted ?? []).filter((a) => a.trim() !== "");
      if (accepted.length === 0) return { check: { status: "unsupported", note: "Add at least one accepted answer." }, evidence: null };
      // Any one accepted answer the article supports is enough: the others are other wordings.
      const located = accepted.map((a) => locateKey(text, a));
      const best = located.find((l) => l.supported && !l.warning) ?? located.find((l) => l.supported) ?? located[0]!;
      return fromLocation(best, widen);
    }
    case "tf": {
      const statement = tfStatement(q.prompt ?? "");
      const found = locateKey(text, statement);
      const opposite = !found.supported && found.span !== null;
      const evidence = found.span ? widen(found.span) : null;
      if (q.key.option === TF_TRUE) return found.supported ? { check: supportedCheck(found.warning), evidence } : { check: { status: "unsupported", note: found.warning }, evidence };
      if (q.key.option === TF_FALSE)
        return opposite ? { check: { status: "supported" }, evidence } : { check: { status: "unsupported", note: found.supported ? "The article seems to say this is true." : "The article does not say this either way; the key may be “Not stated”." }, evidence };
      // "Not stated": right when the article says nothing that matches.
      return found.span === null ? { check: { status: "supported" }, evidence: null } : { check: { status: "unsupported", note: "The article seems to address this statement." }, evidence };
    }
    default:
      return { check: { status: "unchecked", note: "Evident cannot check this kind of answer against the article; check it yourself." }, evidence: null };
  }
}

function supportedCheck(warning: string | undefined): KeyCheck {
  return warning ? { status: "supported", note: warning } : { status: "supported" };
}

function fromLocation(loc: ReturnType<typeof locateKey>, widen: (s: Span) => Span[]): Recheck {
  const evidence = loc.span ? widen(loc.span) : null;
  if (loc.supported) return { check: supportedCheck(loc.warning), evidence };
  return { check: loc.warning ? { status: "unsupported", note: loc.warning } : { status: "unsupported" }, evidence };
}
