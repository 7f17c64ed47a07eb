// The conversation list in real Chromium against the production build:
// keyboard (j/k move, Enter opens), selection with x and a bulk resolve that
// removes the rows from the open view (read back from the database), infinite
// scroll to the end of the view, a new message that appears without a reload
// and leaves when it is resolved elsewhere, and the session-only JSON endpoint
// behind it (401 without a session, no other workspace's rows).
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { createApiKey } from '@/lib/auth/api-keys';
import { closeRelay } from '@/lib/live/get-relay';
import { scopedDb } from '@/lib/tenancy';
import { setConversationStatus } from '@/lib/conversations/set-conversation-status';
import { DEMO_USERS } from '@/prisma/seed';
import { launchBrowser, newPage, screenshot, signIn } from '../helpers/browser';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';

const baseUrl = inject('baseUrl');
const agent = DEMO_USERS.find((u) => u.role === 'agent')!;
let browser: Browser;
let workspaceId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  workspaceId = (await db.workspace.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true } })).id;
});

afterAll(async () => {
  await browser?.close();
  await closeRelay();
  await disconnectDb();
});

async function withPage<T>(fn: (page: Page) => Promise<T>, viewport?: { width: number; height: number }): Promise<T> {
  const { context, page } = await newPage(browser, baseUrl, viewport);
  try {
    await signIn(page, agent.email, agent.password);
    return await fn(page);
  } finally {
    await context.close();
  }
}

const rowIds = (page: Page) => page.locator('[data-conversation-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-conversation-id')!));
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-conversation-id') ?? null);
const live = (page: Page) => page.locator('[data-testid="live-status"][data-status="live"]').waitFor();

