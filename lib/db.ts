// The only PrismaClient, and the one pg pool under it. Prisma 7 talks to
// Postgres through the pg driver adapter (no query-engine binary). Hot paths
// that cannot afford the ORM's per-query cost (webhook ingest) use the same
// pool directly through sqlTransaction(). Created on first use, so importing
// this module during `next build` needs no database.
import crypto from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

// Our timestamps are `timestamp(3)` in UTC (Prisma's convention). Raw queries
// must read them as UTC too, whatever the process time zone.
pg.types.setTypeParser(1114, (s: string) => new Date(`${s.replace(' ', 'T')}Z`));

type Globals = { __switchboardPrisma?: PrismaClient; __switchboardPool?: pg.Pool };
const g = globalThis as unknown as Globals;

function pool(): pg.Pool {
  g.__switchboardPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return g.__switchboardPool;
}

// DATABASE_PREPARED_STATEMENTS=1 (the worker process turns it on, see
// workers/index.ts): every ORM statement is prepared once per connection under
// a name derived from its text, and Postgres reuses its plan instead of parsing
// and planning it again. In the triage latency bench this halved the Postgres
// CPU per message. Not for PgBouncer in transaction mode; restart the process
// after a migration that changes a table's columns.
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `s${crypto.createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (statementNames.size < 10_000) statementNames.set(sql, name);
  }
  return name;
}

function client(): PrismaClient {
  const options = process.env.DATABASE_PREPARED_STATEMENTS === '1' ? { statementNameGenerator: (q: { sql: string }) => statementName(q.sql) } : undefined;
  g.__switchboardPrisma ??= new PrismaClient({ adapter: new PrismaPg(pool(), options) });
  return g.__switchboardPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === 'function' ? value.bind(c) : value;
  },
});

// Raw SQL goes out as named (prepared) statements: the hot paths run a handful
// of fixed statements per inbound message, so Postgres parses and plans each
// once per connection. Their texts are templates in our code (values are
// parameters), so the set stays small. DATABASE_PREPARED_STATEMENTS=0 turns it off.
function rawStatement(text: string, values: unknown[]): pg.QueryConfig {
  return process.env.DATABASE_PREPARED_STATEMENTS === '0' ? { text, values } : { name: statementName(text), text, values };
}

export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

// Runs fn in one transaction on a pooled connection, with plain parameterised
// SQL. Tenant scoping is the caller's job here: every statement names its
// workspaceId explicitly. Dates go in as ISO strings (UTC).
export async function sqlTransaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
  const conn = await pool().connect();
  try {
    await conn.query('BEGIN');
    const result = await fn(async (text, params) => (await conn.query(rawStatement(text, params ?? []))).rows);
    await conn.query('COMMIT');
    return result;
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    conn.release();
  }
}

// One statement on the pool, outside a transaction (prepared like the above):
// for hot reads such as loading a webhook's channel.
export async function sqlQuery<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await pool().query(rawStatement(text, params))).rows as T[];
}

export async function disconnectDb(): Promise<void> {
  const c = g.__switchboardPrisma;
  const p = g.__switchboardPool;
  g.__switchboardPrisma = undefined;
  g.__switchboardPool = undefined;
  if (c) await c.$disconnect();
  if (p) await p.end();
}
