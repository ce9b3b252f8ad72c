// Who and what an answer names. People and groups come from the analysis when the caller has
// it; otherwise names are read off the article's capitalized runs ("Defense Secretary Bo
// Jones"), which is enough to tell one person of the article from another.
import type { Group, Person } from "../analyze/types";
import { isTypo } from "./fuzzy";
import { isDemonymOf } from "./demonym";
import { TITLE_HEADS } from "../lexicon/titles";
import { readTokens, type Token } from "./text-tokens";

export interface Entity {
  id: string;
  label: string;
  /** Word sequences (norms, stopwords dropped) that name it. */
  forms: string[][];
  /** Title words (lemmas) that name it on their own: "the Defense Secretary". */
  roles: string[][];
}

export interface EntityMention {
  entity: Entity;
  /** Indices into the token list searched. */
  tokens: number[];
  negated: boolean;
  via: "name" | "typo" | "demonym" | "role";
}

function words(text: string): Token[] {
  return readTokens(text).filter((t) => !t.stop);
}

export function entitiesFromAnalysis(people: Person[], groups: Group[]): Entity[] {
  const out: Entity[] = [];
  for (const p of people) {
    const name = words(p.name).map((t) => t.norm);
    const forms = [name];
    if (name.length > 1) forms.push([name.at(-1)!]);
    for (const m of p.mentions) {
      if (m.kind === "full-name" || m.kind === "surname") forms.push(words(m.text).map((t) => t.norm));
    }
    const roles = [p.role, ...p.mentions.filter((m) => m.kind === "title").map((m) => m.text)]
      .filter((r): r is string => r !== null && r !== "")
      .map((r) => words(r).map((t) => t.lemma));
    out.push({ id: p.id, label: p.name, forms: dedupe(forms), roles });
  }
  for (const g of groups) {
    const forms = [g.name, ...g.mentions.map((m) => m.text)].map((s) => words(s).map((t) => t.norm));
    out.push({ id: g.id, label: g.name, forms: dedupe(forms), roles: [] });
  }
  return out;
}

