// A flood on one channel is refused with 429 (its own limit, from
// settings.rateLimitPerSecond) while another channel's webhooks, at the same
// time, keep answering 2xx promptly; a refused request writes nothing.
// Real Messenger webhooks (signed on the raw bytes) through the real route.
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db';
import { encryptJson } from '@/lib/crypto';
import { POST } from '@/app/api/webhooks/messenger/[channelId]/route';
import { createTestWorkspace } from '../helpers/create-test-workspace';

afterAll(disconnectDb);

async function messengerChannel(workspaceId: string, pageId: string, settings: Record<string, unknown> = {}) {
  const appSecret = crypto.randomBytes(16).toString('hex');
  const channel = await db.channel.create({
    data: { workspaceId, provider: 'messenger', name: `Page ${pageId}`, externalId: pageId, settings: { pageId, ...settings }, credentials: encryptJson({ appSecret, verifyToken: 'v', pageAccessToken: 'p' }) },
  });
  return { channel, appSecret, pageId };
}

function post(ch: Awaited<ReturnType<typeof messengerChannel>>, n: number) {
  const raw = JSON.stringify({
    object: 'page',
    entry: [{ id: ch.pageId, time: Date.now(), messaging: [{ sender: { id: `psid-${ch.pageId}-${n}` }, recipient: { id: ch.pageId }, timestamp: Date.now(), message: { mid: `m_${ch.pageId}_${n}`, text: `message ${n}` } }] }],
  });
  const signature = `sha256=${crypto.createHmac('sha256', ch.appSecret).update(raw).digest('hex')}`;
  const started = performance.now();
  return POST(
    new Request(`http://switchboard.test/api/webhooks/messenger/${ch.channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body: raw }),
    { params: Promise.resolve({ channelId: ch.channel.id }) },
  ).then(async (res) => ({ n, status: res.status, ms: performance.now() - started, retryAfter: res.headers.get('retry-after'), body: await res.json() }));
}

describe('webhook floods', () => {
  it('429s a flooded channel without slowing another one, and a 429 writes no row', async () => {
    const ws = await createTestWorkspace();
    const flooded = await messengerChannel(ws.workspace.id, '9100000001', { rateLimitPerSecond: 10 });
    const calm = await messengerChannel(ws.workspace.id, '9100000002', { rateLimitPerSecond: 10 });

    // The calm channel alone first, for comparison on this (shared, busy) machine.
    const alone: number[] = [];
    for (let i = 0; i < 5; i++) alone.push((await post(calm, 1000 + i)).ms);

    // A sustained flood — 10 bursts of 30 requests, 100 ms apart — while the other
    // channel gets one request every 150 ms (~7/s, under its limit).
    const floodRequests: ReturnType<typeof post>[] = [];
    const flood = (async () => {
      for (let b = 0; b < 10; b++) {
        for (let k = 0; k < 30; k++) floodRequests.push(post(flooded, b * 30 + k));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const steady: Awaited<ReturnType<typeof post>>[] = [];
    for (let i = 0; i < 8; i++) {
      steady.push(await post(calm, i));
      await new Promise((r) => setTimeout(r, 150));
    }
    await flood;
    const flooding = await Promise.all(floodRequests);

    const accepted = flooding.filter((r) => r.status === 200);
    const refused = flooding.filter((r) => r.status === 429);
    expect(accepted.length + refused.length).toBe(300);
    expect(refused.length).toBeGreaterThanOrEqual(240);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    expect(refused[0].body.error.code).toBe('rate_limited');
    expect(Number(refused[0].retryAfter)).toBeGreaterThanOrEqual(1);

    // The calm channel is not refused and not slowed much: its median stays
    // within 3x (+300 ms) of its median alone, and no request waits 3 s.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    expect(steady.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(median(steady.map((r) => r.ms))).toBeLessThan(3 * median(alone) + 300);
    expect(Math.max(...steady.map((r) => r.ms))).toBeLessThan(3000);

    // Exactly the accepted requests were stored: one message and one contact identity each.
    expect(await db.message.count({ where: { channelId: flooded.channel.id } })).toBe(accepted.length);
    expect(await db.contactIdentity.count({ where: { workspaceId: ws.workspace.id, externalId: { startsWith: `psid-${flooded.pageId}-` } } })).toBe(accepted.length);
    const storedMids = (await db.message.findMany({ where: { channelId: flooded.channel.id }, select: { providerMessageId: true } })).map((m) => m.providerMessageId).sort();
    expect(storedMids).toEqual(accepted.map((r) => `m_${flooded.pageId}_${r.n}`).sort());
    expect(await db.message.count({ where: { channelId: calm.channel.id } })).toBe(13);
  });

  it('lets the flooded channel in again once its window has passed', async () => {
    const ws = await createTestWorkspace();
    const ch = await messengerChannel(ws.workspace.id, '9100000003', { rateLimitPerSecond: 5 });
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => post(ch, i)));
    expect(burst.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(20);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await post(ch, 1000)).status).toBe(200);
  });
});
