// The agent's actions on an open conversation, in real Chromium against the
// production build: tag (and untag) from the tag picker, change severity,
// assign to a colleague from the assign picker, snooze (and unsnooze), then
// resolve. The buttons are clicked through their data-shortcut attributes
// (the global key handler clicks the same elements). After each action the
// rows are read back from the database: TagApplication + TrainingExample,
// severity, assigneeId, status/snoozedUntil. Also: the earlier history with
// the customer on another channel, a contact merge, and the pickers at 1280
// and 1920 px (screenshots) with Esc returning focus to the button.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { DEMO_USERS } from '@/prisma/seed';
import { snoozePresets } from '@/lib/conversations/snooze-presets';
import { launchBrowser, newPage, screenshot, signIn } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const agent = DEMO_USERS.find((u) => u.role === 'agent')!;
const colleague = DEMO_USERS.find((u) => u.role === 'agent' && u.email !== agent.email)!;
let browser: Browser;
let workspace: { id: string; timezone: string };
let me: string;
let colleagueId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  workspace = await db.workspace.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true, timezone: true } });
  me = (await db.membership.findFirstOrThrow({ where: { workspaceId: workspace.id, user: { email: agent.email } } })).id;
  colleagueId = (await db.membership.findFirstOrThrow({ where: { workspaceId: workspace.id, user: { email: colleague.email } } })).id;
});

afterAll(async () => {
  await browser?.close();
  await disconnectDb();
});

// An open conversation low in the list (other tests work the top ones), not yet assigned to the colleague.
async function pickConversation(skip: string[] = []) {
  return db.conversation.findFirstOrThrow({
    where: { workspaceId: workspace.id, status: 'open', id: { notIn: skip }, OR: [{ assigneeId: null }, { assigneeId: { not: colleagueId } }] },
    orderBy: [{ priority: 'asc' }, { id: 'asc' }],
    include: { contact: true, tagApplications: { where: { removedAt: null }, include: { tag: true } } },
  });
}

const focusedShortcut = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.shortcut ?? null);

