// Search in the inbox, in real Chromium against a production build and the
// seeded demo: type a query in the search box at the top of the list pane,
// see the matching conversations with the match marked, open one and keep the
// results; accents and case do not matter; contacts by name and phone;
// a query that matches nothing says so. Expected results are read from the
// database, not inferred from the page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { DEMO_USERS } from '@/prisma/seed';
import { launchBrowser, newPage, screenshot, signIn } from '../helpers/browser';

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
  await disconnectDb();
});

async function withPage<T>(fn: (page: Page) => Promise<T>, viewport?: { width: number; height: number }): Promise<T> {
  const { context, page } = await newPage(browser, baseUrl, viewport);
  try {
    return await fn(page);
  } finally {
    await context.close();
  }
}

const results = (page: Page) => page.getByRole('region', { name: 'Search results' });
const resultIds = (page: Page) => results(page).locator('[data-conversation-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-conversation-id')!));

async function searchFor(page: Page, q: string) {
  const box = page.locator('#inbox-search');
  await box.fill(q);
  await Promise.all([page.waitForURL((u) => u.searchParams.get('q') === q), box.press('Enter')]);
  await results(page).waitFor();
}

// Conversations of the demo workspace with a message whose text or subject contains s.
async function conversationsContaining(s: string): Promise<string[]> {
  const rows = await db.message.findMany({
    where: { workspaceId, OR: [{ text: { contains: s, mode: 'insensitive' } }, { subject: { contains: s, mode: 'insensitive' } }] },
    select: { conversationId: true },
  });
  return [...new Set(rows.map((r) => r.conversationId))].sort();
}

describe('search in the inbox', () => {
  it('finds Chinese conversations by a 2-character word, marks it, and opens one with the results kept', async () => {
    await withPage(async (page) => {
      await signIn(page, agent.email, agent.password);
      const expected = await conversationsContaining('退款');
      expect(expected.length).toBeGreaterThanOrEqual(2);

      await searchFor(page, '退款');
      const ids = await resultIds(page);
      expect([...ids].sort()).toEqual(expected);
      const marks = await results(page).locator('[data-conversation-id] mark').allTextContents();
      expect(marks.length).toBeGreaterThanOrEqual(ids.length);
      expect(new Set(marks)).toEqual(new Set(['退款']));
      await screenshot(page, 'search-zh-1280');

      const target = ids[0];
      await results(page).locator(`[data-conversation-id="${target}"]`).click();
      await page.waitForURL((u) => u.pathname === `/inbox/${target}` && u.searchParams.get('q') === '退款');
      await page.getByRole('region', { name: 'Conversation', exact: true }).waitFor();
      await expect(results(page).locator(`[data-conversation-id="${target}"]`).getAttribute('aria-current')).resolves.toBe('true');
      await expect(page.locator('#inbox-search').inputValue()).resolves.toBe('退款');
      await screenshot(page, 'search-open-result-1280');
    });
  });

  it('ignores case and accents, and finds contacts by name and by phone', async () => {
    await withPage(async (page) => {
      await signIn(page, agent.email, agent.password);
      await searchFor(page, 'REEMBOLSO');
      const ids = await resultIds(page);
      expect([...ids].sort()).toEqual(await conversationsContaining('reembolso'));

      const alvaro = await db.contact.findFirstOrThrow({ where: { workspaceId, name: 'Álvaro Sánchez' }, select: { id: true } });
      await searchFor(page, 'alvaro sanchez');
      await results(page).locator(`[data-contact-id="${alvaro.id}"]`).waitFor();

      const maria = await db.contactIdentity.findFirstOrThrow({ where: { workspaceId, phone: '+15555550143' }, select: { contactId: true } });
      await searchFor(page, '555 555 0143');
      await results(page).locator(`[data-contact-id="${maria.contactId}"]`).waitFor();
      await screenshot(page, 'search-contact-phone-1280');
    });
  });

  it('says when nothing matches, and Clear goes back to the inbox list', async () => {
    await withPage(async (page) => {
      await signIn(page, agent.email, agent.password);
      await searchFor(page, 'zzqx nothing like this');
      await results(page).getByText('No matches').waitFor();
      expect(await resultIds(page)).toEqual([]);
      await screenshot(page, 'search-empty-1280');
      await page.getByRole('link', { name: 'Clear' }).click();
      await page.waitForURL((u) => u.pathname === '/inbox' && !u.searchParams.has('q'));
      await page.getByRole('region', { name: 'Conversations' }).waitFor();
      await expect(page.locator('#inbox-search').inputValue()).resolves.toBe('');
    });
  });
});
