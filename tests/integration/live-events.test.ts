import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { publishLive, subscribeLive } from '@/lib/live/live-events';
import { closeRelay } from '@/lib/live/get-relay';

afterAll(closeRelay);

describe('live events across processes', () => {
  it('delivers an event published by another process to a subscriber here', async () => {
    const workspaceId = `test${Date.now()}`;
    const topic = `ws.${workspaceId}.conversation`;
    const got: unknown[] = [];
    const stop = await subscribeLive(`ws.${workspaceId}.>`, (e) => got.push(e));
    // A second process (like a worker) publishes.
    const root = path.resolve(import.meta.dirname, '../..');
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', `import('./lib/live/live-events.ts').then(async (m) => { await m.publishLive('${topic}', { type: 'conversation.updated', id: 'c1' }); const r = await import('./lib/live/get-relay.ts'); await r.closeRelay(); process.exit(0); })`], {
      cwd: root,
      env: process.env,
      stdio: 'inherit',
    });
    await new Promise((r) => child.on('exit', r));
    const deadline = Date.now() + 8000;
    while (!got.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(got).toEqual([{ type: 'conversation.updated', id: 'c1' }]);
    await stop();
    // After unsubscribing, nothing more arrives here.
    await publishLive(topic, { type: 'conversation.updated', id: 'c2' });
    await new Promise((r) => setTimeout(r, 300));
    expect(got).toHaveLength(1);
  });
});
