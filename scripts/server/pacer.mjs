// @ts-check
/* global setImmediate */
// Admission pacing for the app's one Node process.
//
// Why: libuv accepts one new connection per turn of the event loop (libuv#3696). When a bell
// rings, a few hundred students open connections at once; the first ones keep the loop busy with
// back-to-back requests, a turn then lasts hundreds of milliseconds, and the connections still in
// the kernel's accept queue wait one turn each — 10 s and more for the last of them, long enough
// for an autosave to time out. Letting only a few new requests into the app per turn keeps every
// turn short, so waiting connections are accepted quickly, and the requests that do wait queue in
// arrival order instead of by luck. Requests marked urgent (autosaves: what a student must never
// lose) go ahead of page loads, but every turn still lets one ordinary request in, so pages keep
// moving while saves pour in. Measured in bench/README.md (admission pacing).

/**
 * @typedef {object} Pacer
 * @property {(run: () => void, options?: { urgent?: boolean, isGone?: () => boolean }) => void} admit
 *   Queues a request; `run` starts it on a later turn. `isGone` is asked just before: a request
 *   whose client has already left (an autosave that timed out) is dropped instead of run.
 * @property {() => number} queued How many requests are waiting.
 */

/**
 * @param {{ perTurn?: number, defer?: (fn: () => void) => void }} [options]
 *   perTurn: requests let in per turn of the event loop. defer: how to wait for the next turn
 *   (setImmediate: after the poll phase, which is where the next connection is accepted).
 * @returns {Pacer}
 */
export function createPacer({ perTurn = 8, defer = setImmediate } = {}) {
  if (!Number.isInteger(perTurn) || perTurn < 1) throw new Error(`perTurn must be a positive whole number, not ${perTurn}`);
  const urgent = createQueue();
  const ordinary = createQueue();
  let scheduled = false;
  let ordinaryTurn = true; // flipped before use: urgent first

  function turn() {
    scheduled = false;
    let started = 0;
    // One place per turn is kept for an ordinary request when one waits; with one place per
    // turn, urgent and ordinary requests take turns.
    let urgentPlaces = perTurn;
    if (ordinary.size() > 0 && perTurn > 1) urgentPlaces = perTurn - 1;
    else if (ordinary.size() > 0) {
      ordinaryTurn = !ordinaryTurn;
      urgentPlaces = ordinaryTurn ? 0 : 1;
    }
    while (started < urgentPlaces && urgent.startNext()) started++;
    while (started < perTurn && ordinary.startNext()) started++;
    while (started < perTurn && urgent.startNext()) started++;
    if (urgent.size() + ordinary.size() > 0) schedule();
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    defer(turn);
  }

  return {
    admit(run, options = {}) {
      (options.urgent ? urgent : ordinary).push({ run, isGone: options.isGone });
      schedule();
    },
    queued: () => urgent.size() + ordinary.size(),
  };
}

/** A FIFO that skips requests whose client left; startNext() runs the next live one, if any. */
function createQueue() {
  /** @type {{ run: () => void, isGone?: () => boolean }[]} */
  let items = [];
  let head = 0;
  return {
    /** @param {{ run: () => void, isGone?: () => boolean }} job */
    push(job) {
      items.push(job);
    },
    size: () => items.length - head,
    startNext() {
      while (head < items.length) {
        const job = /** @type {{ run: () => void, isGone?: () => boolean }} */ (items[head++]);
        // Compact now and then rather than shift() on every request.
        if (head > 1024 && head * 2 > items.length) {
          items = items.slice(head);
          head = 0;
        }
        if (job.isGone?.()) continue;
        job.run();
        return true;
      }
      return false;
    },
  };
}
