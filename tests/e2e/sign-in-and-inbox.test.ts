// Sign in as a demo agent in real Chromium against a production build, see the
// seeded inbox, open a conversation, resolve and reopen it, assign it; every
// change is read back from the database, not inferred from the page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { DEMO_USERS } from '@/prisma/seed';
import { launchBrowser, newPage, screenshot, signIn } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const agent = DEMO_USERS.find((u) => u.role === 'agent')!;
let browser: Browser;
let workspace: { id: string; name: string };
let membershipId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  workspace = await db.workspace.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true, name: true } });
  const m = await db.membership.findFirstOrThrow({ where: { workspaceId: workspace.id, user: { email: agent.email } } });
  membershipId = m.id;
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

const rowIds = (page: Page) => page.locator('[data-conversation-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-conversation-id')!));

describe('sign-in', () => {
  it('sends a visitor without a session from /inbox to /login', async () => {
    await withPage(async (page) => {
      await page.goto('/inbox');
      expect(new URL(page.url()).pathname).toBe('/login');
      await page.getByRole('heading', { name: 'Switchboard' }).waitFor();
      const conversation = await db.conversation.findFirstOrThrow({ where: { workspaceId: workspace.id }, select: { id: true } });
      await page.goto(`/inbox/${conversation.id}`);
      expect(new URL(page.url()).pathname).toBe('/login');
    });
  });

  it('says "Wrong email or password" and stays on /login for a wrong password', async () => {
    await withPage(async (page) => {
      await page.goto('/login');
      await screenshot(page, 'login-1280');
      await page.getByLabel('Email').fill(agent.email);
      await page.getByLabel('Password').fill(`${agent.password}-wrong`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'Wrong email or password' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      await screenshot(page, 'login-error-1280');
      // An unknown email reads exactly the same (no account enumeration).
      await page.getByLabel('Email').fill('nobody@northwind.test');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'Wrong email or password' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
    });
  });
});

describe('the inbox', () => {
  it('shows a signed-in agent the seeded open conversations with channel, tags, severity, assignee and age', async () => {
    await withPage(async (page) => {
      await signIn(page, agent.email, agent.password);
      expect(new URL(page.url()).pathname).toBe('/inbox');
      await screenshot(page, 'inbox-1280');
      const bar = page.getByRole('banner');
      await bar.getByText(workspace.name).waitFor();
      await bar.getByText(agent.name).waitFor();
      await expect(page.getByTestId('signed-in-role').textContent()).resolves.toBe('Agent');

      const ids = await rowIds(page);
      const open = await db.conversation.count({ where: { workspaceId: workspace.id, status: 'open' } });
      expect(open).toBeGreaterThan(25);
      expect(ids).toHaveLength(25);
      // Every row is one of this workspace's open conversations.
      const rows = await db.conversation.findMany({ where: { id: { in: ids } }, select: { workspaceId: true, status: true } });
      expect(rows).toHaveLength(25);
      expect(rows.every((r) => r.workspaceId === workspace.id && r.status === 'open')).toBe(true);

      const channels = await page.locator('[data-conversation-id]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-channel')))]);
      expect(channels.length).toBeGreaterThanOrEqual(3);
      const first = page.locator('[data-conversation-id]').first();
      await expect(first.textContent()).resolves.toMatch(/SEV[1-4]/);
      await expect(first.locator('time').textContent()).resolves.toMatch(/^(now|\d+ (min|h|d|mo))$/);
      expect(await page.locator('[data-conversation-id] [data-tag]').count()).toBeGreaterThan(0);
      // A tag chip explains itself on hover.
      const title = await page.locator('[data-conversation-id] [data-tag]').first().getAttribute('title');
      expect(title).toMatch(/confident|agent/);
      // Each row names its assignee, or says it has none.
      const assignees = await db.conversation.findMany({ where: { id: { in: ids } }, select: { id: true, assignee: { select: { user: { select: { name: true } } } } } });
      for (const a of assignees) {
        const text = await page.locator(`[data-conversation-id="${a.id}"]`).textContent();
        expect(text).toContain(a.assignee?.user.name ?? 'Unassigned');
      }

      // Scrolling to the end loads the next page (infinite scroll), which continues where this one stopped.
      await page.locator('[data-list-scroller]').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await page.locator('[data-testid="loaded-count"]:not([data-count="25"])').waitFor();
      const next = (await rowIds(page)).filter((id) => !ids.includes(id));
      expect(next.length).toBeGreaterThan(0);
      expect(await db.conversation.count({ where: { id: { in: next }, workspaceId: workspace.id, status: 'open' } })).toBe(next.length);
      await screenshot(page, 'inbox-page-2-1280');

      // Views: Unassigned lists only unassigned conversations.
      await page.getByRole('navigation', { name: 'Inbox views' }).getByRole('link', { name: /^Unassigned/ }).click();
      await page.waitForURL(/assignee=none/);
      const unassigned = await rowIds(page);
      const assigned = await db.conversation.count({ where: { id: { in: unassigned }, assigneeId: { not: null } } });
      expect(assigned).toBe(0);
    });
  });

  it('reaches Chinese, Romanian and Spanish conversations and renders their text', async () => {
    await withPage(async (page) => {
      await signIn(page, agent.email, agent.password);
      for (const lang of ['zh', 'ro', 'es']) {
        const c = await db.conversation.findFirst({
          where: { workspaceId: workspace.id, status: 'open', language: { startsWith: lang } },
          select: { id: true, messages: { where: { direction: 'in' }, orderBy: { createdAt: 'asc' }, take: 1, select: { text: true } } },
        });
        expect(c, `an open ${lang} conversation in the demo`).toBeTruthy();
        const text = c!.messages[0].text;
        await page.goto(`/inbox/${c!.id}`);
        const thread = page.getByRole('region', { name: 'Conversation', exact: true });
        await thread.getByText(text.slice(0, 24), { exact: false }).first().waitFor();
        if (lang === 'zh') await screenshot(page, 'conversation-zh-1280');
      }
    });
  });

  it('opens a conversation with its thread in order and tags with reasons; resolve, reopen and assign work', async () => {
    await withPage(async (page) => {
      await signIn(page, agent.email, agent.password);
      const ids = await rowIds(page);
      // A conversation on the first page with a real thread and explained tags.
      const candidates = await db.conversation.findMany({
        where: { id: { in: ids }, messageCount: { gte: 2 }, tagApplications: { some: { removedAt: null, reason: { not: '' } } } },
        select: { id: true, assigneeId: true },
      });
      expect(candidates.length).toBeGreaterThan(0);
      const target = candidates[0];
      await page.locator(`[data-conversation-id="${target.id}"]`).click();
      await page.waitForURL(new RegExp(`/inbox/${target.id}`));
      const thread = page.getByRole('region', { name: 'Conversation', exact: true });
      await thread.waitFor();
      await expect(page.locator(`[data-conversation-id="${target.id}"]`).getAttribute('aria-current')).resolves.toBe('true');

      // Messages in the order they were written.
      const dbMessages = await db.message.findMany({ where: { conversationId: target.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, direction: true } });
      const shown = await thread.locator('[data-message-id]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-message-id'), e.getAttribute('data-direction')]));
      expect(shown).toEqual(dbMessages.map((m) => [m.id, m.direction]));

      // Tags with the reason each was applied.
      const details = page.getByRole('complementary', { name: 'Details' });
      const tags = await db.tagApplication.findMany({ where: { conversationId: target.id, removedAt: null }, include: { tag: true } });
      for (const t of tags) {
        const item = details.locator(`li[data-tag="${t.tag.key}"]`);
        await expect(item.textContent()).resolves.toContain(t.tag.name);
        if (t.reason) await expect(item.textContent()).resolves.toContain(t.reason);
      }
      await screenshot(page, 'conversation-1280');

      // Resolve, read back, reopen, read back.
      await thread.getByRole('button', { name: 'Resolve' }).click();
      await thread.getByRole('button', { name: 'Reopen' }).waitFor();
      const resolved = await db.conversation.findUniqueOrThrow({ where: { id: target.id } });
      expect(resolved.status).toBe('resolved');
      expect(resolved.resolvedAt).toBeInstanceOf(Date);
      await details.getByText(`Resolved by ${agent.name}`).first().waitFor();
      await thread.getByRole('button', { name: 'Reopen' }).click();
      await thread.getByRole('button', { name: 'Resolve' }).waitFor();
      const reopened = await db.conversation.findUniqueOrThrow({ where: { id: target.id } });
      expect(reopened.status).toBe('open');
      expect(reopened.resolvedAt).toBeNull();

      // Assign to me, read back, unassign, read back; then put it back as seeded.
      if (target.assigneeId !== membershipId) {
        await thread.getByRole('button', { name: 'Assign to me' }).click();
        await thread.getByTestId('assignment').getByText(`Assigned to ${agent.name}`).waitFor();
        expect((await db.conversation.findUniqueOrThrow({ where: { id: target.id } })).assigneeId).toBe(membershipId);
      }
      await thread.getByRole('button', { name: 'Unassign' }).click();
      await thread.getByTestId('assignment').getByText('Unassigned').waitFor();
      expect((await db.conversation.findUniqueOrThrow({ where: { id: target.id } })).assigneeId).toBeNull();
      await db.conversation.update({ where: { id: target.id }, data: { assigneeId: target.assigneeId } });
    });
  });

  it('looks finished at 1920 pixels wide', async () => {
    await withPage(
      async (page) => {
        await page.goto('/login');
        await screenshot(page, 'login-1920');
        await signIn(page, agent.email, agent.password);
        await screenshot(page, 'inbox-1920');
        await page.locator('[data-conversation-id]').first().click();
        await page.waitForURL(/\/inbox\/.+/);
        await page.getByRole('region', { name: 'Conversation', exact: true }).waitFor();
        await screenshot(page, 'conversation-1920');
        // Signing out ends the session: the inbox asks for a sign-in again.
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.waitForURL(/\/login/);
        await page.goto('/inbox');
        expect(new URL(page.url()).pathname).toBe('/login');
      },
      { width: 1920, height: 1080 },
    );
  });
});