describe('agent actions on a conversation', () => {
  it('tags, untags, sets severity, assigns, snoozes, unsnoozes and resolves; each change is in the database', async () => {
    const target = await pickConversation();
    const { context, page } = await newPage(browser, baseUrl, { width: 1280, height: 800 });
    try {
      // The same customer wrote before by another channel: an email we answered (delivered).
      const otherChannel = await db.channel.findFirstOrThrow({ where: { workspaceId: workspace.id, id: { not: target.channelId } } });
      const earlierConversation = await db.conversation.create({
        data: { workspaceId: workspace.id, channelId: otherChannel.id, contactId: target.contactId, status: 'resolved', subject: 'Earlier question', preview: 'earlier', lastMessageAt: new Date(Date.now() - 86_400_000 * 20) },
      });
      const earlierReply = await db.message.create({
        data: {
          workspaceId: workspace.id, conversationId: earlierConversation.id, channelId: otherChannel.id, direction: 'out', authorId: me,
          text: `Earlier answer ${crypto.randomUUID().slice(0, 8)}`, status: 'delivered', providerMessageId: crypto.randomUUID(), sentAt: new Date(Date.now() - 86_400_000 * 20),
        },
      });

      await signIn(page, agent.email, agent.password);
      await page.goto(`/inbox/${target.id}`);
      const thread = page.getByRole('region', { name: 'Conversation', exact: true });
      await thread.waitFor();

      // Earlier history, collapsed, then opened: the reply shows with its channel and delivery status.
      const summary = thread.getByTestId('earlier-summary');
      await expect(summary.textContent()).resolves.toMatch(new RegExp(`Earlier with .+: \\d+ conversations? on .*`));
      expect(await thread.locator(`[data-message-id="${earlierReply.id}"]`).count()).toBe(0);
      await summary.click();
      const bubble = thread.locator(`[data-message-id="${earlierReply.id}"]`);
      await bubble.waitFor();
      await expect(bubble.locator('[data-delivery]').textContent()).resolves.toBe('Delivered');

      // Tag picker: type to filter, Enter adds the tag as the agent's.
      const tags = await db.tag.findMany({ where: { workspaceId: workspace.id } });
      const applied = new Set(target.tagApplications.map((t) => t.tag.key));
      const toAdd = tags.find((t) => !applied.has(t.key))!;
      await thread.locator('[data-shortcut="t"]').click();
      const tagDialog = page.getByRole('dialog', { name: 'Tag this conversation' });
      await tagDialog.locator(`[data-option="${toAdd.key}"]`).waitFor();
      await screenshot(page, 'agent-actions-tags-1280');
      await tagDialog.getByRole('combobox', { name: 'Tags' }).fill(toAdd.name);
      await page.keyboard.press('Enter');
      await tagDialog.locator(`[data-option="${toAdd.key}"][aria-checked="true"]`).waitFor();
      const details = page.getByRole('complementary', { name: 'Details' });
      await details.locator(`li[data-tag="${toAdd.key}"]`).waitFor();
      const added = await db.tagApplication.findFirstOrThrow({ where: { conversationId: target.id, tagId: toAdd.id, removedAt: null } });
      expect(added).toMatchObject({ source: 'agent', appliedById: me });
      expect(await db.trainingExample.findFirst({ where: { workspaceId: workspace.id, tagKey: toAdd.key, label: true, createdById: me } })).not.toBeNull();

      // Unticking a tag removes it; the correction is a negative example.
      const toRemove = target.tagApplications[0]?.tag;
      if (toRemove) {
        await tagDialog.getByRole('combobox', { name: 'Tags' }).fill('');
        await tagDialog.locator(`[data-option="${toRemove.key}"]`).click();
        await tagDialog.locator(`[data-option="${toRemove.key}"][aria-checked="false"]`).waitFor();
        await details.locator(`li[data-tag="${toRemove.key}"]`).waitFor({ state: 'detached' });
        expect(await db.tagApplication.count({ where: { conversationId: target.id, tagId: toRemove.id, removedAt: null } })).toBe(0);
        expect(await db.trainingExample.findFirst({ where: { workspaceId: workspace.id, tagKey: toRemove.key, label: false, createdById: me } })).not.toBeNull();
      }
      // Esc closes the picker and gives the focus back to its button.
      await page.keyboard.press('Escape');
      await tagDialog.waitFor({ state: 'detached' });
      expect(await focusedShortcut(page)).toBe('t');

      // Severity: a different level, recorded as set by this agent.
      const severity = (await db.conversation.findUniqueOrThrow({ where: { id: target.id } })).severity === 2 ? 3 : 2;
      const severityGroup = thread.getByRole('group', { name: 'Severity' });
      await severityGroup.getByRole('button', { name: `SEV${severity}` }).click();
      await severityGroup.locator('button[aria-pressed="true"]', { hasText: `SEV${severity}` }).waitFor();
      expect(await db.conversation.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ severity, severitySetBy: me });

      // Assign picker: filter by the colleague's name, Enter.
      await thread.locator('[data-shortcut="a"]').click();
      const assignDialog = page.getByRole('dialog', { name: 'Assign this conversation' });
      await assignDialog.locator(`[data-option="m:${colleagueId}"]`).waitFor();
      await screenshot(page, 'agent-actions-assign-1280');
      await assignDialog.getByRole('combobox', { name: 'Assign to' }).fill(colleague.name);
      await page.keyboard.press('Enter');
      await thread.getByTestId('assignment').getByText(`Assigned to ${colleague.name}`).waitFor();
      expect((await db.conversation.findUniqueOrThrow({ where: { id: target.id } })).assigneeId).toBe(colleagueId);
      expect(await focusedShortcut(page)).toBe('a');

      // Snooze until tomorrow 9:00 in the workspace's time zone.
      await thread.locator('[data-shortcut="s"]').click();
      const snoozeDialog = page.getByRole('dialog', { name: 'Snooze until' });
      await snoozeDialog.locator('[data-option="tomorrow"]').waitFor();
      await screenshot(page, 'agent-actions-snooze-1280');
      const expected = snoozePresets(new Date(), workspace.timezone).find((p) => p.key === 'tomorrow')!.until;
      await snoozeDialog.locator('[data-option="tomorrow"]').click();
      await thread.getByTestId('snoozed-until').waitFor();
      const snoozed = await db.conversation.findUniqueOrThrow({ where: { id: target.id } });
      expect(snoozed.status).toBe('snoozed');
      expect(snoozed.snoozedUntil?.toISOString()).toBe(expected.toISOString());

      // Unsnooze brings it back at once.
      await thread.getByRole('button', { name: 'Unsnooze' }).click();
      await thread.locator('[data-shortcut="s"][aria-haspopup="dialog"]').waitFor();
      expect(await db.conversation.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ status: 'open', snoozedUntil: null });

      // Resolve (the e button, which shows its shortcut).
      const resolve = thread.locator('[data-shortcut="e"]');
      await expect(resolve.getAttribute('aria-keyshortcuts')).resolves.toBe('e');
      await expect(resolve.locator('kbd').textContent()).resolves.toBe('e');
      await resolve.click();
      await thread.getByRole('button', { name: 'Reopen' }).waitFor();
      expect(await db.conversation.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ status: 'resolved' });
      await screenshot(page, 'agent-actions-resolved-1280');
    } finally {
      await context.close();
    }
  });

  it('at 1920 px: pickers open with the keyboard and close with Esc; a duplicate contact is merged from the panel', async () => {
    const target = await pickConversation();
    const suffix = crypto.randomBytes(3).toString('hex');
    const dup = await db.contact.create({ data: { workspaceId: workspace.id, name: `Duplicate ${suffix}`, notes: 'Wrote on Instagram too' } });
    const identity = await db.contactIdentity.create({
      data: { workspaceId: workspace.id, contactId: dup.id, provider: 'email', externalId: `dup-${suffix}@example.test`, email: `dup-${suffix}@example.test` },
    });
    const { context, page } = await newPage(browser, baseUrl, { width: 1920, height: 1080 });
    try {
      await signIn(page, agent.email, agent.password);
      await page.goto(`/inbox/${target.id}`);
      const thread = page.getByRole('region', { name: 'Conversation', exact: true });
      await thread.waitFor();
      for (const [key, name, shot] of [['a', 'Assign this conversation', 'assign'], ['t', 'Tag this conversation', 'tags'], ['s', 'Snooze until', 'snooze']] as const) {
        await thread.locator(`[data-shortcut="${key}"]`).click();
        const dialog = page.getByRole('dialog', { name });
        await dialog.getByRole('option').first().waitFor();
        // Arrow keys move the highlighted option.
        const before = await dialog.getByRole('combobox').getAttribute('aria-activedescendant');
        await page.keyboard.press('ArrowDown');
        expect(await dialog.getByRole('combobox').getAttribute('aria-activedescendant')).not.toBe(before);
        await screenshot(page, `agent-actions-${shot}-1920`);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        expect(await focusedShortcut(page)).toBe(key);
      }

      // Merge the duplicate into this conversation's contact.
      const details = page.getByRole('complementary', { name: 'Details' });
      await details.getByRole('button', { name: 'Merge with…' }).click();
      const mergeDialog = page.getByRole('dialog', { name: /Merge another contact into/ });
      await mergeDialog.getByRole('combobox').fill(`dup-${suffix}`);
      await mergeDialog.getByRole('option', { name: new RegExp(`Duplicate ${suffix}`) }).waitFor();
      await screenshot(page, 'agent-actions-merge-1920');
      await page.keyboard.press('Enter');
      await mergeDialog.getByRole('button', { name: `Merge Duplicate ${suffix} into ${target.contact.name}` }).click();
      await mergeDialog.waitFor({ state: 'hidden' });
      await details.getByText(`From Duplicate ${suffix}: Wrote on Instagram too`).waitFor();
      expect((await db.contact.findUniqueOrThrow({ where: { id: dup.id } })).mergedIntoId).toBe(target.contactId);
      expect((await db.contactIdentity.findUniqueOrThrow({ where: { id: identity.id } })).contactId).toBe(target.contactId);
      await screenshot(page, 'agent-actions-contact-1920');
    } finally {
      await context.close();
    }
  });
});
