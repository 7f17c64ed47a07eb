// The inbox by keyboard alone, in real Chromium against a production build
// and the seeded demo: "?" shows the shortcuts, Ctrl+K the command palette,
// "/" the search, "g" then "m" jumps to Mine; then a whole triage pass —
// j/k through the list, Enter to open, t to tag, a to assign, e to resolve —
// without touching the mouse. Every change is read back from the database.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { DEMO_USERS } from '@/prisma/seed';
import { launchBrowser, newPage, screenshot, signIn } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const agent = DEMO_USERS.find((u) => u.role === 'agent')!;
let browser: Browser;
let workspaceId: string;
let membershipId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  workspaceId = (await db.workspace.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true } })).id;
  membershipId = (await db.membership.findFirstOrThrow({ where: { workspaceId, user: { email: agent.email } } })).id;
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

// Where the keyboard is: the focused element's data-shortcut, aria-label, id or tag.
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const typing = !!el && (el.isContentEditable || el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type !== 'checkbox'));
    return { typing, shortcut: el?.dataset.shortcut ?? null, label: el?.getAttribute('aria-label') ?? null, id: el?.id ?? null, tag: el?.tagName ?? null, inDialog: !!el?.closest('[role="dialog"]') };
  });
const activeRow = (page: Page) => page.locator('[data-conversation-id][data-active="true"]').getAttribute('data-conversation-id');
const rowIds = (page: Page) => page.locator('[data-conversation-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-conversation-id')!));
const listTitle = (page: Page) => page.getByRole('region', { name: 'Conversations' }).getByRole('heading', { level: 1 });
// Signs in and waits until the keyboard layer listens (keys pressed before hydration are lost).
async function signInReady(page: Page) {
  await signIn(page, agent.email, agent.password);
  await page.locator('html[data-shortcuts="ready"]').waitFor({ state: 'attached' });
}
// The conversation's controls stay disabled while the previous action and its
// page refresh run; a key pressed then has nothing to click. Wait for the target.
const enabled = (page: Page, key: string) => page.locator(`[data-shortcut="${key}"]:not([disabled]):not([aria-disabled="true"])`).first().waitFor();
// Hands the keyboard back to the page itself (no field focused).
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

