// A teacher's key checked against the text: supported keys move the evidence to their sentence,
// unsupported ones are flagged, and true/false keys are judged by what the article says.
import { describe, expect, it } from "vitest";
import { recheckKey, tfStatement } from "../recheck";

const text = "The council met on Monday. Japan called the meeting after a missile test. The ministers did not agree on new sanctions.";
const sentences = [
  { start: 0, end: 26 },
  { start: 27, end: 74 },
  { start: 75, end: text.length },
];

describe("recheckKey", () => {
  it("finds a multiple-choice key and points at its whole sentence", () => {
    const r = recheckKey(text, sentences, { format: "mc", prompt: "Who called the meeting?", options: ["Japan", "Brazil"], key: { option: 0 } });
    expect(r.check.status).toBe("supported");
    expect(r.evidence).toEqual([sentences[1]]);
  });

  it("flags a key the text does not support", () => {
    const r = recheckKey(text, sentences, { format: "mc", prompt: "Who called the meeting?", options: ["Japan", "Brazil"], key: { option: 1 } });
    expect(r.check.status).toBe("unsupported");
    expect(r.evidence).toBeNull();
  });

  it("accepts a short answer when any accepted wording is supported, and refuses an empty key", () => {
    expect(recheckKey(text, sentences, { format: "short", prompt: "Who?", key: { accepted: ["Brazil", "Japan"] } }).check.status).toBe("supported");
    expect(recheckKey(text, sentences, { format: "short", prompt: "Who?", key: { accepted: ["  "] } }).check.status).toBe("unsupported");
  });

  it("judges true, false and not stated by what the article says", () => {
    const tf = (prompt: string, option: number) => recheckKey(text, sentences, { format: "tf", prompt, key: { option } }).check.status;
    expect(tf("Japan called the meeting.", 0)).toBe("supported");
    expect(tf("The ministers agreed on new sanctions.", 0)).toBe("unsupported");
    expect(tf("The ministers agreed on new sanctions.", 1)).toBe("supported");
    expect(tf("Bananas grow in Brazil.", 2)).toBe("supported");
    expect(tf("Japan called the meeting.", 2)).toBe("unsupported");
  });

  it("does not pretend to check keys it cannot read", () => {
    expect(recheckKey(text, sentences, { format: "open", prompt: "Why?", key: {} }).check.status).toBe("unchecked");
  });
});

describe("tfStatement", () => {
  it("drops the lead-in and the quotes", () => {
    expect(tfStatement("True, false, or not stated in the article? “Japan called the meeting.”")).toBe("Japan called the meeting.");
    expect(tfStatement("True or false: Japan called the meeting.")).toBe("Japan called the meeting.");
    expect(tfStatement("Japan called the meeting.")).toBe("Japan called the meeting.");
  });
});
