// Tenancy through the browser: a member of one workspace cannot read another
// workspace's conversation by page (404, and its text never reaches the
// browser), nor change it by server action (even with a tampered request),
// and never sees the other workspace's conversations in their inbox.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { DEMO_USERS } from '@/prisma/seed';
import { createTestConversation, createTestWorkspace } from '../helpers/create-test-workspace';
import { launchBrowser, newPage, screenshot, signIn } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const agent = DEMO_USERS.find((u) => u.role === 'agent')!;
let browser: Browser;
let demoWorkspaceId: string;
let other: Awaited<ReturnType<typeof createTestWorkspace>>;
let otherConversationId: string;
const secret = `Confidential ${crypto.randomBytes(4).toString('hex')}: the merger closes on Friday`;

beforeAll(async () => {
  browser = await launchBrowser();
  demoWorkspaceId = (await db.workspace.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  other = await createTestWorkspace({ name: 'Other Company' });
  otherConversationId = (await createTestConversation(other.workspace.id, other.channel.id, secret)).conversation.id;
});

afterAll(async () => {
  await browser?.close();
  await disconnectDb();
});

async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const { context, page } = await newPage(browser, baseUrl);
  try {
    return await fn(page);
  } finally {
    await context.close();
  }
}

describe('pages and server actions across workspaces', () => {
  it('answers 404 to a demo agent opening another workspace’s conversation, without its text', async () => {
    await withPage(async (page) => {
      await signIn(page, agent.email, agent.password);
      const res = await page.goto(`/inbox/${otherConversationId}`);
      expect(res?.status()).toBe(404);
      await page.getByRole('heading', { name: 'Not found' }).waitFor();
      expect(await res!.text()).not.toContain(secret);
      expect(await page.content()).not.toContain(secret);
      await screenshot(page, 'not-found-1280');

      // An id that exists nowhere reads the same.
      const unknown = await page.goto(`/inbox/${crypto.randomUUID()}`);
      expect(unknown?.status()).toBe(404);

      // Nor does any view of the demo inbox list it.
      for (const path of ['/inbox', '/inbox?assignee=none', '/inbox?status=open&channel=api', '/inbox?status=resolved']) {
        const list = await page.goto(path);
        expect(list?.status()).toBe(200);
        expect(await page.content()).not.toContain(secret);
        expect(await page.locator(`[data-conversation-id="${otherConversationId}"]`).count()).toBe(0);
      }
    });
  });

  it('refuses a server action tampered to target another workspace’s conversation, and changes nothing', async () => {
    await withPage(async (page) => {
      await signIn(page, agent.email, agent.password);
      const demoId = await page.locator('[data-conversation-id]').first().getAttribute('data-conversation-id');
      await page.goto(`/inbox/${demoId}`);
      const thread = page.getByRole('region', { name: 'Conversation', exact: true });
      await thread.waitFor();
      const before = {
        demo: await db.conversation.findUniqueOrThrow({ where: { id: demoId! } }),
        other: await db.conversation.findUniqueOrThrow({ where: { id: otherConversationId } }),
        events: await db.conversationEvent.count({ where: { conversationId: { in: [demoId!, otherConversationId] } } }),
      };

      // Rewrite the server action's arguments on the wire: the demo id becomes the other workspace's.
      let tampered = 0;
      await page.route(`**/inbox/${demoId}*`, async (route) => {
        const req = route.request();
        const body = req.postData();
        if (req.method() === 'POST' && req.headers()['next-action'] && body?.includes(demoId!)) {
          tampered++;
          await route.continue({ postData: body.replaceAll(demoId!, otherConversationId) });
        } else await route.continue();
      });
      await thread.getByRole('button', { name: 'Resolve' }).click();
      await thread.getByRole('alert').filter({ hasText: 'Conversation not found' }).waitFor();
      expect(tampered).toBe(1);

      const after = {
        demo: await db.conversation.findUniqueOrThrow({ where: { id: demoId! } }),
        other: await db.conversation.findUniqueOrThrow({ where: { id: otherConversationId } }),
        events: await db.conversationEvent.count({ where: { conversationId: { in: [demoId!, otherConversationId] } } }),
      };
      expect(after).toEqual(before);
      expect(after.other.status).toBe('open');
    });
  });

  it('shows the other workspace’s user only their own conversations, and 404 for the demo’s', async () => {
    await withPage(async (page) => {
      await signIn(page, other.agent.email, other.agent.password);
      await page.getByRole('banner').getByText('Other Company').waitFor();
      const ids = await page.locator('[data-conversation-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-conversation-id')));
      expect(ids).toEqual([otherConversationId]);
      await page.getByText(secret).first().waitFor();

      const demo = await db.conversation.findMany({ where: { workspaceId: demoWorkspaceId, status: 'open' }, take: 5, select: { id: true, preview: true, contact: { select: { name: true } } } });
      const html = await page.content();
      for (const c of demo) {
        expect(html).not.toContain(c.id);
        expect(html).not.toContain(c.contact.name);
      }
      const res = await page.goto(`/inbox/${demo[0].id}`);
      expect(res?.status()).toBe(404);
      expect(await page.content()).not.toContain(demo[0].contact.name);
    });
  });
});