describe('keyboard shortcuts', () => {
  it('"?" opens the shortcuts dialog (modal, focus trapped); Esc closes it and focus returns', async () => {
    for (const width of [1280, 1920]) {
      await withPage(
        async (page) => {
          await signInReady(page);
          await page.keyboard.press('?');
          const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
          await dialog.waitFor();
          expect(await dialog.getAttribute('aria-modal')).toBe('true');
          for (const group of ['Navigate', 'Conversation', 'Compose', 'Go to']) await dialog.getByRole('heading', { name: group }).waitFor();
          await dialog.getByText('Unassigned').waitFor();
          await screenshot(page, `keyboard-shortcuts-dialog-${width}`);
          // Tab and Shift+Tab stay inside; single-key shortcuts sleep behind it.
          for (let i = 0; i < 3; i++) {
            await page.keyboard.press('Tab');
            expect((await focused(page)).inDialog).toBe(true);
          }
          await page.keyboard.press('Shift+Tab');
          expect((await focused(page)).inDialog).toBe(true);
          await page.keyboard.press('/');
          expect((await focused(page)).inDialog).toBe(true);
          await page.keyboard.press('Escape');
          await dialog.waitFor({ state: 'detached' });

          // The header button opens it too, and gets the focus back on close.
          const button = page.getByRole('banner').getByRole('button', { name: 'Keyboard shortcuts' });
          await button.focus();
          await page.keyboard.press('Enter');
          await dialog.waitFor();
          await page.keyboard.press('Escape');
          await dialog.waitFor({ state: 'detached' });
          expect((await focused(page)).label).toBe('Keyboard shortcuts');
        },
        { width, height: width === 1280 ? 800 : 1080 },
      );
    }
  });

  it('Ctrl+K opens the palette: "Unassigned" + Enter goes to that view; team names come from the server; typed text searches', async () => {
    for (const width of [1280, 1920]) {
      await withPage(
        async (page) => {
          await signInReady(page);
          await page.keyboard.press('Control+k');
          const palette = page.getByRole('dialog', { name: 'Command palette' });
          await palette.waitFor();
          expect(await palette.getAttribute('aria-modal')).toBe('true');
          expect((await focused(page)).inDialog).toBe(true);
          // Every team of the workspace is offered once the names have arrived.
          const teams = await db.team.findMany({ where: { workspaceId }, select: { name: true } });
          expect(teams.length).toBeGreaterThan(0);
          for (const t of teams) await palette.getByRole('option', { name: `Team: ${t.name}` }).waitFor();
          await screenshot(page, `command-palette-${width}`);

          await page.keyboard.type('Unassigned');
          await expect(palette.getByRole('option').first().textContent()).resolves.toContain('Unassigned');
          await screenshot(page, `command-palette-filtered-${width}`);
          await Promise.all([page.waitForURL((u) => u.searchParams.get('assignee') === 'none'), page.keyboard.press('Enter')]);
          await palette.waitFor({ state: 'detached' });
          await expect(listTitle(page).textContent()).resolves.toBe('Unassigned');
        },
        { width, height: width === 1280 ? 800 : 1080 },
      );
    }

    await withPage(async (page) => {
      await signInReady(page);
      // Ctrl+K works from inside the search field too; the search command comes last.
      await page.keyboard.press('/');
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await palette.waitFor();
      await page.keyboard.type('refund');
      await expect(palette.getByRole('option').last().textContent()).resolves.toContain('Search messages for “refund”');
      await page.keyboard.press('ArrowUp'); // wraps to the last option
      await Promise.all([page.waitForURL((u) => u.searchParams.get('q') === 'refund'), page.keyboard.press('Enter')]);
      // Esc closes it again without doing anything.
      await page.keyboard.press('Control+k');
      await palette.waitFor();
      await page.keyboard.press('Escape');
      await palette.waitFor({ state: 'detached' });
      expect(new URL(page.url()).searchParams.get('q')).toBe('refund');
    });
  });

  it('"/" focuses the search without typing itself; "g" then "m" / "u" / "i" jump to Mine, Unassigned, All open — but not while typing', async () => {
    await withPage(async (page) => {
      await signInReady(page);
      await page.keyboard.press('/');
      expect(await focused(page)).toMatchObject({ id: 'inbox-search', shortcut: '/' });
      expect(await page.locator('#inbox-search').inputValue()).toBe('');
      // Typing "gm" into the search is text, not a jump.
      await page.keyboard.type('gm');
      expect(await page.locator('#inbox-search').inputValue()).toBe('gm');
      expect(new URL(page.url()).searchParams.get('assignee')).toBeNull();
      await page.locator('#inbox-search').fill('');
      await blur(page);

      await Promise.all([page.waitForURL((u) => u.searchParams.get('assignee') === 'me'), page.keyboard.press('g').then(() => page.keyboard.press('m'))]);
      await expect(listTitle(page).textContent()).resolves.toBe('Mine');
      await Promise.all([page.waitForURL((u) => u.searchParams.get('assignee') === 'none'), page.keyboard.press('g').then(() => page.keyboard.press('u'))]);
      await expect(listTitle(page).textContent()).resolves.toBe('Unassigned');
      await Promise.all([page.waitForURL((u) => u.pathname === '/inbox' && u.search === ''), page.keyboard.press('g').then(() => page.keyboard.press('i'))]);
      await expect(listTitle(page).textContent()).resolves.toBe('All open');
    });
  });
});

