// One short article, one expected verdict per line: the behaviours a teacher would notice.
import { describe, expect, it } from "vitest";
import { checkAnswer, locateKey } from "../index";
import type { CheckQuestion } from "../types";

const text =
  "The meeting was called by Japan on Monday. Secretary of State Rex Tillerson said China must cut crude oil shipments. " +
  "China argues that such a move would provoke a humanitarian disaster. Defense Secretary Jim Mattis said the regime is not yet a threat. " +
  "Prices fell 3% after the stadium cost $3.4 million. The justices voted 7-2 after 15 years of debate.";
const article = { text };
const at = (passage: string) => [{ start: text.indexOf(passage), end: text.indexOf(passage) + passage.length }];
const short = (accepted: string, prompt: string, passage: string): CheckQuestion => ({
  format: "short",
  prompt,
  key: { accepted: [accepted] },
  evidence: at(passage),
});
const verdictOf = (q: CheckQuestion, answer: string) => checkAnswer(q, answer, article).verdict;

describe("short answers", () => {
  const japan = short("Japan", "Which country called the meeting?", "called by Japan");
  it.each([
    ["japan", "correct"],
    ["It was Japan.", "correct"],
    ["the Japanese", "correct"],
    ["Japn", "correct"],
    ["“Japan”", "correct"],
    ["not Japan", "incorrect"],
    ["China", "incorrect"],
    ["Japan and China", "partial"],
    ["I don't know", "incorrect"],
  ])("Japan ← %s is %s", (answer, expected) => expect(verdictOf(japan, answer)).toBe(expected));

  const oil = short("crude oil shipments", "What did Tillerson say China must cut?", "must cut crude oil shipments");
  it.each([
    ["oil", "correct"],
    ["shipments of crude oil", "correct"],
    ["oil and guest workers", "partial"],
    ["food shipments", "incorrect"],
    ["they must not cut oil", "incorrect"],
  ])("crude oil shipments ← %s is %s", (answer, expected) => expect(verdictOf(oil, answer)).toBe(expected));

  const mattis = short("Jim Mattis", "Who said the regime is not yet a threat?", "Defense Secretary Jim Mattis");
  it.each([
    ["Mattis", "correct"],
    ["Matis", "correct"],
    ["the Defense Secretary", "correct"],
    ["Tillerson", "incorrect"],
    ["Mattis and Tillerson", "partial"],
  ])("Jim Mattis ← %s is %s", (answer, expected) => expect(verdictOf(mattis, answer)).toBe(expected));

  const disaster = short("provoke a humanitarian disaster", "What would cutting oil do, China argues?", "provoke a humanitarian disaster");
  it.each([
    ["cause a humanitarian crisis", "correct"],
    ["it would not cause a disaster", "incorrect"],
    ["prevent a disaster", "incorrect"],
  ])("provoke a humanitarian disaster ← %s is %s", (answer, expected) => expect(verdictOf(disaster, answer)).toBe(expected));

  it("marks an opposite word as a contradiction", () => {
    const q = short("prices fell", "What happened to prices?", "Prices fell");
    expect(checkAnswer(q, "prices rose", article)).toMatchObject({ verdict: "incorrect", rule: "contradiction" });
  });
});

describe("numbers", () => {
  it.each([
    ["7-2", "seven to two", "correct"],
    ["7-2", "7 to 2", "correct"],
    ["$3.4 million", "$3,400,000", "correct"],
    ["$3.4 million", "3.4 million dollars", "correct"],
    ["$3.4 million", "$34 million", "incorrect"],
    ["15 years", "15 months", "incorrect"],
    ["3%", "three percent", "correct"],
  ])("%s ← %s is %s", (key, answer, expected) => {
    expect(checkAnswer({ format: "short", key: { accepted: [key] }, evidence: [] }, answer, article).verdict).toBe(expected);
  });

  it("says what the article says and what the answer says", () => {
    const v = checkAnswer({ format: "short", key: { accepted: ["$3.4 million"] }, evidence: [] }, "$34 million", article);
    expect(v.reason).toBe("The article says “$3.4 million” — your answer says “$34 million”.");
    expect(v.evidence[0]?.text).toBe("$3.4 million");
  });
});

describe("choice, cloze, evidence, open", () => {
  it("grades multiple choice by index, letter or text", () => {
    const q: CheckQuestion = { format: "mc", options: ["Russia", "China", "Japan"], key: { option: 2 }, evidence: at("called by Japan") };
    expect(checkAnswer(q, 2, article).verdict).toBe("correct");
    expect(checkAnswer(q, "c", article).verdict).toBe("correct");
    expect(checkAnswer(q, "Japan", article).verdict).toBe("correct");
    expect(checkAnswer(q, "A", article).verdict).toBe("incorrect");
  });

  it("grades true / false / not stated", () => {
    const q: CheckQuestion = { format: "tf", key: { option: 2 }, evidence: [] };
    expect(checkAnswer(q, "not given", article).verdict).toBe("correct");
    expect(checkAnswer(q, "T", article).verdict).toBe("incorrect");
  });

  it("is tolerant of how a cloze word is typed", () => {
    const q: CheckQuestion = { format: "cloze", key: { accepted: ["shipments"] }, evidence: [] };
    expect(checkAnswer(q, " Shipments ", article).verdict).toBe("correct");
    expect(checkAnswer(q, "shipment", article).verdict).toBe("correct");
    expect(checkAnswer(q, "shipmnets", article).verdict).toBe("correct");
    expect(checkAnswer(q, "deliveries", article).verdict).toBe("partial");
    expect(checkAnswer(q, "oil", article).verdict).toBe("incorrect");
  });

  it("checks that cited sentences overlap the key's evidence", () => {
    const q: CheckQuestion = { format: "evidence", key: {}, evidence: at("China must cut crude oil shipments") };
    expect(checkAnswer(q, at("Tillerson said China must cut"), article).verdict).toBe("correct");
    expect(checkAnswer(q, at("The meeting was called by Japan"), article).verdict).toBe("incorrect");
    expect(checkAnswer(q, [...at("Tillerson said China"), ...at("The meeting was called")], article).verdict).toBe("partial");
  });

  it("sends open responses to the teacher with the quoted sentence located", () => {
    const q: CheckQuestion = { format: "open", key: {}, evidence: [] };
    const v = checkAnswer(q, 'I would check "Mattis said the regime is not yet a threat" against other sources.', article);
    expect(v.verdict).toBe("needs-review");
    expect(v.evidence[0]?.text).toBe("Mattis said the regime is not yet a threat");
  });
});

describe("locateKey", () => {
  it("finds a teacher's key in the article", () => {
    expect(locateKey(text, "crude oil shipments")).toMatchObject({ supported: true, span: { text: "crude oil shipments" } });
    expect(locateKey(text, "$3,400,000")).toMatchObject({ supported: true, span: { text: "$3.4 million" } });
  });

  it("warns when the article does not support the key", () => {
    const none = locateKey(text, "bananas from Brazil");
    expect(none.supported).toBe(false);
    expect(none.span).toBeNull();
    expect(none.warning).toBeTruthy();
    expect(locateKey(text, "Mattis said the regime is a threat").supported).toBe(false);
  });
});
