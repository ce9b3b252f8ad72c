// The QTI package: a zip with a manifest, well-formed QTI 3.0 items of each interaction kind, and
// the article as a stimulus every item depends on.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { analyze, generate, ingest, type Question } from "@/lib/engine";
import { qtiPackage } from "../qti";

const seed = ingest(new Uint8Array(readFileSync("content/library/bloomberg-tillerson-un-north-korea.txt")));
if (!seed.ok) throw new Error("seed");
const a = analyze(seed.article);
const generated = generate(a).questions;
const typed: Question = { ...generated[0]!, id: "t", format: "short", options: undefined, key: { accepted: ["Japan", "the Japanese & co"] }, prompt: "Which country called the UN meeting?" };
const open: Question = { ...generated[0]!, id: "o", format: "open", options: undefined, key: {}, prompt: "What would you check <first>?" };
const questions = [...generated, typed, open];
const paragraphs = seed.article.paragraphs.map((p) => seed.article.text.slice(p.start, p.end));
const files = unzipSync(qtiPackage("Tillerson at the UN", paragraphs, questions));
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

describe("QTI 3.0 package", () => {
  it("holds a manifest, the article and one item per question, all well-formed XML", () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["imsmanifest.xml", "stimulus/article.xml", `items/Q${questions.length}.xml`]));
    for (const [name, bytes] of Object.entries(files)) expect(XMLValidator.validate(strFromU8(bytes)), name).toBe(true);
  });

  it("lists every item in the manifest as a QTI 3 item resource that depends on the article", () => {
    const m = parser.parse(strFromU8(files["imsmanifest.xml"]!));
    const resources = m.manifest.resources.resource as { identifier: string; type: string; dependency?: { identifierref: string } }[];
    const items = resources.filter((r) => r.type === "imsqti_item_xmlv3p0");
    expect(items).toHaveLength(questions.length);
    expect(items.every((r) => r.dependency?.identifierref === "ARTICLE")).toBe(true);
    expect(resources.find((r) => r.identifier === "ARTICLE")?.type).toBe("imsqti_stimulus_xmlv3p0");
  });

  it("writes a choice item with its correct response", () => {
    const item = parser.parse(strFromU8(files["items/Q1.xml"]!))["qti-assessment-item"];
    expect(item["qti-response-declaration"]["qti-correct-response"]["qti-value"]).toBe("ABCD"[generated[0]!.key.option!]);
    expect(item["qti-item-body"]["qti-choice-interaction"]["qti-simple-choice"]).toHaveLength(generated[0]!.options!.length);
    expect(item["qti-response-processing"].template).toMatch(/match_correct/);
  });

  it("maps every accepted answer of a text-entry item, escaping markup", () => {
    const xml = strFromU8(files[`items/Q${generated.length + 1}.xml`]!);
    expect(xml).toContain('<qti-map-entry map-key="the Japanese &amp; co" mapped-value="1" case-sensitive="false"/>');
    expect(xml).toContain("<qti-text-entry-interaction");
  });

  it("writes an open response as extended text, escaping the prompt", () => {
    const xml = strFromU8(files[`items/Q${questions.length}.xml`]!);
    expect(xml).toContain("<qti-extended-text-interaction");
    expect(xml).toContain("What would you check &lt;first&gt;?");
  });
});
