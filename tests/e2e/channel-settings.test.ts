// Channel settings in real Chromium: an admin sees every demo channel with its
// webhook URL and health (and no secret anywhere in the page), reveals a Meta
// verify token, adds an SMS channel and edits it (a blank secret keeps the
// stored one); an agent finds no settings; the whole team sees a failing
// channel in the inbox.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { decryptJson } from '@/lib/crypto';
import { DEMO_USERS } from '@/prisma/seed';
import { launchBrowser, newPage, screenshot, signIn } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
const agent = DEMO_USERS.find((u) => u.role === 'agent')!;
let browser: Browser;
let workspaceId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  workspaceId = (await db.workspace.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
});

afterAll(async () => {
  await browser?.close();
  await disconnectDb();
});

async function as<T>(who: { email: string; password: string }, fn: (page: Page) => Promise<T>): Promise<T> {
  const { context, page } = await newPage(browser, baseUrl);
  try {
    await signIn(page, who.email, who.password);
    return await fn(page);
  } finally {
    await context.close();
  }
}

describe('channel settings', () => {
  it('shows an admin every channel with its webhook URL and health, and never a secret', async () => {
    const channels = await db.channel.findMany({ where: { workspaceId } });
    await as(admin, async (page) => {
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.waitForURL(/\/settings\/channels$/);
      await page.getByRole('heading', { name: 'Channels' }).waitFor();
      for (const c of channels) {
        const item = page.locator(`[data-channel-id="${c.id}"]`);
        await item.waitFor();
        const url = c.provider === 'chat' ? `${baseUrl}/widget.js` : c.provider === 'api' ? `${baseUrl}/api/v1/channels/${c.id}/messages` : `${baseUrl}/api/webhooks/${c.provider}/${c.id}`;
        expect(await item.getByTestId('webhook-url').textContent()).toContain(url);
        expect(await item.getByTestId('last-event').textContent()).toMatch(/ago|never|just now/);
      }
      await screenshot(page, 'settings-channels-1280');
      const html = await page.content();
      for (const c of channels) for (const secret of Object.values(decryptJson(c.credentials))) expect(html).not.toContain(secret);

      const messenger = channels.find((c) => c.provider === 'messenger')!;
      const item = page.locator(`[data-channel-id="${messenger.id}"]`);
      await item.getByRole('button', { name: /Reveal verify token/ }).click();
      await item.getByRole('button', { name: /Copy verify token/ }).waitFor();
      expect(await item.getByTestId('secret-verifyToken').textContent()).toBe(decryptJson(messenger.credentials).verifyToken);
    });
  });

  it('lets an admin add an SMS channel and edit it, keeping a secret left blank', async () => {
    const name = `SMS e2e ${Date.now()}`;
    await as(admin, async (page) => {
      await page.goto('/settings/channels');
      await page.getByRole('link', { name: 'Add channel' }).click();
      await page.getByRole('link', { name: /SMS \(Twilio\)/ }).click();
      await page.getByLabel('Name').fill(name);
      await page.getByLabel('Twilio phone number').fill('+1 415 555');
      await page.getByLabel('Twilio account SID').fill('AC0123456789abcdef0123456789abcdef');
      await page.getByLabel('Auth token').fill('e2e-twilio-auth-token-123456');
      await page.getByRole('button', { name: 'Add channel' }).click();
      // A bad phone number is shown next to its field; nothing is saved.
      await page.locator('#f-settings-phoneNumber-error').filter({ hasText: 'A phone number in international format' }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'Nothing was saved: check the highlighted field.' }).waitFor();
      expect(await db.channel.count({ where: { workspaceId, name } })).toBe(0);
      await screenshot(page, 'settings-channel-new-error-1280');
      await page.getByLabel('Twilio phone number').fill('+14155550199');
      await page.getByLabel('Auth token').fill('e2e-twilio-auth-token-123456');
      await page.getByRole('button', { name: 'Add channel' }).click();
      await page.waitForURL(/\/settings\/channels\?saved=/);
      await page.getByRole('status').filter({ hasText: `Saved “${name}”` }).waitFor();

      const row = await db.channel.findFirstOrThrow({ where: { workspaceId, name } });
      expect(row).toMatchObject({ provider: 'sms', externalId: '+14155550199', enabled: true });
      expect(decryptJson(row.credentials)).toEqual({ authToken: 'e2e-twilio-auth-token-123456' });
      expect(await page.content()).not.toContain('e2e-twilio-auth-token-123456');

      await page.getByRole('link', { name: `Edit ${name}` }).click();
      await page.getByLabel('Name').fill(`${name} (edited)`);
      await page.getByText('Stored: e2e-••••56. Type a new value to replace it.').waitFor();
      await screenshot(page, 'settings-channel-edit-1280');
      await page.getByLabel('Enabled (receives webhooks and sends replies)').uncheck();
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.waitForURL(/\/settings\/channels\?saved=/);
      const edited = await db.channel.findUniqueOrThrow({ where: { id: row.id } });
      expect(edited).toMatchObject({ name: `${name} (edited)`, enabled: false });
      expect(decryptJson(edited.credentials)).toEqual({ authToken: 'e2e-twilio-auth-token-123456' });
      expect((await db.auditEvent.findMany({ where: { targetId: row.id }, orderBy: { createdAt: 'asc' } })).map((a) => a.action)).toEqual(['channel.create', 'channel.disable']);
    });
  });

  it('gives an agent no settings (no link, 404 page) but shows everyone a failing channel', async () => {
    const x = await db.channel.findFirstOrThrow({ where: { workspaceId, provider: 'x' } });
    await db.channel.update({ where: { id: x.id }, data: { lastErrorAt: new Date(), lastError: 'Webhook refused: Signature does not match', lastEventAt: new Date(Date.now() - 3_600_000) } });
    try {
      await as(agent, async (page) => {
        expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).count()).toBe(0);
        const notice = page.getByTestId('channel-health-notice');
        await notice.waitFor();
        expect(await notice.textContent()).toContain(x.name);
        expect(await notice.textContent()).toContain('Signature does not match');
        await screenshot(page, 'inbox-channel-health-notice-1280');
        for (const path of ['/settings/channels', '/settings/channels/new', `/settings/channels/${x.id}`]) {
          const res = await page.goto(path);
          expect(res?.status()).toBe(404);
          await page.getByRole('heading', { name: 'Not found' }).waitFor();
        }
      });
    } finally {
      await db.channel.update({ where: { id: x.id }, data: { lastErrorAt: x.lastErrorAt, lastError: x.lastError, lastEventAt: x.lastEventAt } });
    }
  });
});
