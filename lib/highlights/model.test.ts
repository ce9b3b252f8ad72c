import { describe, expect, it } from "vitest";
import { addHighlight } from "./model";
import { checkHighlights } from "./schema";

describe("highlight lists", () => {
  it("adding over existing highlights merges them and keeps their notes", () => {
    let list = addHighlight([], { start: 10, end: 20 }, "a", "first").list;
    list = addHighlight(list, { start: 30, end: 40 }, "b").list;
    const { list: merged, id } = addHighlight(list, { start: 15, end: 32 }, "c", "third");
    expect(id).toBe("a");
    expect(merged).toEqual([{ id: "a", start: 10, end: 40, note: "first\nthird" }]);
  });

  it("a list is checked against the article's length and must not overlap", () => {
    expect(checkHighlights([{ id: "a", start: 5, end: 9, note: "" }], 9)).toMatchObject({ ok: true });
    expect(checkHighlights([{ id: "a", start: 5, end: 10, note: "" }], 9)).toMatchObject({ ok: false });
    expect(checkHighlights("nope", 9)).toMatchObject({ ok: false });
    expect(checkHighlights([{ id: "a b", start: 0, end: 1, note: "" }], 9)).toMatchObject({ ok: false });
  });
});
