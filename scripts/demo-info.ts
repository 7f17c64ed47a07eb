// `npm run -s demo:info` prints one JSON object describing the running demo,
// for scripts and tests that drive it: base URL, an API key, the sign-ins and
// every channel with its webhook URL, ids and (decrypted) webhook secrets.
// Nothing else goes to stdout; errors are one JSON object on stderr, exit 1.
//
// Which demo: DATABASE_URL when set in the environment (then .data/run.json
// is not used, so tests never reach a developer's running demo), else the one
// .data/run.json describes.
import { localSecrets, readDemoFile, readRunInfo, writeDemoFile } from './lib/runtime-files';

function fail(error: string): never {
  process.stderr.write(JSON.stringify({ error }) + '\n');
  process.exit(1);
}

const fromEnv = Boolean(process.env.DATABASE_URL);
const run = fromEnv ? null : readRunInfo();
const databaseUrl = process.env.DATABASE_URL ?? run?.databaseUrl;
if (!databaseUrl) fail('No running demo found: start one with `npm run demo`, or set DATABASE_URL to the demo database.');
const baseUrl = (run?.baseUrl ?? process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');

// lib/ reads its configuration at first use: set it before importing.
process.env.DATABASE_URL = databaseUrl;
if (!process.env.ENCRYPTION_KEY || !process.env.NEXTAUTH_SECRET) {
  const secrets = localSecrets();
  process.env.ENCRYPTION_KEY ??= secrets.ENCRYPTION_KEY;
  process.env.NEXTAUTH_SECRET ??= secrets.NEXTAUTH_SECRET;
}
// Info logs go to stdout, which must hold the JSON alone.
process.env.LOG_LEVEL = 'warn';

const { db, disconnectDb } = await import('../lib/db');
const { createApiKey } = await import('../lib/auth/api-keys');
const { decryptJson, sha256Hex } = await import('../lib/crypto');
const { DEMO_SLUG, DEMO_USERS } = await import('../prisma/seed');

const PROVIDER_ORDER = ['messenger', 'instagram', 'whatsapp', 'x', 'sms', 'email', 'chat', 'api'];

async function demoApiKey(workspaceId: string): Promise<string> {
  const saved = readDemoFile()?.apiKey;
  if (saved) {
    const row = await db.apiKey.findFirst({ where: { hash: sha256Hex(saved), workspaceId, revokedAt: null }, select: { id: true } });
    if (row) return saved;
  }
  // Lost or stale (the demo was reset): make a new key; only the hash is stored.
  const admin = await db.membership.findFirst({ where: { workspaceId, role: 'admin' }, select: { id: true } });
  const { key } = await createApiKey(workspaceId, 'Demo key (demo:info)', 'manager', admin?.id);
  // Keep it for next time in .data/demo.json, which belongs to the local
  // demo: with an explicit DATABASE_URL only when it is that demo's database,
  // so tests and other databases never overwrite it.
  if (!fromEnv || readRunInfo()?.databaseUrl === databaseUrl) writeDemoFile({ apiKey: key });
  return key;
}

try {
  const workspace = await db.workspace.findUnique({ where: { slug: DEMO_SLUG }, select: { id: true } });
  if (!workspace) fail('This database has no demo workspace: run `npm run demo` or `npm run db:seed`.');
  const apiKey = await demoApiKey(workspace.id);
  const rows = await db.channel.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: 'asc' } });
  rows.sort((a, b) => PROVIDER_ORDER.indexOf(a.provider) - PROVIDER_ORDER.indexOf(b.provider));
  const channels = rows.map((c) => {
    let secrets: Record<string, string>;
    try {
      secrets = decryptJson(c.credentials);
    } catch {
      fail(`Cannot decrypt the secrets of channel ${c.id}: ENCRYPTION_KEY is not the one the demo was seeded with.`);
    }
    return {
      id: c.id,
      provider: c.provider,
      name: c.name,
      webhookUrl: c.provider === 'api' ? `${baseUrl}/api/v1/channels/${c.id}/messages` : `${baseUrl}/api/webhooks/${c.provider}/${c.id}`,
      settings: c.settings,
      secrets,
    };
  });
  process.stdout.write(JSON.stringify({ baseUrl, apiKey, users: DEMO_USERS, channels }, null, 2) + '\n');
} catch (err) {
  fail((err as Error).message);
} finally {
  await disconnectDb();
}
