// Working together, live, in real Chromium with two agents (two browser
// contexts) against the production build:
//  (a) a message posted to the API channel shows in both inboxes without a
//      reload (the delay is measured in the page), and the triage worker —
//      running in THIS process, not the web server's — tags it live;
//  (b) both open it and see each other viewing; one types, the other sees
//      "typing…"; one replies, the other is warned before sending on top and
//      must confirm;
//  (c) an @mention in a note lights the mentioned agent's bell, live.
// Everything the pages show is checked against rows read from the database.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { closeRelay } from '@/lib/live/get-relay';
import { closeQueues } from '@/lib/queue/get-queue';
import { DEMO_USERS } from '@/prisma/seed';
import { startOutboxRelay } from '@/workers/outbox-relay';
import { startTriageWorker } from '@/workers/triage';
import { launchBrowser, newPage, screenshot, signIn } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const meiLing = DEMO_USERS.find((u) => u.name === 'Mei-Ling Chen')!;
const dana = DEMO_USERS.find((u) => u.name === 'Dana Kim')!;

let browser: Browser;
let stopWorkers: () => Promise<void>;
let workspaceId: string;
let apiChannelId: string;
let apiKey: string;
let a: { context: BrowserContext; page: Page };
let b: { context: BrowserContext; page: Page };
let conversationId: string;
const delays: Record<string, number> = {};

const membershipOf = (email: string) => db.membership.findFirstOrThrow({ where: { workspaceId, user: { email } }, select: { id: true } });

// Resolves (in the page, with the page's clock) when `text` first shows in the
// conversation list; installed before the change, so polling adds nothing.
async function watchList(page: Page, text: string) {
  await page.evaluate((t) => {
    const w = window as unknown as { __seen?: Promise<number> };
    w.__seen = new Promise<number>((resolve) => {
      const list = () => document.querySelector('section[aria-label="Conversations"]');
      const check = () => {
        if (list()?.textContent?.includes(t)) {
          obs.disconnect();
          resolve(Date.now());
        }
      };
      const obs = new MutationObserver(check);
      obs.observe(document.body, { childList: true, subtree: true, characterData: true });
      check();
    });
  }, text);
  return () => page.evaluate(() => (window as unknown as { __seen: Promise<number> }).__seen);
}

const live = (page: Page) => page.locator('[data-testid="live-status"][data-status="live"]').waitFor();

beforeAll(async () => {
  browser = await launchBrowser();
  const ws = await db.workspace.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true } });
  workspaceId = ws.id;
  apiChannelId = (await db.channel.findFirstOrThrow({ where: { workspaceId, provider: 'api' }, select: { id: true } })).id;
  apiKey = (await createApiKey(workspaceId, 'e2e live collaboration', 'manager')).key;
  // The outbox relay and the triage worker run here, in the test process: their
  // live events must cross to the web server's process. (Not routing or SLA:
  // their backlog sweeps would reassign the demo data other browser tests read.)
  const stops = [await startOutboxRelay(), await startTriageWorker()];
  stopWorkers = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  a = await newPage(browser, baseUrl);
  b = await newPage(browser, baseUrl);
  await signIn(a.page, meiLing.email, meiLing.password);
  await signIn(b.page, dana.email, dana.password);
});

afterAll(async () => {
  await a?.context.close();
  await b?.context.close();
  await browser?.close();
  await stopWorkers?.();
  await closeQueues();
  await closeRelay();
  await disconnectDb();
  console.log(`[live-collaboration] measured: ${JSON.stringify(delays)}`);
});

