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
import { closeRelay, getRelay } from '@/lib/live/get-relay';
import { closeQueues } from '@/lib/queue/get-queue';
import { DEMO_USERS } from '@/prisma/seed';
import { startOutboxRelay } from '@/workers/outbox-relay';
import { startTriageWorker } from '@/workers/triage';
import { routeConversation } from '@/lib/routing/apply-route';
import { publishConversationUpdated } from '@/lib/live/publish-conversation-event';
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

// Resolves with the time (page clock) the next event of `type` reaches the page
// (a second EventSource of its own, so the app's code is not involved).
async function watchEvent(page: Page, type: string) {
  await page.evaluate((t) => {
    const w = window as unknown as { __event?: Promise<number> };
    w.__event = new Promise<number>((resolve) => {
      const es = new EventSource('/api/events');
      es.onmessage = (m) => {
        if ((JSON.parse(m.data) as { type: string }).type !== t) return;
        es.close();
        resolve(Date.now());
      };
    });
  }, type);
  // Give the stream time to subscribe before the change is made.
  await page.waitForTimeout(300);
  return () => page.evaluate(() => (window as unknown as { __event: Promise<number> }).__event);
}

// Waits until the page has stopped fetching (Next prefetches every visible link
// after a load), so that a measurement is not queued behind those requests.
async function settle(page: Page, quietMs = 700, maxMs = 10_000) {
  const deadline = Date.now() + maxMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const n = await page.evaluate(() => performance.getEntriesByType('resource').length);
    if (n !== last) [last, since] = [n, Date.now()];
    else if (Date.now() - since >= quietMs) return;
    await page.waitForTimeout(100);
  }
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
    await Promise.all([settle(a.page), settle(b.page)]);
    // Twice: the first request after the server started is cold (modules load, connections open).
    for (const round of ['cold', 'warm'] as const) {
      const name = `Live Tester ${round} ${Date.now().toString(36)}`;
      const seenA = await watchList(a.page, name);
      const seenB = await watchList(b.page, name);
      const eventA = await watchEvent(a.page, 'message.created');
      const postedAt = Date.now();
      const res = await fetch(`${baseUrl}/api/v1/channels/${apiChannelId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ externalId: `live-${name}`, contact: { name }, text: 'Your checkout is down, I cannot pay for my order. Payment fails every time!' }),
      });
      const answeredAt = Date.now();
      expect(res.status).toBe(201);
      conversationId = ((await res.json()) as { conversationId: string }).conversationId;
      const [atA, atB, evA] = await Promise.all([seenA(), seenB(), eventA()]);
      // From the moment the message is stored (the API answered) to: the event in the page, the row on screen.
      const m = { api: answeredAt - postedAt, event: evA - answeredAt, agentA: atA - answeredAt, agentB: atB - answeredAt };
      delays[`${round}_api`] = m.api;
      delays[`${round}_event`] = m.event;
      delays[`${round}_rowShown`] = Math.max(m.agentA, m.agentB);
      // The page's own re-render request (router.refresh → RSC of /inbox?sort=newest), not link prefetches.
      const rsc = await a.page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\/inbox\?sort=newest&_rsc=/.test(e.name))
          .map((e) => ({ start: Math.round(performance.timeOrigin + e.startTime), ms: Math.round(e.duration) })),
      );
      const refresh = rsc.filter((r) => r.start >= postedAt)[0];
      const render = refresh?.ms ?? -1;
      console.log(`[live-collaboration] ${round}: the refresh request started ${refresh ? refresh.start - answeredAt : '?'} ms after the answer and took ${render} ms`);
      delays[`${round}_rscRender`] = render;
      console.log(`[live-collaboration] ${round}: the API stored it in ${m.api} ms; then the event reached the page in ${m.event} ms, the row showed for agent A in ${m.agentA} ms, agent B ${m.agentB} ms`);
      // The live plumbing (publish → relay → web process → SSE → tab) within a second…
      expect(m.event).toBeLessThan(1000);
      // …and the row on screen after one server re-render of the inbox (~0.5 s on an
      // idle machine; the bounds leave room for a 2-core machine shared with builds,
      // and for the first render after the server started).
      expect(m.agentA).toBeLessThan(round === 'cold' ? 10_000 : 3000);
      expect(m.agentB).toBeLessThan(round === 'cold' ? 10_000 : 3000);
      await Promise.all([settle(a.page), settle(b.page)]);
      expect(await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { contact: { select: { name: true } } } })).toMatchObject({ contact: { name } });
    }

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

    // Routing: the routing worker's own handler for this one conversation (the
    // worker is not started, see above) gives it a team and, when someone is on
    // shift, an assignee; both lists show the result without a reload.
    const routed = await routeConversation(workspaceId, conversationId);
    await publishConversationUpdated(workspaceId, conversationId, ['team', 'assignee', 'handoff', 'sla', 'priority']);
    const after = await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { teamId: true, assignee: { select: { user: { select: { name: true } } } } } });
    expect(routed.outcome).not.toBe('skipped');
    expect(after.teamId, 'routed to a team').not.toBeNull();
    const shown = after.assignee?.user.name ?? 'Unassigned';
    for (const { page } of [a, b]) {
      await page.locator(`[data-conversation-id="${conversationId}"]`, { hasText: shown }).first().waitFor({ timeout: 5000 });
    }
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
    await screenshot(a.page, 'collision-warning-typing');
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
    await b.page.getByTestId('collision-warning').waitFor({ state: 'detached' });
    await expect(b.page.getByLabel('Reply to the customer').inputValue()).resolves.toBe('');
  });

  it('(c) an @mention in a note lights the colleague’s bell live, and the dropdown links to the conversation', async () => {
    const mB = await membershipOf(dana.email);
    const unreadBefore = await db.notification.count({ where: { recipientId: mB.id, readAt: null } });
    const count = b.page.getByTestId('notification-count');
    const before = unreadBefore ? Number((await count.textContent()) ?? '0') : 0;

    await a.page.getByRole('tab', { name: 'Internal note' }).click();
    await a.page.getByLabel('Internal note (use @name to notify a colleague)').fill('@Dana Kim can you follow up with the customer tomorrow morning?');
    const notedAt = Date.now();
    await a.page.getByTestId('composer').getByRole('button', { name: 'Add note' }).click();
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

  it('serves presence to a signed-in tab: heartbeat, snapshot, leave (DELETE), and 404 for an unknown conversation', async () => {
    const call = (method: string, path: string, body?: unknown) =>
      a.page.evaluate(
        async ([m, p, b]) => {
          const r = await fetch(p as string, { method: m as string, headers: { 'content-type': 'application/json' }, body: b ? JSON.stringify(b) : undefined });
          return { status: r.status, body: await r.json() };
        },
        [method, path, body] as const,
      );
    const tabId = `e2e-tab-${Date.now().toString(36)}`;
    const beat = await call('POST', '/api/presence', { conversationId, state: 'typing', tabId });
    expect(beat.status).toBe(200);
    expect(beat.body.viewers).toContainEqual(expect.objectContaining({ name: 'Mei-Ling Chen', state: 'typing' }));
    const snap = await call('GET', '/api/presence');
    expect(snap.body.conversations[conversationId]).toContainEqual(expect.objectContaining({ name: 'Mei-Ling Chen', state: 'typing' }));
    const left = await call('DELETE', `/api/presence?conversationId=${conversationId}&tabId=${tabId}`);
    expect(left.status).toBe(200);
    // Mei-Ling's own page (another tab id) still counts her as viewing; the typing tab is gone.
    expect(left.body.viewers).not.toContainEqual(expect.objectContaining({ name: 'Mei-Ling Chen', state: 'typing' }));
    expect((await call('POST', '/api/presence', { conversationId: 'no-such-conversation', state: 'viewing', tabId })).status).toBe(404);
    expect((await call('POST', '/api/presence', { conversationId, state: 'dancing', tabId })).status).toBe(400);
  });

  it('shares one event stream between the tabs of a browser, and hands it over when that tab closes', async () => {
    const { context } = await newPage(browser, baseUrl);
    try {
      const streams: string[] = [];
      context.on('request', (r) => {
        if (new URL(r.url()).pathname === '/api/events') streams.push(r.frame().page() === first ? 'first' : 'second');
      });
      const first = context.pages()[0];
      await signIn(first, meiLing.email, meiLing.password);
      await first.goto('/inbox?sort=newest');
      await live(first);
      const second = await context.newPage();
      await second.goto('/inbox?sort=newest');
      await live(second); // told by the first tab
      expect(streams.filter((t) => t === 'second')).toEqual([]);

      const post = async (name: string) => {
        const res = await fetch(`${baseUrl}/api/v1/channels/${apiChannelId}/messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ externalId: `tabs-${name}`, contact: { name }, text: 'Do you ship to Norway?' }),
        });
        expect(res.status).toBe(201);
      };
      const one = `Tabs One ${Date.now().toString(36)}`;
      await post(one);
      for (const p of [first, second]) await p.locator('section[aria-label="Conversations"]').getByText(one, { exact: true }).waitFor();

      await first.close();
      await expect.poll(() => streams.filter((t) => t === 'second'), { timeout: 10_000 }).toEqual(['second']);
      await live(second);
      const two = `Tabs Two ${Date.now().toString(36)}`;
      await post(two);
      await second.locator('section[aria-label="Conversations"]').getByText(two, { exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('(d) lets go of the relay when the tabs close (the server notices the disconnect)', async () => {
    const relay = await getRelay();
    const pattern = `ws.${workspaceId}.>`;
    expect((await relay.getSubscriptions({ pattern })).length).toBeGreaterThan(0);
    await a.context.close();
    await b.context.close();
    await expect.poll(async () => (await relay.getSubscriptions({ pattern })).length, { timeout: 10_000 }).toBe(0);
  });
});
