// The live-chat widget in real Chromium: a brand's page on another site
// (a static page on a loopback server, http://localhost:<port>) embeds the one
// script tag with the demo chat channel; a visitor writes, the message lands
// in the inbox database; an agent's reply (sendReply → outbox → outbound
// sender) appears in the open widget without a reload; the visitor leaves an
// email; after a reload the history is there. A site not in allowedOrigins
// cannot frame the panel.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { scopedDb } from '@/lib/tenancy';
import { sendReply } from '@/lib/conversations/send-reply';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { closeQueues } from '@/lib/queue/get-queue';
import { closeRelay } from '@/lib/live/get-relay';
import { deliverOutboundMessage } from '@/lib/outbound/deliver-outbound-message';
import { DEMO_USERS } from '@/prisma/seed';
import { launchBrowser, newPage, screenshot } from '../helpers/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let shop: http.Server;
let shopOrigin: string;
let otherSite: http.Server;
let channel: { id: string; workspaceId: string; settings: unknown };

const page = (channelId: string, title: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:Georgia,serif;margin:0;background:#fdf6ec;color:#3b2f2f}header{padding:24px 40px;background:#3b2f2f;color:#fdf6ec}main{padding:32px 40px;max-width:640px}
button{font:inherit}</style></head><body><header><h1>${title}</h1></header>
<main><h2>Trail jacket, forest green</h2><p>Waterproof, breathable, and warm down to −10 °C. Free returns within 30 days.</p><button>Add to basket</button></main>
<script src="${baseUrl}/widget.js" data-channel="${channelId}" async></script></body></html>`;

async function serve(html: () => string): Promise<http.Server> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const ws = await db.workspace.findUniqueOrThrow({ where: { slug: 'demo' } });
  channel = await db.channel.findFirstOrThrow({ where: { workspaceId: ws.id, provider: 'chat' } });
  shop = await serve(() => page(channel.id, 'Northwind Outfitters'));
  otherSite = await serve(() => page(channel.id, 'Not allowed'));
  shopOrigin = `http://localhost:${(shop.address() as AddressInfo).port}`;
  await db.channel.update({ where: { id: channel.id }, data: { settings: { ...(channel.settings as object), allowedOrigins: [shopOrigin] } } });
});

afterAll(async () => {
  await browser?.close();
  shop?.close();
  otherSite?.close();
  await closeRelay();
  await closeQueues();
  await disconnectDb();
});

const chatFrame = (p: Page): FrameLocator => p.frameLocator('iframe[title="Chat with us"]');

async function agentReply(conversationId: string, text: string) {
  const agent = DEMO_USERS.find((u) => u.role === 'agent')!;
  const m = await db.membership.findFirstOrThrow({ where: { workspaceId: channel.workspaceId, user: { email: agent.email } }, include: { user: true } });
  const ctx = { workspaceId: channel.workspaceId, role: m.role, actor: { type: 'user' as const, userId: m.userId, membershipId: m.id, name: m.user.name, email: m.user.email }, db: scopedDb(channel.workspaceId) };
  const reply = await sendReply(ctx, { conversationId, text });
  await drainOutbox();
  expect(await deliverOutboundMessage(channel.workspaceId, reply.id)).toBe('sent');
  return { reply, agentFirstName: m.user.name.split(' ')[0] };
}

describe('chat widget on a brand’s site', () => {
  it('lets a visitor chat live with an agent and leave an email', async () => {
    const { context, page: p } = await newPage(browser, shopOrigin);
    try {
      await p.goto('/');
      const launcher = p.getByRole('button', { name: 'Open chat' });
      await launcher.waitFor();
      await screenshot(p, 'chat-widget-closed');

      await launcher.click();
      const frame = chatFrame(p);
      await frame.getByRole('heading', { name: 'Northwind Outfitters' }).waitFor();
      await frame.getByLabel('Your message').fill('Hi, where is my order?');
      await frame.getByLabel('Your message').press('Enter');

      // The message is in the inbox database, as a chat conversation of a new visitor.
      let message = null;
      for (let i = 0; i < 50 && !message; i++) {
        message = await db.message.findFirst({ where: { channelId: channel.id, text: 'Hi, where is my order?' }, include: { conversation: true } });
        if (!message) await new Promise((r) => setTimeout(r, 200));
      }
      expect(message).toBeTruthy();
      expect(message!.conversation.threadKey).toMatch(/^visitor:v_/);
      expect(message!.meta).toMatchObject({ pageUrl: `${shopOrigin}/` });
      await frame.locator(`[data-message-id="${message!.id}"]`).waitFor();

      // The agent answers; the open widget shows it without a reload.
      const { reply, agentFirstName } = await agentReply(message!.conversationId, 'Thanks for waiting! Your order shipped yesterday and arrives Thursday.');
      const bubble = frame.locator(`[data-message-id="${reply.id}"]`);
      await bubble.waitFor({ timeout: 5000 });
      expect(await bubble.textContent()).toContain('Your order shipped yesterday');
      expect(await bubble.textContent()).toContain(agentFirstName);

      // Leaving an email (offered after the first message).
      await frame.getByLabel('Leave your email so we can reply if you go').fill('Visitor.Buyer@Example.com');
      await frame.getByRole('button', { name: 'Save' }).click();
      await frame.getByText('Thanks! We’ll reply to Visitor.Buyer@Example.com if you leave.').waitFor();
      const identity = await db.contactIdentity.findFirst({ where: { workspaceId: channel.workspaceId, provider: 'email', externalId: 'visitor.buyer@example.com' } });
      expect(identity?.contactId).toBe(message!.conversation.contactId);
      await screenshot(p, 'chat-widget-open');

      // After a reload the panel reopens with the history.
      await p.reload();
      await chatFrame(p).locator(`[data-message-id="${reply.id}"]`).waitFor();
      await chatFrame(p).locator(`[data-message-id="${message!.id}"]`).waitFor();
      expect(await db.message.count({ where: { conversationId: message!.conversationId, direction: 'in' } })).toBe(1);
      await chatFrame(p).getByText('We’ll reply to Visitor.Buyer@Example.com if you leave.').waitFor();
      // Kept by the loader in the brand page's own storage too (third-party frame storage may be blocked).
      expect(await p.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.visitorId, `switchboard-chat:${channel.id}`)).toBe(message!.conversation.threadKey!.slice('visitor:'.length));

      // Escape closes the panel and gives the focus back to the launcher.
      await chatFrame(p).getByLabel('Your message').press('Escape');
      await p.getByRole('button', { name: 'Open chat' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('is not framed by a site that is not in the channel’s allowed origins', async () => {
    const origin = `http://localhost:${(otherSite.address() as AddressInfo).port}`;
    const { context, page: p } = await newPage(browser, origin);
    try {
      await p.goto('/');
      await p.getByRole('button', { name: 'Open chat' }).click();
      await p.waitForTimeout(1500);
      const frame = p.frames().find((f) => f !== p.mainFrame());
      expect(frame).toBeTruthy();
      // Chromium replaces a frame refused by CSP frame-ancestors with an error page.
      expect(await frame!.locator('#composer').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