describe('keyboard triage', () => {
  it('j/k through the Unassigned list, Enter opens, r/n compose, t tags, a assigns to me, palette snoozes, e resolves — no mouse', async () => {
    await withPage(async (page) => {
      await signInReady(page);
      await Promise.all([page.waitForURL((u) => u.searchParams.get('assignee') === 'none'), page.keyboard.press('g').then(() => page.keyboard.press('u'))]);
      await expect(listTitle(page).textContent()).resolves.toBe('Unassigned');
      await page.locator('[data-conversation-id]').first().waitFor();
      await blur(page);
      const ids = await rowIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(3);

      // j moves down, k moves up (the list's own keys).
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      const first = await activeRow(page);
      expect(first).not.toBeNull();
      const at = ids.indexOf(first!);
      await page.keyboard.press('j');
      await expect.poll(() => activeRow(page)).toBe(ids[at + 1]);
      await page.keyboard.press('k');
      await expect.poll(() => activeRow(page)).toBe(first);
      await Promise.all([page.waitForURL((u) => u.pathname === `/inbox/${first}`), page.keyboard.press('Enter')]);
      const conversationId = first!;

      // r / n: the composer as reply or internal note, the editor ready to type.
      await blur(page);
      await page.keyboard.press('r');
      await expect.poll(() => page.getByRole('tab', { name: 'Reply' }).getAttribute('aria-selected')).toBe('true');
      await expect.poll(async () => (await focused(page)).typing).toBe(true);
      await blur(page);
      await page.keyboard.press('n');
      await expect.poll(() => page.getByRole('tab', { name: 'Internal note' }).getAttribute('aria-selected')).toBe('true');
      await expect.poll(async () => (await focused(page)).typing).toBe(true);

      // t: the tag picker; type a tag the conversation does not have, Enter applies it, Esc closes.
      const applied = await db.tagApplication.findMany({ where: { conversationId, removedAt: null }, select: { tagId: true } });
      const tag = await db.tag.findFirstOrThrow({ where: { workspaceId, id: { notIn: applied.map((a) => a.tagId) } }, orderBy: { name: 'asc' } });
      await blur(page);
      await page.keyboard.press('t');
      const tagPanel = page.getByRole('dialog', { name: 'Tag this conversation' });
      await tagPanel.waitFor();
      await expect.poll(async () => (await focused(page)).inDialog).toBe(true);
      await page.keyboard.type(tag.name);
      await page.keyboard.press('Enter');
      await expect.poll(() => db.tagApplication.count({ where: { conversationId, tagId: tag.id, removedAt: null } }), { timeout: 10_000 }).toBe(1);
      await page.keyboard.press('Escape');
      await tagPanel.waitFor({ state: 'detached' });
      expect((await focused(page)).shortcut).toBe('t');

      // a: the assign picker; type my name, Enter assigns.
      await enabled(page, 'a');
      await page.keyboard.press('a');
      const assignPanel = page.getByRole('dialog', { name: 'Assign this conversation' });
      await assignPanel.waitFor();
      await expect.poll(async () => (await focused(page)).inDialog).toBe(true);
      await page.keyboard.type(agent.name);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).assigneeId, { timeout: 10_000 }).toBe(membershipId);
      await assignPanel.waitFor({ state: 'detached' });

      // The palette runs the same controls: "Snooze…" opens the snooze picker, Esc closes it.
      await enabled(page, 's');
      await blur(page);
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
      await page.keyboard.type('snooze');
      await page.keyboard.press('Enter');
      const snoozePanel = page.getByRole('dialog', { name: 'Snooze until' });
      await snoozePanel.waitFor();
      await expect.poll(async () => (await focused(page)).inDialog).toBe(true);
      await page.keyboard.press('Escape');
      await snoozePanel.waitFor({ state: 'detached' });
      expect((await focused(page)).shortcut).toBe('s');

      // e: resolve.
      await enabled(page, 'e');
      await blur(page);
      await page.keyboard.press('e');
      await expect.poll(async () => (await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status, { timeout: 10_000 }).toBe('resolved');
      await screenshot(page, 'keyboard-triage-resolved-1280');
    });
  });
});
