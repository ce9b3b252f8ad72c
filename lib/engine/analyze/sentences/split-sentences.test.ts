// One short text, one expected split: the cases news articles throw at the splitter.
import { describe, expect, it } from "vitest";
import { sentencesOf, splitSentences } from "./index";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it.each([
    ["The U.S. Senate voted. It failed.", ["The U.S. Senate voted.", "It failed."]],
    ["Aid flows to the U.S. and its allies.", ["Aid flows to the U.S. and its allies."]],
    ["He was born in the U.S. The family moved later.", ["He was born in the U.S.", "The family moved later."]],
    ["The U.N. Security Council met.", ["The U.N. Security Council met."]],
    ["Sen. Mitch McConnell and Gov. Jerry Brown met Dr. Ann Lee.", ["Sen. Mitch McConnell and Gov. Jerry Brown met Dr. Ann Lee."]],
    ["The test was on Nov. 28 and failed.", ["The test was on Nov. 28 and failed."]],
    ["The vote is set for 1 a.m. Monday in Washington.", ["The vote is set for 1 a.m. Monday in Washington."]],
    ["They met at 9 p.m. Officials declined to comment.", ["They met at 9 p.m.", "Officials declined to comment."]],
    ["Polls close at 8 p.m. Eastern on Tuesday.", ["Polls close at 8 p.m. Eastern on Tuesday."]],
    ["Talks began at 9 a.m. New York time.", ["Talks began at 9 a.m. New York time."]],
    ["At 5 a.m. Mr. Lee left. He came back at 6 P.M. Mr. Lee then slept.", ["At 5 a.m. Mr. Lee left.", "He came back at 6 P.M.", "Mr. Lee then slept."]],
    ["He sold $3.4 million in shares. Prices rose 3.5 percent.", ["He sold $3.4 million in shares.", "Prices rose 3.5 percent."]],
    ["In Carpenter v. United States, the court ruled.", ["In Carpenter v. United States, the court ruled."]],
    ["He flew to John F. Kennedy International Airport.", ["He flew to John F. Kennedy International Airport."]],
    ["Smith & Co. Inc. reported gains. Shares rose.", ["Smith & Co. Inc. reported gains.", "Shares rose."]],
    ["Fruit, bread, etc. were sold. Nothing else was.", ["Fruit, bread, etc. were sold.", "Nothing else was."]],
    ["“We will win.” He smiled.", ["“We will win.”", "He smiled."]],
    ["“Will we win?” he asked.", ["“Will we win?” he asked."]],
    ["“Will we win?” Smith asked.", ["“Will we win?” Smith asked."]],
    ["“Enough!” Sen. Ann Lee said on Monday.", ["“Enough!” Sen. Ann Lee said on Monday."]],
    ["“Will we win?” Nobody knows.", ["“Will we win?”", "Nobody knows."]],
    ["Will we win? Smith asked the team.", ["Will we win?", "Smith asked the team."]],
    ["He called it “unacceptable.” Others agreed.", ["He called it “unacceptable.”", "Others agreed."]],
    ["It was over… Then it began again.", ["It was over…", "Then it began again."]],
    ["Leaders met (the first time since 2015.) Talks went well.", ["Leaders met (the first time since 2015.)", "Talks went well."]],
    ["He joined four justices.The rest dissented.", ["He joined four justices.", "The rest dissented."]],
    ["Write to jane.Doe@example.com. Thanks.", ["Write to jane.Doe@example.com.", "Thanks."]],
    ["The U.S.-led talks began. Nothing came of them.", ["The U.S.-led talks began.", "Nothing came of them."]],
    ["She said no. The talks ended.", ["She said no.", "The talks ended."]],
    ["See No. 5 on the list.", ["See No. 5 on the list."]],
  ])("%s", (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("never joins across a blank line, even without a final period", () => {
    expect(texts("Headline Without Period\n\nThe story begins. It ends")).toEqual([
      "Headline Without Period",
      "The story begins.",
      "It ends",
    ]);
  });

  it("ends a sentence at a single line break before a capital, but joins a wrapped line", () => {
    expect(texts("A Headline\nBy Ann Lee")).toEqual(["A Headline", "By Ann Lee"]);
    expect(texts("The senators met on\nThursday and voted.")).toEqual(["The senators met on", "Thursday and voted."]);
    expect(texts("The senators met and\nvoted.")).toEqual(["The senators met and\nvoted."]);
  });

  it("keeps to the given range and reports offsets into the whole text", () => {
    const text = "Skip this. Keep this one. And this.";
    const range = { start: 11, end: text.length };
    const spans = splitSentences(text, range);
    expect(spans.map((s) => s.text)).toEqual(["Keep this one.", "And this."]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \n\n  ")).toEqual([]);
  });
});

describe("sentencesOf", () => {
  it("numbers sentences across paragraphs and records the paragraph of each", () => {
    const text = "One. Two.\n\nThree.";
    const sentences = sentencesOf(text, [
      { start: 0, end: 9 },
      { start: 11, end: 17 },
    ]);
    expect(sentences.map((s) => [s.index, s.paragraph, s.text])).toEqual([
      [0, 0, "One."],
      [1, 0, "Two."],
      [2, 1, "Three."],
    ]);
  });
});

describe("long texts", () => {
  // The scan is one pass with bounded lookaround (see split-sentences.ts); here we only check
  // that a long text splits exactly as its repeated parts do.
  it("splits a long text as the sum of its parts", () => {
    const unit = "Sen. Ann Lee of the U.S. said on Nov. 28 that prices rose 3.5 percent. ";
    const small = splitSentences(unit.repeat(200));
    const large = splitSentences(unit.repeat(2000));
    expect(large.length).toBe(small.length * 10);
    expect(large.at(-1)?.end).toBe(unit.length * 2000 - 1);
  });
});
