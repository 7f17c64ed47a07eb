// The composer in real Chromium against the production build: an agent opens
// an SMS conversation, picks the reply tab (data-shortcut="r"), inserts a
// saved reply (its variables filled with the customer's first name and the
// agent's name), sees the SMS segment counter, sends, and the reply is a row
// in the database; the draft survives leaving and coming back; a note's
// @mention picked from the member list notifies that colleague (a row); a
// WhatsApp conversation whose 24-hour window closed blocks free-form replies.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { DEMO_USERS } from '@/prisma/seed';
import { channelLimits } from '@/lib/outbound/channel-limits';
import { firstName } from '@/lib/saved-replies/render-saved-reply';
import { launchBrowser, newPage, screenshot, signIn } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const luis = DEMO_USERS.find((u) => u.name === 'Luis Ortega')!;
const dana = DEMO_USERS.find((u) => u.name === 'Dana Kim')!;

let browser: Browser;
let s: { context: BrowserContext; page: Page };
let workspaceId: string;
let sms: { id: string; contactName: string };
let other: string;

const composer = (page: Page) => page.getByTestId('composer');
const editor = (page: Page) => page.locator('#composer-text');

beforeAll(async () => {
  browser = await launchBrowser();
  workspaceId = (await db.workspace.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true } })).id;
  const c = await db.conversation.findFirstOrThrow({ where: { workspaceId, channel: { provider: 'sms' } }, orderBy: { lastMessageAt: 'desc' }, select: { id: true, contact: { select: { name: true } } } });
  sms = { id: c.id, contactName: c.contact.name };
  other = (await db.conversation.findFirstOrThrow({ where: { workspaceId, id: { not: c.id }, channel: { provider: 'email' } }, select: { id: true } })).id;
  s = await newPage(browser, baseUrl);
  await signIn(s.page, luis.email, luis.password);
});

afterAll(async () => {
  await s?.context.close();
  await browser?.close();
  await disconnectDb();
});

