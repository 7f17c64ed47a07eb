// Where a webhook's CPU goes, part by part, in one process (no HTTP):
//   node --import tsx tests/bench/webhook-ingest-breakdown.ts
// CPU ms per operation (8 in flight) for the pieces of the webhook pipeline —
// rate limiter, channel load + decrypt, live publish, ingest, the whole route
// handler — and, for scale, one Prisma query against one plain `pg` query.
// Companion of webhook-ingest.ts (which measures the real servers over HTTP).
import crypto from 'node:crypto';
import pg from 'pg';
import { freshDatabase, queueEnv } from './ingest/bench-stack';
import { messengerBody } from './ingest/http-load';

const database = await freshDatabase();
Object.assign(process.env, await queueEnv(), { DATABASE_URL: database.url, ENCRYPTION_KEY: crypto.randomBytes(32).toString('hex'), NEXTAUTH_SECRET: crypto.randomBytes(24).toString('hex'), LOG_LEVEL: 'warn' });
const { db, disconnectDb } = await import('../../lib/db');
const { encryptJson } = await import('../../lib/crypto');
const { ingestInboundMessage } = await import('../../lib/ingest/ingest-inbound-message');
const { rateLimitChannel } = await import('../../lib/webhooks/rate-limit-channel');
const { loadChannel } = await import('../../lib/channels/load-channel');
const { publishLive } = await import('../../lib/live/live-events');
const { POST } = await import('../../app/api/webhooks/messenger/[channelId]/route');

const ws = await db.workspace.create({ data: { name: 'Breakdown', slug: `breakdown-${Date.now()}` } });
const appSecret = crypto.randomBytes(16).toString('hex');
const pageId = '104857300118245';
const ch = await db.channel.create({ data: { workspaceId: ws.id, provider: 'messenger', name: 'p', settings: { pageId }, credentials: encryptJson({ appSecret }) } });
const pool = new pg.Pool({ connectionString: database.url, max: 8 });

const rows: string[] = [];
async function measure(label: string, n: number, fn: (i: number) => Promise<unknown>, concurrency = 8) {
  let i = 0;
  const run = () => Promise.all(Array.from({ length: concurrency }, async () => { while (i < n) await fn(i++); }));
  await run(); // warm-up
  const from = i;
  n *= 2;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const c = process.cpuUsage(c0);
  const ops = n - from;
  rows.push(`${label.padEnd(48)} ${((c.user + c.system) / 1000 / ops).toFixed(2).padStart(7)} ${((performance.now() - t0) / ops).toFixed(2).padStart(9)}`);
}

try {
  await measure('rateLimitChannel (cached limit, Redis bucket)', 500, () => rateLimitChannel(ch.id));
  await measure('loadChannel (1 Prisma query + AES-GCM decrypt)', 500, () => loadChannel(ch.id, 'messenger'));
  await measure('publishLive (relay)', 500, () => publishLive(`ws.${ws.id}.message`, { type: 'bench' }));
  await measure('one Prisma query (findFirst by id)', 1000, (i) => db.message.findFirst({ where: { id: `x${i}` } }));
  await measure('one pg query (same SQL, extended protocol)', 1000, (i) => pool.query('SELECT * FROM "Message" WHERE id = $1 LIMIT 1', [`x${i}`]));
  await measure('ingestInboundMessage (new contact)', 300, (i) =>
    ingestInboundMessage(ch, { providerMessageId: `ingest-${i}`, sentAt: new Date(), contact: { externalId: `psid-ingest-${i}` }, text: 'Hi, where is my order?' }),
  );
  await measure('messenger route handler (verify, parse, ingest)', 300, async (i) => {
    const raw = messengerBody(pageId, `psid-route-${i}`, `m-route-${i}`, 'Hi, where is my order?');
    const signature = `sha256=${crypto.createHmac('sha256', appSecret).update(raw).digest('hex')}`;
    const res = await POST(new Request(`http://bench/api/webhooks/messenger/${ch.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body: raw }), { params: Promise.resolve({ channelId: ch.id }) });
    if (res.status !== 200) throw new Error(`route answered ${res.status}`);
  });
  console.log(`\n${'operation'.padEnd(48)} ${'CPU ms'.padStart(7)} ${'wall ms'.padStart(9)}   (per operation, 8 in flight; load average ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})\n${rows.join('\n')}\n`);
} finally {
  await pool.end();
  await disconnectDb();
  await database.drop();
}
process.exit(0);
