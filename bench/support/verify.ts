// After a bench: what the server acknowledged, checked against the database itself (never against
// the responses). Lost = an acknowledged save whose row is missing or older; duplicates = more
// than one answer per (attempt, question) or attempt per (assignment, student); integrity = the
// database's own check (SQLite integrity and foreign-key checks; PostgreSQL amcheck on every
// B-tree index, plus orphan counts).
import path from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import type { Target } from "./fixture";
import type { Acked } from "./burst";

export interface Verdict {
  lost: number;
  lostSubmits: number;
  duplicates: number;
  /** Students who appear twice under one display name: a join retried after its response was lost. */
  repeatedJoins: number;
  integrity: string;
  answerRows: number;
}

interface Query {
  all<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

async function connect(target: Target): Promise<{ q: Query; dialect: "sqlite" | "postgres" }> {
  if (target.databaseUrl) {
    const c = new pg.Client({ connectionString: target.databaseUrl });
    await c.connect();
    return {
      dialect: "postgres",
      q: { all: async <T>(sql: string) => (await c.query(sql)).rows as T[], close: () => c.end() },
    };
  }
  const db = new SQLite(path.join(target.dataDir!, "evident.sqlite"), { readonly: true });
  return { dialect: "sqlite", q: { all: async <T>(sql: string) => db.prepare(sql).all() as T[], close: async () => void db.close() } };
}

export async function verify(target: Target, ackedSaves: Acked[], ackedSubmits: string[]): Promise<Verdict> {
  const { q, dialect } = await connect(target);
  try {
    const rows = await q.all<{ attempt_id: string; question_id: string; seq: number }>("select attempt_id, question_id, seq from answers");
    const stored = new Map(rows.map((r) => [`${r.attempt_id}\u0000${r.question_id}`, Number(r.seq)]));
    const lost = ackedSaves.filter((a) => (stored.get(`${a.attemptId}\u0000${a.questionId}`) ?? -1) < a.seq).length;
    const submitted = new Set((await q.all<{ id: string }>("select id from attempts where submitted_at is not null")).map((r) => r.id));
    const lostSubmits = ackedSubmits.filter((id) => !submitted.has(id)).length;
    const dupAnswers = await q.all<{ n: number }>("select count(*) as n from (select attempt_id, question_id from answers group by attempt_id, question_id having count(*) > 1) d");
    const dupAttempts = await q.all<{ n: number }>("select count(*) as n from (select assignment_id, student_id from attempts group by assignment_id, student_id having count(*) > 1) d");
    const repeated = await q.all<{ n: number }>("select coalesce(sum(c - 1), 0) as n from (select count(*) as c from students group by class_id, display_name having count(*) > 1) d");
    let integrity: string;
    if (dialect === "sqlite") {
      const check = await q.all<{ integrity_check: string }>("pragma integrity_check");
      const fk = await q.all("pragma foreign_key_check");
      integrity = check.map((c) => c.integrity_check).join("; ") + (fk.length ? `; ${fk.length} foreign-key violations` : "; foreign keys ok");
    } else {
      await q.all("create extension if not exists amcheck");
      const indexes = await q.all<{ name: string }>(
        "select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam join pg_namespace n on n.oid = c.relnamespace where a.amname = 'btree' and n.nspname = 'public'",
      );
      for (const ix of indexes) await q.all(`select bt_index_check('public.${ix.name}'::regclass, true)`);
      const orphans = await q.all<{ n: number }>("select count(*) as n from answers a left join attempts t on t.id = a.attempt_id where t.id is null");
      integrity = `amcheck ok on ${indexes.length} indexes; ${Number(orphans[0]!.n)} orphan answers`;
    }
    return {
      lost,
      lostSubmits,
      duplicates: Number(dupAnswers[0]!.n) + Number(dupAttempts[0]!.n),
      repeatedJoins: Number(repeated[0]!.n),
      integrity,
      answerRows: rows.length,
    };
  } finally {
    await q.close();
  }
}
