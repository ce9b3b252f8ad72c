// The CLI's helpers in process: HTML extraction, batch-line validation and argument reading.
import { describe, expect, it } from "vitest";
import { parseArgs } from "./args";
import { parseBatchLine } from "./batch-line";
import { CliError } from "./errors";
import { decodeEntities, htmlToText } from "../../lib/engine/ingest/html";

describe("htmlToText", () => {
  it("keeps the headline and paragraphs, decodes entities and drops scripts, styles and navigation", () => {
    const html = `<!doctype html><html><head><title>Page | Site</title><style>p{}</style><script>var s = "<p>no</p>";</script>
      <meta property="og:site_name" content="Voice of America"></head><body><nav><p>Menu</p></nav>
      <article><h1>Court &amp; Baker</h1><p>The <b>justices</b> voted&nbsp;7-2, &ldquo;narrowly.&rdquo;</p><p>It&#8217;s &#x2014; done.</p></article>
      <footer><p>Copyright</p></footer></body></html>`;
    expect(htmlToText(html)).toBe("Voice of America\n\nCourt & Baker\n\nThe justices voted 7-2, “narrowly.”\n\nIt’s — done.\n");
  });

  it("falls back to <title> without an <h1>, and leaves unknown entities alone", () => {
    expect(htmlToText("<html><title>Only Title Here</title><p>One.</p></html>")).toBe("Only Title Here\n\nOne.\n");
    expect(decodeEntities("&bogus; &#0; &lt;")).toBe("&bogus; &#0; <");
  });
});

describe("parseBatchLine", () => {
  it("normalizes a teacher's short question into the checker's shape", () => {
    const r = parseBatchLine(JSON.stringify({ question: { prompt: "Who?", format: "short", accepted: ["Japan"] }, answer: "Japan" }));
    expect(r).toEqual({ ok: true, item: { teacher: true, answer: "Japan", question: { prompt: "Who?", format: "short", key: { accepted: ["Japan"] }, evidence: [] } } });
  });

  it("reports bad lines instead of throwing", () => {
    expect(parseBatchLine("{oops")).toEqual({ ok: false, error: "not valid JSON" });
    const noKey = parseBatchLine(JSON.stringify({ question: { prompt: "Who?" }, answer: "x" }));
    expect(noKey.ok).toBe(false);
    const badFormat = parseBatchLine(JSON.stringify({ question: { format: "essay", key: {}, evidence: [] }, answer: "x" }));
    expect(badFormat.ok ? "" : badFormat.error).toMatch(/format/);
    expect(parseBatchLine(JSON.stringify({ question: { format: "mc", key: { option: 1 }, evidence: [] }, answer: { a: 1 } })).ok).toBe(false);
  });
});

describe("parseArgs", () => {
  it("reads positionals, valued and boolean flags, and refuses unknown ones", () => {
    const a = parseArgs(["-", "--count=5", "--json", "--seed", "7"], ["count", "seed"], ["json"]);
    expect(a.positionals).toEqual(["-"]);
    expect(Object.fromEntries(a.flags)).toEqual({ count: "5", json: true, seed: "7" });
    expect(() => parseArgs(["--nope"], [], [])).toThrow(CliError);
    expect(() => parseArgs(["--count"], ["count"], [])).toThrow(/needs a value/);
  });
});
