// The only PrismaClient, and the one pg pool under it. Prisma 7 talks to
// Postgres through the pg driver adapter (no query-engine binary). Hot paths
// that cannot afford the ORM's per-query cost (webhook ingest) use the same
// pool directly through sqlTransaction(). Created on first use, so importing
// this module during `next build` needs no database.
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

function client(): PrismaClient {
  g.__switchboardPrisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return g.__switchboardPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === 'function' ? value.bind(c) : value;
  },
});

export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

// Runs fn in one transaction on a pooled connection, with plain parameterised
// SQL. Tenant scoping is the caller's job here: every statement names its
// workspaceId explicitly. Dates go in as ISO strings (UTC).
export async function sqlTransaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
  const conn = await pool().connect();
  try {
    await conn.query('BEGIN');
    const result = await fn(async (text, params) => (await conn.query(text, params as unknown[])).rows);
    await conn.query('COMMIT');
    return result;
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    conn.release();
  }
}

export async function disconnectDb(): Promise<void> {
  const c = g.__switchboardPrisma;
  const p = g.__switchboardPool;
  g.__switchboardPrisma = undefined;
  g.__switchboardPool = undefined;
  if (c) await c.$disconnect();
  if (p) await p.end();
}