describe('the composer', () => {
  it('inserts a saved reply with its variables, counts SMS segments, sends, and clears', async () => {
    const { page } = s;
    await page.goto(`/inbox/${sms.id}`);
    await page.locator('[data-shortcut="r"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('composer-text');
    await expect(page.getByRole('tab', { name: 'Reply' }).getAttribute('aria-selected')).resolves.toBe('true');

    // The picker: button, type to filter, Enter inserts.
    await composer(page).getByRole('button', { name: 'Saved replies' }).click();
    const picker = page.getByTestId('saved-reply-picker');
    await picker.getByRole('combobox').fill('log out');
    await expect(picker.getByRole('option').count()).resolves.toBe(1);
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'composer-saved-reply-picker-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'composer-saved-reply-picker-1920');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });

    const text = await editor(page).inputValue();
    expect(text.startsWith(`Hi ${firstName(sms.contactName)}, sorry about that!`)).toBe(true);
    expect(text.endsWith(' Luis Ortega')).toBe(true);
    expect(text).not.toMatch(/\{\{/);

    // The counter agrees with the pure function (the same one the server applies).
    const expected = channelLimits({ provider: 'sms', text, lastInboundAt: null });
    expect(expected.counter).toMatch(/^\d+ SMS segments · \d+\/\d+/);
    const counter = page.getByTestId('channel-counter');
    await expect(counter.textContent()).resolves.toBe(expected.counter);
    await expect(counter.getAttribute('data-level')).resolves.toBe('warn');
    await screenshot(page, 'composer-reply-counter-1920');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'composer-reply-counter-1280');

    // A short plain reply is one GSM-7 SMS; an emoji makes it Unicode (70 per SMS).
    await editor(page).fill('Thanks, on its way');
    await expect.poll(() => counter.textContent()).toBe('1 SMS · 18/160');
    await expect(counter.getAttribute('data-level')).resolves.toBe('ok');
    await editor(page).fill('Thanks, on its way 🙂');
    await expect.poll(() => counter.textContent()).toBe('1 SMS · 21/70 · Unicode');
    await editor(page).fill(text);
    await expect.poll(() => counter.textContent()).toBe(expected.counter);

    await editor(page).press('Control+Enter');
    await expect
      .poll(() => db.message.findFirst({ where: { conversationId: sms.id, text }, select: { direction: true, status: true, author: { select: { user: { select: { name: true } } } } } }), { timeout: 10_000 })
      .toMatchObject({ direction: 'out', author: { user: { name: 'Luis Ortega' } } });
    await expect.poll(() => editor(page).inputValue()).toBe('');
    await page.getByRole('list', { name: 'Messages' }).getByText(text.slice(0, 40)).first().waitFor();
  });

  it('keeps the draft when the agent opens another conversation and comes back; Esc leaves the editor', async () => {
    const { page } = s;
    await page.goto(`/inbox/${sms.id}`);
    await page.locator('[data-shortcut="r"]').click();
    await editor(page).fill('Half-written answer about the refund');
    await page.goto(`/inbox/${other}`);
    await expect.poll(() => editor(page).inputValue()).toBe('');
    await page.goto(`/inbox/${sms.id}`);
    await expect.poll(() => editor(page).inputValue()).toBe('Half-written answer about the refund');
    // ";;" opens the saved replies where the caret is; Esc closes them, back in the editor, without the ";;".
    await editor(page).press('End');
    await editor(page).pressSequentially(';;');
    await page.getByTestId('saved-reply-picker').getByRole('combobox').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('saved-reply-picker').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('composer-text');
    expect(await editor(page).inputValue()).toBe('Half-written answer about the refund');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('composer-text');
    await editor(page).fill('');
  });

  it('an @mention picked from the member list in a note notifies that colleague', async () => {
    const { page } = s;
    const danaId = (await db.membership.findFirstOrThrow({ where: { workspaceId, user: { email: dana.email } }, select: { id: true } })).id;
    await page.goto(`/inbox/${sms.id}`);
    await page.locator('[data-shortcut="n"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('composer-text');
    await editor(page).pressSequentially('Could you call them back? @Da');
    const list = page.getByTestId('mention-picker');
    await list.getByRole('option', { name: /Dana Kim/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => editor(page).inputValue()).toBe('Could you call them back? @Dana Kim ');
    await editor(page).pressSequentially('thanks');
    await composer(page).getByRole('button', { name: 'Add note' }).click();
    await expect
      .poll(() => db.notification.findFirst({ where: { recipientId: danaId, kind: 'mention', conversationId: sms.id }, select: { body: true } }), { timeout: 10_000 })
      .toMatchObject({ body: 'Could you call them back? @Dana Kim thanks' });
    expect(await db.message.count({ where: { conversationId: sms.id, direction: 'note', text: 'Could you call them back? @Dana Kim thanks' } })).toBe(1);
  });

  it('blocks a free-form reply when the WhatsApp 24-hour window is closed, and offers the customer’s SMS instead', async () => {
    const { page } = s;
    const channel = await db.channel.findFirstOrThrow({ where: { workspaceId, provider: 'whatsapp' } });
    const contact = await db.contact.create({ data: { workspaceId, name: 'Amara Okafor' } });
    const smsChannel = await db.channel.findFirstOrThrow({ where: { workspaceId, provider: 'sms' } });
    await db.contactIdentity.create({ data: { workspaceId, contactId: contact.id, provider: 'whatsapp', externalId: '447700900123', phone: '+447700900123', channelId: channel.id } });
    await db.contactIdentity.create({ data: { workspaceId, contactId: contact.id, provider: 'sms', externalId: '+447700900123', phone: '+447700900123', channelId: smsChannel.id } });
    const at = new Date(Date.now() - 30 * 3_600_000);
    const c = await db.conversation.create({ data: { workspaceId, channelId: channel.id, contactId: contact.id, lastInboundAt: at, lastMessageAt: at, preview: 'Is the jacket waterproof?', messageCount: 1 } });
    await db.message.create({ data: { workspaceId, conversationId: c.id, channelId: channel.id, direction: 'in', contactId: contact.id, text: 'Is the jacket waterproof?', providerMessageId: `wamid.e2e-${Date.now()}`, sentAt: at } });

    await page.goto(`/inbox/${c.id}`);
    const notice = page.getByTestId('channel-notice');
    await notice.getByText(/24-hour WhatsApp window is closed/).waitFor();
    await expect(notice.textContent()).resolves.toMatch(/approved template/);
    await editor(page).fill('Yes, fully waterproof!');
    const send = composer(page).getByRole('button', { name: 'Send reply' });
    await expect(send.isDisabled()).resolves.toBe(true);
    await screenshot(page, 'composer-whatsapp-window-closed-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'composer-whatsapp-window-closed-1920');
    await page.setViewportSize({ width: 1280, height: 800 });
    await editor(page).press('Control+Enter');
    expect(await editor(page).inputValue()).toBe('Yes, fully waterproof!');
    expect(await db.message.count({ where: { conversationId: c.id, direction: 'out' } })).toBe(0);

    // The same customer on SMS: no window there, so the reply can go out, into an SMS conversation opened for it.
    await page.getByTestId('reply-channel').selectOption(smsChannel.id);
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('channel-counter').textContent()).toBe('1 SMS · 22/160');
    await send.click();
    await composer(page).getByRole('status').getByText(/Sent on SMS/).waitFor();
    const sent = await db.message.findFirstOrThrow({ where: { workspaceId, text: 'Yes, fully waterproof!' }, select: { direction: true, channelId: true, conversation: { select: { contactId: true, channelId: true } } } });
    expect(sent).toEqual({ direction: 'out', channelId: smsChannel.id, conversation: { contactId: contact.id, channelId: smsChannel.id } });
    expect(await db.message.count({ where: { conversationId: c.id, direction: 'out' } })).toBe(0);
    await expect.poll(() => editor(page).inputValue()).toBe('');
  });
});
