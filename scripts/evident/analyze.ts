// `evident analyze <file|-> [--json]`: the whole analysis as JSON, or a summary a teacher can read.
import type { Analysis } from "../../lib/engine/analyze";
import type { VocabularyItem } from "../../lib/engine/analyze/vocabulary";
import { analysisJson } from "./analysis-json";
import { parseArgs } from "./args";
import { CliError } from "./errors";
import { readArticle } from "./read-input";
import { analyzeWithDictionary } from "./vocabulary";

export function runAnalyze(argv: string[]): string {
  const args = parseArgs(argv, [], ["json"]);
  if (args.positionals.length !== 1) throw new CliError("Usage: evident analyze <file|-> [--json]");
  const analysis = analyzeWithDictionary(readArticle(args.positionals[0]!));
  const { vocabulary } = analysis;
  return args.flags.has("json") ? JSON.stringify(analysisJson(analysis, vocabulary), null, 2) : summary(analysis, vocabulary);
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function summary(a: Analysis, vocabulary: VocabularyItem[]): string {
  const { header, missing } = a.article;
  const r = a.readability;
  const out: string[] = [];
  out.push(`Title:    ${header.title?.text ?? "(missing)"}`);
  out.push(`Outlet:   ${header.outlet?.text ?? "(missing)"}`);
  out.push(`Byline:   ${header.byline?.text ?? "(missing)"}`);
  out.push(`Date:     ${header.date?.text ?? "(missing)"}${header.dateline ? `   dateline: ${header.dateline.text}` : ""}`);
  if (missing.length) out.push(`Missing:  ${missing.join(", ")}`);
  out.push(`Type:     ${a.articleType.type} — ${a.articleType.reason}`);
  out.push(
    `Reading:  ${r.words} words, ${r.sentences} sentences, ${a.article.paragraphs.length} paragraphs; Flesch-Kincaid grade ${r.fleschKincaidGrade} (band ${r.gradeBand}), reading ease ${r.fleschReadingEase}, everyday words ${Math.round(r.commonWordShare * 100)}%, about ${r.readingMinutes} min`,
  );

  out.push("", `People (${a.people.length}):`);
  for (const p of a.people) {
    const about = [p.role, p.affiliation].filter(Boolean).join(", ");
    out.push(`  ${p.name}${about ? ` — ${about}` : ""} (${p.mentions.length} mention${p.mentions.length === 1 ? "" : "s"})`);
  }
  for (const kind of ["country", "organization", "place"] as const) {
    const names = a.groups.filter((g) => g.kind === kind).map((g) => g.name);
    if (names.length) out.push(`${kind === "country" ? "Countries" : kind === "organization" ? "Organizations" : "Places"}: ${names.join(", ")}`);
  }

  const speakerOf = (q: Analysis["quotations"][number]): string => {
    if (q.speaker.personId) return a.people.find((p) => p.id === q.speaker.personId)?.name ?? q.speaker.personId;
    if (q.speaker.groupId) return a.groups.find((g) => g.id === q.speaker.groupId)?.name ?? q.speaker.groupId;
    if (q.anonymous) return `anonymous (${q.speaker.mention?.text ?? "unnamed"})`;
    return `unresolved${q.speaker.unresolvedReason ? `: ${q.speaker.unresolvedReason}` : ""}`;
  };
  const count = (k: string) => a.quotations.filter((q) => q.kind === k).length;
  out.push("", `Quotations (${a.quotations.length}: ${count("direct")} direct, ${count("partial")} partial, ${count("indirect")} reported):`);
  for (const q of a.quotations) {
    const words = q.kind === "indirect" ? clip(q.content.text, 90) : `“${clip(q.content.text, 88)}”`;
    out.push(`  [${q.kind}] ${words} — ${speakerOf(q)}${q.cue ? ` (${q.cue.text})` : ""}`);
  }

  const s = a.sourcing;
  out.push(
    "",
    `Sourcing: ${s.namedSources} named source${s.namedSources === 1 ? "" : "s"}, ${s.anonymousSources.length} anonymous; ${s.hedges.length} hedges, ${s.opinionMarkers.length} opinion markers, ${s.loadedWords.length} loaded words, ${s.unsourcedNumberClaims.length} unsourced number claims`,
  );
  for (const t of s.sources) {
    const voice = t.quotedDirectly ? `${t.quotedWords} quoted words` : "paraphrased only";
    out.push(`  ${t.label}${t.side ? ` [${t.side}]` : ""}: ${t.directQuotes} direct, ${t.partialQuotes} partial, ${t.paraphrases} reported; ${voice}`);
  }
  if (s.sides.length) out.push(`  Sides: ${s.sides.map((x) => `${x.side} ${x.attributions} attributions / ${x.quotedWords} quoted words`).join("; ")}`);
  if (s.loadedWords.length) out.push(`  Loaded words: ${s.loadedWords.map((w) => `${w.text} (→ ${w.neutral})`).join(", ")}`);

  if (vocabulary.length) {
    out.push("", "Vocabulary:");
    for (const v of vocabulary) out.push(`  ${v.lemma} (${v.pos}) — ${clip(v.definition, 100)}`);
  }
  return out.join("\n");
}
