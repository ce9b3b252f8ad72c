import "server-only";
// Group commit for the embedded database. With synchronous=FULL every SQLite commit waits for the
// disk (fsync), and that wait — not the SQL — is most of an autosave's cost; at a bell hundreds of
// saves arrive together. Writes that arrive while one commit is on its way are queued and then
// committed together in one transaction: one fsync for the group. Each caller's promise settles
// only after the commit that holds its write, so "saved" still means "on disk"; if the commit
// fails, every write in it fails and its callers retry. Each write runs inside its own savepoint,
// so one write that throws is rolled back alone and the rest of its group still commits.
// PostgreSQL already groups concurrent commits into one WAL flush, so there each write simply
// gets its own transaction.
import type { Kysely, Transaction } from "kysely";
import { isSqlite } from "./dialect";
import type { Database } from "./schema";

export type Write<T> = (trx: Transaction<Database>) => Promise<T>;

interface Pending {
  write: Write<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Enough to absorb a class's burst in a few commits, small enough to keep each one short. */
const MAX_GROUP = 256;

class GroupCommitter {
  private queue: Pending[] = [];
  private draining = false;

  constructor(private readonly db: Kysely<Database>) {}

  add<T>(write: Write<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ write, resolve: resolve as (v: unknown) => void, reject });
      if (!this.draining) {
        this.draining = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain() {
    try {
      while (this.queue.length) {
        await this.commit(this.queue.splice(0, MAX_GROUP));
        // Let requests that arrived during the commit reach the queue before the next group.
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.draining = false;
    }
  }

  private async commit(group: Pending[]) {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    let trx;
    try {
      trx = await this.db.startTransaction().execute();
      for (const p of group) {
        const inner = await trx.savepoint("w").execute();
        try {
          outcomes.push({ ok: true, value: await p.write(inner) });
          await inner.releaseSavepoint("w").execute();
        } catch (error) {
          await inner.rollbackToSavepoint("w").execute();
          await inner.releaseSavepoint("w").execute();
          outcomes.push({ ok: false, error });
        }
      }
      await trx.commit().execute();
    } catch (error) {
      if (trx) await trx.rollback().execute().catch(() => undefined);
      for (const p of group) p.reject(error);
      return;
    }
    group.forEach((p, i) => {
      const o = outcomes[i]!;
      if (o.ok) p.resolve(o.value);
      else p.reject(o.error);
    });
  }
}

const committers = new WeakMap<Kysely<Database>, GroupCommitter>();

/** Runs `write` in a transaction and resolves once it is durably committed (grouped on SQLite). */
export function durableWrite<T>(db: Kysely<Database>, write: Write<T>): Promise<T> {
  if (!isSqlite(db)) return db.transaction().execute(write);
  let committer = committers.get(db);
  if (!committer) {
    committer = new GroupCommitter(db);
    committers.set(db, committer);
  }
  return committer.add(write);
}