/** Names read from capitalized runs of the article, for articles without an analysis. */
export function entitiesFromRuns(tokens: Token[], isProper: (t: Token) => boolean, known: Entity[]): Entity[] {
  const knownWords = new Set(known.flatMap((e) => e.forms.flat()));
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const contiguous = prev !== undefined && prev.clause === t.clause && t.start - prev.end <= 1;
    if (!contiguous) close();
    const titleStart = t.cap && TITLE_HEADS.has(t.norm) && tokens[i + 1] !== undefined && isProper(tokens[i + 1]!);
    if (isProper(t) || titleStart) {
      run.push(t);
      if (/['’]s$/i.test(t.text)) close();
    } else if (t.norm === "of" && run.length > 0 && tokens[i + 1] !== undefined && isProper(tokens[i + 1]!)) {
      continue;
    } else close();
  }
  close();

  const byKey = new Map<string, { words: string[]; lemmas: string[] }[]>();
  for (const r of runs) {
    const content = r.filter((t) => !t.stop);
    if (content.length === 0 || content.some((t) => knownWords.has(t.norm))) continue;
    const key = content.map((t) => t.norm).join(" ");
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push({ words: content.map((t) => t.norm), lemmas: content.map((t) => t.lemma) });
  }
  // Merge a run into the one longer run that ends with it or contains it ("Smith", "Ann
  // Smith" → "Secretary of State Ann Smith"); "Sudan" inside both "Sudan" and "South Sudan" stays apart.
  const keys = [...byKey.keys()].sort((a, b) => b.split(" ").length - a.split(" ").length);
  const owner = new Map<string, string>();
  for (const k of keys) {
    const containing = keys.filter((other) => other !== k && ` ${other} `.includes(` ${k} `) && owner.get(other) === other);
    owner.set(k, containing.length === 1 ? containing[0]! : k);
  }
  const entities = new Map<string, Entity>();
  for (const k of keys) {
    const root = owner.get(k)!;
    const entity = entities.get(root) ?? { id: `name:${root}`, label: titleCase(root), forms: [], roles: [] };
    entities.set(root, entity);
    for (const r of byKey.get(k)!) {
      entity.forms.push(r.words);
      // "Ann Smith" and "Bo Jones" name the people of the longer runs.
      for (let from = 1; from <= r.words.length - 2; from++) entity.forms.push(r.words.slice(from));
      // Words before a two-word name are its title: "Defense Secretary | Bo Jones".
      if (r.words.length >= 3) entity.roles.push(r.lemmas.slice(0, -2));
    }
  }
  const lastCount = new Map<string, number>();
  for (const e of entities.values()) {
    for (const last of new Set(e.forms.map((f) => f.at(-1)!))) lastCount.set(last, (lastCount.get(last) ?? 0) + 1);
  }
  for (const e of entities.values()) {
    // A surname names the person only when no other name ends with it.
    for (const last of new Set(e.forms.map((f) => f.at(-1)!))) if (lastCount.get(last) === 1) e.forms.push([last]);
    e.forms = dedupe(e.forms);
    e.roles = dedupe(e.roles.filter((r) => r.length > 0));
  }
  return [...entities.values()];
}

/** Entities named in `tokens` (content tokens of an answer or key): names, then titles, then typos. */
export function findMentions(tokens: Token[], entities: Entity[], allowTypos: boolean): EntityMention[] {
  const claimed = new Set<number>();
  const mentions: EntityMention[] = [];
  const forms = entities
    .flatMap((entity) => entity.forms.map((form) => ({ entity, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const byForm = (pass: "name" | "demonym" | "typo") => {
    for (const { entity, form } of forms) {
      for (let i = 0; i + form.length <= tokens.length; i++) {
        const idx = form.map((_, k) => i + k);
        if (idx.some((j) => claimed.has(j))) continue;
        const ok = form.every((w, k) => {
          const t = tokens[i + k]!;
          if (pass === "name") return t.norm === w;
          if (pass === "demonym") return form.length === 1 && isDemonymOf(t.norm, w);
          return t.norm === w || isTypo(t.norm, w, true);
        });
        if (!ok) continue;
        idx.forEach((j) => claimed.add(j));
        mentions.push({ entity, tokens: idx, negated: idx.some((j) => tokens[j]!.negated), via: pass });
      }
    }
  };
  byForm("name");
  byRole(tokens, entities, claimed, mentions);
  byForm("demonym");
  if (allowTypos) byForm("typo");
  return mentions;
}

// Titles: a run of unclaimed words with a title word ("secretary", "ambassador") that is part
// of exactly one entity's title.
function byRole(tokens: Token[], entities: Entity[], claimed: Set<number>, mentions: EntityMention[]): void {
  let i = 0;
  while (i < tokens.length) {
    if (claimed.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && !claimed.has(j) && tokens[j]!.clause === tokens[i]!.clause) j++;
    const run = tokens.slice(i, j);
    const titled = run.some((t) => TITLE_HEADS.has(t.norm) || TITLE_HEADS.has(t.lemma));
    const span = run.map((t) => t.lemma);
    const candidates = titled ? entities.filter((e) => e.roles.some((role) => span.every((w) => role.includes(w)))) : [];
    if (candidates.length === 1) {
      const idx = span.map((_, k) => i + k);
      idx.forEach((k) => claimed.add(k));
      mentions.push({ entity: candidates[0]!, tokens: idx, negated: idx.some((k) => tokens[k]!.negated), via: "role" });
    }
    i = j;
  }
}

function dedupe<T>(lists: T[][]): T[][] {
  const seen = new Set<string>();
  return lists.filter((l) => {
    const k = JSON.stringify(l);
    if (l.length === 0 || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s_])(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase()).replace(/_/g, " ");
}
