import crypto from 'node:crypto';
import pg from 'pg';
import { freshDatabase } from './bench-stack';
const database = await freshDatabase();
Object.assign(process.env, { DATABASE_URL: database.url, ENCRYPTION_KEY: crypto.randomBytes(32).toString('hex'), NEXTAUTH_SECRET: 'x'.repeat(32), QUEUE_BACKEND: 'postgres' });
const { db, disconnectDb } = await import('../../../lib/db');
const pool = new pg.Pool({ connectionString: database.url, max: 4 });
const measure = async (label: string, n: number, fn: (i: number) => Promise<unknown>) => {
  for (let i = 0; i < 200; i++) await fn(i);
  const c0 = process.cpuUsage(); const t = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  const c = process.cpuUsage(c0);
  console.log(label.padEnd(40), ((c.user + c.system) / 1000 / n).toFixed(3), 'ms cpu/query', ((performance.now() - t) / n).toFixed(3), 'ms wall/query');
};
await measure('prisma findFirst message by id', 2000, (i) => db.message.findFirst({ where: { id: `x${i}` } }));
await measure('prisma $queryRaw select 1', 2000, () => db.$queryRaw`SELECT 1`);
await measure('pg pool query (extended protocol)', 2000, (i) => pool.query('SELECT id FROM "Message" WHERE id = $1', [`x${i}`]));
await measure('prisma $transaction with 3 findFirst', 500, (i) => db.$transaction(async (tx) => { for (let k = 0; k < 3; k++) await tx.message.findFirst({ where: { id: `x${i}` } }); }));
await pool.end(); await disconnectDb(); await database.drop(); process.exit(0);