describe('the conversation list', () => {
  it('moves with j/k (focus follows) and opens with Enter; the page JS stays well under 250 KB compressed', async () => {
    await withPage(async (page) => {
      const ids = await rowIds(page);
      // Every script the inbox page loads, gzipped as the server sends it.
      const srcs = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src));
      let gz = 0;
      for (const src of srcs) gz += gzipSync(await (await page.request.get(src)).body()).length;
      console.log(`[inbox-list] ${srcs.length} scripts, ${Math.round(gz / 1024)} KB gzipped`);
      expect(gz).toBeLessThan(250 * 1024);
      await page.keyboard.press('j');
      await expect.poll(() => activeId(page)).toBe(ids[0]);
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      await expect.poll(() => activeId(page)).toBe(ids[2]);
      await page.keyboard.press('k');
      await expect.poll(() => activeId(page)).toBe(ids[1]);
      // Typing in the search box is not a shortcut.
      await page.locator('#inbox-search').focus();
      await page.keyboard.press('j');
      await expect(page.locator('#inbox-search').inputValue()).resolves.toBe('j');
      await page.locator('#inbox-search').fill('');
      await page.locator(`[data-conversation-id="${ids[1]}"]`).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/inbox/${ids[1]}`));
      await page.getByRole('region', { name: 'Conversation', exact: true }).waitFor();
      await expect(page.locator(`[data-conversation-id="${ids[1]}"]`).getAttribute('aria-current')).resolves.toBe('true');
      // Far down the list: j keeps the focused row in view (the virtual list scrolls).
      await page.locator('section[aria-label="Conversations"] h1').click();
      for (let i = 0; i < 12; i++) await page.keyboard.press('j');
      await expect.poll(() => activeId(page)).toBe(ids[13]);
      const far = ids[13];
      const box = await page.locator(`[data-conversation-id="${far}"]`).boundingBox();
      const pane = await page.locator('[data-list-scroller]').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(pane!.y - 1);
      expect(box!.y + box!.height).toBeLessThanOrEqual(pane!.y + pane!.height + 1);
    });
  });

  it('selects two rows with x; bulk Resolve removes them from the open view and resolves them in the database', async () => {
    await withPage(async (page) => {
      const ids = await rowIds(page);
      await page.keyboard.press('j');
      await page.keyboard.press('x');
      await page.keyboard.press('j');
      await page.keyboard.press('x');
      const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
      await bar.getByText('2 selected').waitFor();
      await expect(page.locator(`[data-select-id="${ids[0]}"]`).isChecked()).resolves.toBe(true);
      await expect(page.locator(`[data-select-id="${ids[2]}"]`).isChecked()).resolves.toBe(false);
      await screenshot(page, 'inbox-list-bulk-1280');
      await bar.getByRole('button', { name: 'Resolve' }).click();
      await page.getByRole('status').filter({ hasText: 'Resolved: 2 conversations' }).waitFor();
      for (const id of ids.slice(0, 2)) await page.locator(`[data-conversation-id="${id}"]`).waitFor({ state: 'detached' });
      const rows = await db.conversation.findMany({ where: { id: { in: ids.slice(0, 3) } }, select: { id: true, status: true } });
      expect(new Map(rows.map((r) => [r.id, r.status]))).toEqual(new Map([[ids[0], 'resolved'], [ids[1], 'resolved'], [ids[2], 'open']]));
      await expect(page.locator(`[data-conversation-id="${ids[2]}"]`).count()).resolves.toBe(1);
      // The bar is gone with the selection.
      await expect(bar.count()).resolves.toBe(0);
    });
  });

  it('shows the bulk bar comfortably at 1920 with a selection made by the checkboxes (select all loaded, clear)', async () => {
    await withPage(
      async (page) => {
        const ids = await rowIds(page);
        await page.locator(`[data-conversation-id="${ids[1]}"]`).hover();
        await page.locator(`[data-select-id="${ids[1]}"]`).check();
        await page.locator(`[data-select-id="${ids[3]}"]`).check();
        await page.locator(`[data-select-id="${ids[4]}"]`).check();
        const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
        await bar.getByText('3 selected').waitFor();
        await screenshot(page, 'inbox-list-bulk-1920');
        await bar.getByRole('button', { name: 'Clear' }).click();
        await page.getByLabel('Select all loaded').check();
        await bar.getByText('25 selected').waitFor();
        expect(await page.locator('[data-select-id]:checked').count()).toBe(await page.locator('[data-select-id]').count());
        await page.keyboard.press('Escape');
        await expect(bar.count()).resolves.toBe(0);
      },
      { width: 1920, height: 1080 },
    );
  });

  it('loads the next pages as the agent scrolls, to the end of the view', async () => {
    await withPage(async (page) => {
      const count = page.getByTestId('loaded-count');
      await expect(count.getAttribute('data-count')).resolves.toBe('25');
      const scroller = page.locator('[data-list-scroller]');
      const open = await db.conversation.count({ where: { workspaceId, status: 'open' } });
      expect(open).toBeGreaterThan(25);
      // Scroll to the end until the footer says the whole view is loaded.
      const end = page.getByText(/^All \d+ conversations in this view$/);
      while (!(await end.count())) {
        await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
        await page.waitForTimeout(150);
      }
      await expect(count.getAttribute('data-count')).resolves.toBe(String(open));
      await expect(end.textContent()).resolves.toBe(`All ${open} conversations in this view`);
      // Virtualised: far fewer rows in the DOM than loaded.
      expect((await rowIds(page)).length).toBeLessThan(open);
    });
  });

  it('shows a new message posted to the API channel without a reload, and drops it when it is resolved elsewhere', async () => {
    const channelId = (await db.channel.findFirstOrThrow({ where: { workspaceId, provider: 'api' }, select: { id: true } })).id;
    const apiKey = (await createApiKey(workspaceId, 'e2e inbox list', 'manager')).key;
    await withPage(async (page) => {
      await page.goto('/inbox?sort=newest');
      await live(page);
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      const name = `List Live ${Date.now().toString(36)}`;
      const res = await fetch(`${baseUrl}/api/v1/channels/${channelId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ externalId: `list-${name}`, contact: { name }, text: 'Is the blue jacket back in stock?' }),
      });
      expect(res.status).toBe(201);
      const { conversationId } = (await res.json()) as { conversationId: string };
      const row = page.locator(`[data-conversation-id="${conversationId}"]`);
      await row.getByText(name).waitFor();
      // Newest first: at the top, and the page was not reloaded.
      expect((await rowIds(page))[0]).toBe(conversationId);
      await expect(page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).resolves.toBe(true);

      const m = await db.membership.findFirstOrThrow({ where: { workspaceId, role: 'admin' }, include: { user: true } });
      await setConversationStatus(
        { workspaceId, db: scopedDb(workspaceId), actor: { type: 'user', userId: m.userId, membershipId: m.id, name: m.user.name, email: m.user.email } },
        { conversationId, status: 'resolved' },
      );
      await row.waitFor({ state: 'detached' });
      await expect(page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).resolves.toBe(true);
    });
  });

  it('saves the current filters as a view in the left pane, opens it, and deletes it', async () => {
    await withPage(async (page) => {
      await page.goto('/inbox?severity=1&sort=newest');
      await page.getByRole('button', { name: 'Save view' }).click();
      const form = page.getByRole('form', { name: 'Save view' });
      await form.getByLabel('Name').fill('Critical, newest');
      await screenshot(page, 'inbox-save-view-1280');
      await form.getByRole('button', { name: 'Save' }).click();
      const link = page.getByRole('navigation', { name: 'Inbox views' }).getByRole('link', { name: /^Saved view: Critical, newest/ });
      await link.waitFor();
      const row = await db.savedView.findFirstOrThrow({ where: { workspaceId, name: 'Critical, newest' } });
      expect(row).toMatchObject({ query: 'severity=1&sort=newest', shared: false });
      await expect(link.getAttribute('aria-current')).resolves.toBe('page');
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Delete saved view Critical, newest' }).click();
      await link.waitFor({ state: 'detached' });
      expect(await db.savedView.count({ where: { id: row.id } })).toBe(0);
    });
  });

  it('serves its JSON to a signed-in session only, and only this workspace’s rows', async () => {
    const other = await createTestWorkspace({ name: 'Other list co' });
    const { conversation: foreign } = await createTestConversation(other.workspace.id, other.channel.id, 'Not yours');
    const { context, page } = await newPage(browser, baseUrl);
    try {
      const anonymous = await page.request.get('/api/inbox/conversations');
      expect(anonymous.status()).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthorized' } });
      await signIn(page, agent.email, agent.password);
      const first = await page.request.get('/api/inbox/conversations?limit=5');
      expect(first.status()).toBe(200);
      const body = (await first.json()) as { items: { id: string; slaDueAt: string | null }[]; nextCursor: string };
      expect(body.items).toHaveLength(5);
      expect(body.nextCursor).toBeTruthy();
      const second = (await (await page.request.get(`/api/inbox/conversations?limit=5&cursor=${encodeURIComponent(body.nextCursor)}`)).json()) as typeof body;
      expect(second.items.filter((r) => body.items.some((b) => b.id === r.id))).toEqual([]);
      const mine = await db.conversation.count({ where: { id: { in: [...body.items, ...second.items].map((r) => r.id) }, workspaceId, status: 'open' } });
      expect(mine).toBe(10);
      const byIds = (await (await page.request.get(`/api/inbox/conversations?ids=${foreign.id},${body.items[0].id}`)).json()) as typeof body;
      expect(byIds.items.map((r) => r.id)).toEqual([body.items[0].id]);
      expect((await page.request.get('/api/inbox/conversations?tag=no_such_tag')).status()).toBe(400);
    } finally {
      await context.close();
    }
  });
});
