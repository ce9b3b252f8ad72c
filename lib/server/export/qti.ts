// A quiz as a QTI 3.0 content package (zip with imsmanifest.xml): choice items, text-entry items
// with every accepted answer mapped, extended-text items for open responses, and the article as a
// shared stimulus, so the quiz can move into an item bank or an LMS that speaks QTI.
import { strToU8, zipSync } from "fflate";
import type { Question } from "@/lib/engine";

const NS = "http://www.imsglobal.org/xsd/imsqti_v3p0";
const SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
const MATCH_CORRECT = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml";
const MAP_RESPONSE = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml";
const LETTERS = "ABCDEFGHIJ";

/** Escapes markup and drops the control characters XML 1.0 forbids. */
export function xmlEscape(s: string): string {
  let out = "";
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (code < 0x20 && c !== "\t" && c !== "\n" && c !== "\r") continue;
    out += ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" } as Record<string, string>)[c] ?? c;
  }
  return out;
}

function header(root: string, attrs: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} ${SCHEMA}" ${attrs}>`;
}

function stimulusRef(): string {
  return `  <qti-assessment-stimulus-ref identifier="ARTICLE" href="stimulus/article.xml" title="Article"/>`;
}

export function itemXml(q: Question, n: number): string {
  const id = `Q${n}`;
  const title = xmlEscape(`Question ${n}: ${q.skill}`);
  const open = header("qti-assessment-item", `identifier="${id}" title="${title}" adaptive="false" time-dependent="false" xml:lang="en"`);
  const prompt = `<qti-prompt>${xmlEscape(q.prompt)}</qti-prompt>`;
  if (q.options && q.options.length && q.key.option !== undefined) {
    const choices = q.options.map((o, i) => `      <qti-simple-choice identifier="${LETTERS[i]}">${xmlEscape(o)}</qti-simple-choice>`).join("\n");
    return `${open}
  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>${LETTERS[q.key.option]}</qti-value></qti-correct-response>
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
${stimulusRef()}
  <qti-item-body>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1" shuffle="false">
      ${prompt}
${choices}
    </qti-choice-interaction>
  </qti-item-body>
  <qti-response-processing template="${MATCH_CORRECT}"/>
</qti-assessment-item>
`;
  }
  if (q.key.accepted && q.key.accepted.length) {
    const values = q.key.accepted.map((a) => `<qti-value>${xmlEscape(a)}</qti-value>`).join("");
    const entries = q.key.accepted.map((a) => `      <qti-map-entry map-key="${xmlEscape(a)}" mapped-value="1" case-sensitive="false"/>`).join("\n");
    return `${open}
  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string">
    <qti-correct-response>${values}</qti-correct-response>
    <qti-mapping default-value="0">
${entries}
    </qti-mapping>
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
${stimulusRef()}
  <qti-item-body>
    <p>${xmlEscape(q.prompt)}</p>
    <p><qti-text-entry-interaction response-identifier="RESPONSE" expected-length="${Math.max(10, ...q.key.accepted.map((a) => a.length))}"/></p>
  </qti-item-body>
  <qti-response-processing template="${MAP_RESPONSE}"/>
</qti-assessment-item>
`;
  }
  return `${open}
  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
${stimulusRef()}
  <qti-item-body>
    <qti-extended-text-interaction response-identifier="RESPONSE" expected-lines="5">
      ${prompt}
    </qti-extended-text-interaction>
  </qti-item-body>
</qti-assessment-item>
`;
}

export function stimulusXml(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `    <p>${xmlEscape(p)}</p>`).join("\n");
  return `${header("qti-assessment-stimulus", `identifier="ARTICLE" title="${xmlEscape(title)}" xml:lang="en"`)}
  <qti-stimulus-body>
${body}
  </qti-stimulus-body>
</qti-assessment-stimulus>
`;
}

export function manifestXml(title: string, count: number): string {
  const items = Array.from({ length: count }, (_, i) => {
    const href = `items/Q${i + 1}.xml`;
    return `    <resource identifier="Q${i + 1}" type="imsqti_item_xmlv3p0" href="${href}">
      <file href="${href}"/>
      <dependency identifierref="ARTICLE"/>
    </resource>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="EVIDENT-${Date.now()}">
  <metadata>
    <schema>QTI Package</schema>
    <schemaversion>3.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="ARTICLE" type="imsqti_stimulus_xmlv3p0" href="stimulus/article.xml">
      <file href="stimulus/article.xml"/>
    </resource>
${items}
  </resources>
</manifest>
<!-- ${xmlEscape(title).replace(/--/g, "—")} -->
`;
}

/** The package as zip bytes. */
export function qtiPackage(title: string, paragraphs: string[], questions: Question[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "imsmanifest.xml": strToU8(manifestXml(title, questions.length)),
    "stimulus/article.xml": strToU8(stimulusXml(title, paragraphs)),
  };
  questions.forEach((q, i) => (files[`items/Q${i + 1}.xml`] = strToU8(itemXml(q, i + 1))));
  return zipSync(files, { level: 6 });
}
