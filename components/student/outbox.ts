// The offline outbox: saves the server has not acknowledged yet, kept in IndexedDB so they
// survive a reload or a closed lid, and sent again in order. Raw IndexedDB, four operations.
// If the browser refuses IndexedDB (some private modes), a memory queue keeps the page working.

export interface PendingSave {
  /** The idempotency key; also the record's key. */
  key: string;
  attemptId: string;
  questionId: string;
  answer: string | number;
  seq: number;
}

const DB_NAME = "evident-outbox";
const STORE = "saves";

let opening: Promise<IDBDatabase | null> | null = null;
const memory = new Map<string, PendingSave>();

function open(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    try {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "key" });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opening;
}

/** Runs one transaction; resolves when it has committed (so a put is durable before we say so). */
async function tx<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  if (!db) return undefined;
  return new Promise((resolve, reject) => {
    const t = db.transaction(STORE, mode);
    const req = work(t.objectStore(STORE));
    t.oncomplete = () => resolve(req ? req.result : undefined);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  });
}

/** Adds a save, dropping older unsent saves of the same question (the newer one supersedes them). */
export async function put(save: PendingSave): Promise<void> {
  if (!(await open())) {
    for (const [k, v] of memory) if (v.attemptId === save.attemptId && v.questionId === save.questionId && v.seq < save.seq) memory.delete(k);
    memory.set(save.key, save);
    return;
  }
  await tx("readwrite", (store) => {
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      const v = c.value as PendingSave;
      if (v.attemptId === save.attemptId && v.questionId === save.questionId && v.seq < save.seq) c.delete();
      c.continue();
    };
    store.put(save);
  });
}

/** Every unsent save, oldest sequence first. */
export async function all(): Promise<PendingSave[]> {
  const rows = (await open()) ? ((await tx("readonly", (store) => store.getAll() as IDBRequest<PendingSave[]>)) ?? []) : [...memory.values()];
  return rows.sort((a, b) => a.seq - b.seq);
}

async function remove(key: string): Promise<void> {
  memory.delete(key);
  await tx("readwrite", (store) => {
    store.delete(key);
  });
}

/** Empties the outbox (after submitting, and on sign-out so the next student starts clean). */
export async function clear(attemptId?: string): Promise<void> {
  for (const [k, v] of memory) if (!attemptId || v.attemptId === attemptId) memory.delete(k);
  if (!attemptId) {
    await tx("readwrite", (store) => {
      store.clear();
    });
    return;
  }
  for (const s of await all()) if (s.attemptId === attemptId) await remove(s.key);
}

export { remove as delete };

// The sequence counter per attempt lives in localStorage, so a reload continues above every
// number already sent; the caller also passes the highest number the server has stored.
const SEQ_PREFIX = "evident.seq.";

export function nextSeq(attemptId: string, floor: number): number {
  let last = floor;
  try {
    last = Math.max(floor, Number(localStorage.getItem(SEQ_PREFIX + attemptId)) || 0);
  } catch {
    // Storage refused: the floor (server and outbox) still keeps the order.
  }
  const next = last + 1;
  try {
    localStorage.setItem(SEQ_PREFIX + attemptId, String(next));
  } catch {
    // As above.
  }
  return next;
}

export function forgetSeqs(): void {
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith(SEQ_PREFIX)) localStorage.removeItem(k);
  } catch {
    // Nothing stored.
  }
}
