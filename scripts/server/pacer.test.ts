import { describe, expect, it } from "vitest";
import { createPacer } from "./pacer.mjs";

/** A pacer whose turns run only when the test says so. */
function manual(perTurn: number) {
  const turns: (() => void)[] = [];
  const pacer = createPacer({ perTurn, defer: (fn) => turns.push(fn) });
  const started: string[] = [];
  const job = (name: string, options: { urgent?: boolean; isGone?: () => boolean } = {}) => pacer.admit(() => started.push(name), options);
  const turn = () => {
    const next = turns.shift();
    if (next) next();
    return [...started.splice(0)];
  };
  return { pacer, job, turn, pendingTurns: () => turns.length };
}

describe("admission pacer", () => {
  it("starts nothing on the turn a request arrives, then at most perTurn per turn, in arrival order", () => {
    const { job, turn, pacer } = manual(2);
    for (const n of ["a", "b", "c", "d", "e"]) job(n);
    expect(pacer.queued()).toBe(5);
    expect(turn()).toEqual(["a", "b"]);
    expect(turn()).toEqual(["c", "d"]);
    expect(turn()).toEqual(["e"]);
    expect(pacer.queued()).toBe(0);
  });

  it("asks for one turn at a time and none once the queue is empty", () => {
    const { job, turn, pendingTurns } = manual(1);
    job("a");
    job("b");
    expect(pendingTurns()).toBe(1);
    turn();
    expect(pendingTurns()).toBe(1);
    turn();
    expect(pendingTurns()).toBe(0);
  });

  it("lets urgent requests (autosaves) go first but keeps one place per turn for an ordinary one", () => {
    const { job, turn } = manual(3);
    job("page 1");
    job("page 2");
    for (const n of [1, 2, 3, 4, 5]) job(`save ${n}`, { urgent: true });
    expect(turn()).toEqual(["save 1", "save 2", "page 1"]);
    expect(turn()).toEqual(["save 3", "save 4", "page 2"]);
    expect(turn()).toEqual(["save 5"]);
  });

  it("alternates when only one request enters per turn", () => {
    const { job, turn } = manual(1);
    job("page");
    job("save 1", { urgent: true });
    job("save 2", { urgent: true });
    expect([turn(), turn(), turn()]).toEqual([["save 1"], ["page"], ["save 2"]]);
  });

  it("fills the turn with urgent requests when no ordinary one waits, and the other way round", () => {
    const { job, turn } = manual(3);
    for (const n of [1, 2, 3, 4]) job(`save ${n}`, { urgent: true });
    expect(turn()).toEqual(["save 1", "save 2", "save 3"]);
    for (const n of [1, 2, 3]) job(`page ${n}`);
    expect(turn()).toEqual(["save 4", "page 1", "page 2"]);
  });

  it("drops a request whose client left while it waited, without using its place", () => {
    const { job, turn } = manual(2);
    job("a");
    job("gone", { isGone: () => true });
    job("b");
    job("c");
    expect(turn()).toEqual(["a", "b"]);
    expect(turn()).toEqual(["c"]);
  });

  it("keeps order across thousands of requests (the queue compacts without losing any)", () => {
    const { job, turn } = manual(7);
    const names = Array.from({ length: 5000 }, (_, i) => `r${i}`);
    names.forEach((n) => job(n));
    const seen: string[] = [];
    for (let i = 0; i < 1000 && seen.length < names.length; i++) seen.push(...turn());
    expect(seen).toEqual(names);
  });

  it("refuses a pace that is not a positive whole number", () => {
    expect(() => createPacer({ perTurn: 0 })).toThrow(/positive whole number/);
    expect(() => createPacer({ perTurn: 1.5 })).toThrow(/positive whole number/);
  });
});