describe('working together, live', () => {
  it('(a) a new message appears in both agents’ inboxes within a second or two, and is tagged live by the worker', async () => {
    for (const { page } of [a, b]) {
      await page.goto('/inbox?sort=newest');
      await live(page);
    }
    const name = `Live Tester ${Date.now().toString(36)}`;
    const seenA = await watchList(a.page, name);
    const seenB = await watchList(b.page, name);
    const postedAt = Date.now();
    const res = await fetch(`${baseUrl}/api/v1/channels/${apiChannelId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ externalId: `live-${name}`, contact: { name }, text: 'Your checkout is down, I cannot pay for my order. Payment fails every time!' }),
    });
    expect(res.status).toBe(201);
    conversationId = ((await res.json()) as { conversationId: string }).conversationId;
    const [atA, atB] = await Promise.all([seenA(), seenB()]);
    delays.newMessageAgentA = atA - postedAt;
    delays.newMessageAgentB = atB - postedAt;
    console.log(`[live-collaboration] new message → shown without reload: agent A ${delays.newMessageAgentA} ms, agent B ${delays.newMessageAgentB} ms`);
    expect(delays.newMessageAgentA).toBeLessThan(2000);
    expect(delays.newMessageAgentB).toBeLessThan(2000);
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { contact: { select: { name: true } } } })).toMatchObject({ contact: { name } });

    // The triage worker (this process) tags it; both lists show the tag without a reload.
    const deadline = Date.now() + 15_000;
    let tag: { tag: { name: string }; appliedAt: Date } | null = null;
    while (!tag && Date.now() < deadline) {
      tag = await db.tagApplication.findFirst({ where: { conversationId, removedAt: null }, select: { tag: { select: { name: true } }, appliedAt: true } });
      if (!tag) await new Promise((r) => setTimeout(r, 100));
    }
    expect(tag, 'the triage worker tagged the conversation').not.toBeNull();
    for (const { page } of [a, b]) {
      await page.locator(`[data-conversation-id="${conversationId}"] [data-tag]`).first().waitFor({ timeout: 3000 });
    }
    delays.tagShownAfterTriage = Date.now() - tag!.appliedAt.getTime();
    await screenshot(a.page, 'live-new-message-tagged');
  });

  it('(b) each sees the other viewing and typing; a reply on top of a colleague’s needs confirming', async () => {
    const [mA, mB] = [await membershipOf(meiLing.email), await membershipOf(dana.email)];
    await a.page.goto(`/inbox/${conversationId}?sort=newest`);
    await b.page.goto(`/inbox/${conversationId}?sort=newest`);
    await b.page.getByTestId('presence-bar').getByText('Mei-Ling Chen is viewing').waitFor();
    await a.page.getByTestId('presence-bar').getByText('Dana Kim is viewing').waitFor();

    // A types: B sees it.
    const typedAt = Date.now();
    await a.page.getByLabel('Reply to the customer').pressSequentially('We are on it: payments are being fixed right now.', { delay: 5 });
    await b.page.getByTestId('presence-bar').getByText('Mei-Ling Chen is typing…').waitFor();
    delays.typingShown = Date.now() - typedAt;
    await screenshot(b.page, 'presence-bar-typing');

    // B starts a draft too; A sees B typing, and is warned on sending while B types.
    await b.page.getByLabel('Reply to the customer').fill('Hello, sorry about the trouble with the checkout —');
    await a.page.getByTestId('presence-bar').getByText('Dana Kim is typing…').waitFor();
    await a.page.getByRole('button', { name: 'Send reply' }).click();
    const warnA = a.page.getByTestId('collision-warning');
    await warnA.getByText('Dana Kim is typing in this conversation right now').waitFor();
    expect(await db.message.count({ where: { conversationId, direction: 'out', authorId: mA.id } })).toBe(0);
    await warnA.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => db.message.count({ where: { conversationId, direction: 'out', authorId: mA.id } }), { timeout: 10_000 }).toBe(1);
    // A's reply shows in B's thread live, and A is back to "viewing".
    await b.page.getByRole('list', { name: 'Messages' }).getByText('We are on it: payments are being fixed right now.').waitFor();
    await b.page.getByTestId('presence-bar').getByText('Mei-Ling Chen is viewing').waitFor();

    // B, who started writing before A's reply, is warned before sending on top of it.
    await b.page.getByLabel('Reply to the customer').fill('Hello, sorry about the trouble with the checkout — we are looking into it.');
    await b.page.getByRole('button', { name: 'Send reply' }).click();
    const warning = b.page.getByTestId('collision-warning');
    await warning.getByText('Mei-Ling Chen replied after you opened this conversation').waitFor();
    await screenshot(b.page, 'collision-warning');
    expect(await db.message.count({ where: { conversationId, direction: 'out', authorId: mB.id } })).toBe(0);

    await warning.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => db.message.count({ where: { conversationId, direction: 'out', authorId: mB.id } }), { timeout: 10_000 }).toBe(1);
    await expect(b.page.getByTestId('collision-warning').count()).resolves.toBe(0);
    await expect(b.page.getByLabel('Reply to the customer').inputValue()).resolves.toBe('');
  });

  it('(c) an @mention in a note lights the colleague’s bell live, and the dropdown links to the conversation', async () => {
    const mB = await membershipOf(dana.email);
    const unreadBefore = await db.notification.count({ where: { recipientId: mB.id, readAt: null } });
    const count = b.page.getByTestId('notification-count');
    const before = unreadBefore ? Number((await count.textContent()) ?? '0') : 0;

    await a.page.getByRole('radio', { name: 'Internal note' }).click();
    await a.page.getByLabel('Internal note (use @name to notify a colleague)').fill('@Dana Kim can you follow up with the customer tomorrow morning?');
    const notedAt = Date.now();
    await a.page.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => db.notification.count({ where: { recipientId: mB.id, kind: 'mention', conversationId } }), { timeout: 10_000 }).toBe(1);
    await b.page.locator('[data-testid="notification-count"]', { hasText: String(Math.min(before + 1, 99)) }).waitFor();
    delays.mentionOnBell = Date.now() - notedAt;

    await b.page.getByRole('button', { name: /^Notifications/ }).click();
    const panel = b.page.getByRole('region', { name: 'Notifications' });
    const item = panel.getByRole('link', { name: /Mei-Ling Chen mentioned you in a note/ });
    await item.waitFor();
    expect(await item.getAttribute('href')).toBe(`/inbox/${conversationId}`);
    await screenshot(b.page, 'notification-bell-dropdown');

    await panel.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => db.notification.count({ where: { recipientId: mB.id, readAt: null } }), { timeout: 5000 }).toBe(0);
    await b.page.getByTestId('notification-count').waitFor({ state: 'detached' });
  });

  it('answers 401 to the event stream and presence without a session', async () => {
    for (const path of ['/api/events', '/api/presence', '/api/notifications']) {
      const r = await fetch(`${baseUrl}${path}`);
      expect(r.status, path).toBe(401);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
  });
});
