// Managers and overnight staff in real Chromium, on the demo workspace:
// - a manager edits a routing rule (and moves it), a shift (a bad "25:00" is
//   shown next to its field and saves nothing) and an SLA policy through the
//   forms; the values are read back from the database;
// - an agent reads the playbook but finds no settings (404 page, 403 API);
// - the overnight agent hands a conversation off with a note, the manager sees
//   it among the unaccepted handoffs, and the morning rep (another signed-in
//   browser) accepts it on /handoffs: the conversation is theirs in the database;
// - every page this adds is screenshotted at 1280 and 1920 wide.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { DEMO_PASSWORD } from '@/prisma/seed/demo-people';
import { launchBrowser, newPage, screenshot, signIn } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const login = (key: string) => ({ email: `${key}@northwind.test`, password: DEMO_PASSWORD });
const marcus = login('marcus'); // manager
const dana = login('dana'); // morning sales rep (agent)
const sam = login('sam'); // overnight (agent)

let browser: Browser;
let workspaceId: string;
const ids: Record<string, string> = {};
// Rows this test changes, restored afterwards for the other browser tests.
let restore: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  workspaceId = (await db.workspace.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  const member = async (email: string) => (await db.membership.findFirstOrThrow({ where: { workspaceId, user: { email } } })).id;
  ids.marcus = await member(marcus.email);
  ids.dana = await member(dana.email);
  ids.sam = await member(sam.email);
  const rule = await db.routingRule.findFirstOrThrow({ where: { workspaceId, name: 'Sales leads → Sales' } });
  const shift = await db.shift.findFirstOrThrow({ where: { workspaceId, membershipId: ids.sam } });
  const policy = await db.slaPolicy.findFirstOrThrow({ where: { workspaceId, severity: 3, provider: null } });
  const tag = await db.tag.findFirstOrThrow({ where: { workspaceId, key: 'sales_lead' } });
  const tagRule = await db.tagRule.findFirstOrThrow({ where: { workspaceId, tagId: tag.id } });
  const sales = await db.team.findFirstOrThrow({ where: { workspaceId, key: 'sales' } });
  // A sales lead the overnight agent holds, with no handoff yet.
  const lead = await db.conversation.findFirstOrThrow({
    where: { workspaceId, status: 'open', teamId: sales.id, handoffs: { none: {} }, tagApplications: { some: { removedAt: null, tag: { key: 'sales_lead' } } } },
    orderBy: { createdAt: 'desc' },
    include: { contact: true },
  });
  Object.assign(ids, { rule: rule.id, shift: shift.id, policy: policy.id, tag: tag.id, tagRule: tagRule.id, team: sales.id, lead: lead.id, leadContact: lead.contact.name });
  await db.conversation.update({ where: { id: lead.id }, data: { assigneeId: ids.sam } });
  const positions = await db.routingRule.findMany({ where: { workspaceId }, select: { id: true, position: true } });
  restore = [
    async () => {
      for (const p of positions) await db.routingRule.update({ where: { id: p.id }, data: { position: p.position } });
      await db.routingRule.update({ where: { id: rule.id }, data: { name: rule.name, action: rule.action as object, conditions: rule.conditions as object, enabled: rule.enabled } });
    },
    () => db.shift.update({ where: { id: shift.id }, data: { weeklyHours: shift.weeklyHours as object } }),
    () => db.slaPolicy.update({ where: { id: policy.id }, data: { firstResponseMinutes: policy.firstResponseMinutes } }),
    () => db.conversation.update({ where: { id: lead.id }, data: { assigneeId: lead.assigneeId } }),
  ];
});

afterAll(async () => {
  for (const r of restore) await r().catch(() => {});
  await browser?.close();
  await disconnectDb();
});

async function as<T>(who: { email: string; password: string }, fn: (page: Page) => Promise<T>, viewport = { width: 1280, height: 1000 }): Promise<T> {
  const { context, page } = await newPage(browser, baseUrl, viewport);
  try {
    await signIn(page, who.email, who.password);
    return await fn(page);
  } finally {
    await context.close();
  }
}

const moveUp = (list: string[], id: string) => {
  const i = list.indexOf(id);
  return [...list.slice(0, i - 1), id, list[i - 1], ...list.slice(i + 1)];
};

// Polls the database until `read` returns something `check` accepts.
async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (check(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('a manager edits settings through the forms', () => {
  it('edits a routing rule and moves it up', async () => {
    await as(marcus, async (page) => {
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: /Routing rules/ }).click();
      await page.getByRole('heading', { name: 'Routing rules' }).waitFor();
      await page.getByRole('link', { name: 'Edit Sales leads → Sales' }).click();
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Sales leads → Sales (English)');
      await page.getByLabel('Only people who speak').fill('en');
      await page.getByLabel('Page the senior person on call').check();
      await page.getByLabel('Page the senior person on call').uncheck();
      await screenshot(page, 'settings-routing-edit-1280');
      await Promise.all([page.waitForURL(/\/settings\/routing\?saved=/), page.getByRole('button', { name: 'Save rule' }).click()]);
      await page.getByRole('status').filter({ hasText: 'Saved “Sales leads → Sales (English)”' }).waitFor();
      const saved = await db.routingRule.findUniqueOrThrow({ where: { id: ids.rule } });
      expect(saved).toMatchObject({ name: 'Sales leads → Sales (English)', action: { teamKey: 'sales', requireLanguage: 'en' }, conditions: { tags: ['sales_lead'] }, enabled: true });

      // Positions may be sparse (the demo numbers them 10, 20, …); what counts is the order.
      const order = async () => (await db.routingRule.findMany({ where: { workspaceId }, orderBy: [{ position: 'asc' }, { id: 'asc' }] })).map((r) => r.id);
      const before = await order();
      await page.getByRole('button', { name: 'Move “Sales leads → Sales (English)” up' }).click();
      const after = await eventually(order, (o) => o.indexOf(ids.rule) === before.indexOf(ids.rule) - 1);
      expect(after).toEqual(moveUp(before, ids.rule));
      const positions = (await db.routingRule.findMany({ where: { workspaceId }, orderBy: { position: 'asc' } })).map((r) => r.position);
      expect(positions).toEqual(positions.map((_, i) => i));
      expect(await db.auditEvent.count({ where: { workspaceId, action: 'routing_rule.update', targetId: ids.rule, actorId: ids.marcus } })).toBe(2);
    });
  });

  it('edits a shift: "25:00" is refused next to its field, then a valid end is saved', async () => {
    const before = await db.shift.findUniqueOrThrow({ where: { id: ids.shift } });
    await as(marcus, async (page) => {
      await page.goto('/settings/shifts');
      await page.getByRole('link', { name: 'Edit Overnight of Sam Okafor' }).click();
      await page.getByLabel('End 1', { exact: true }).fill('25:00');
      await page.getByRole('button', { name: 'Save shift' }).click();
      await page.locator('#f-weeklyHours-0-error').filter({ hasText: 'use HH:MM, 24-hour' }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'Nothing was saved: check the highlighted field.' }).waitFor();
      expect(await page.getByLabel('End 1', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'settings-shift-error-1280');
      expect(await db.shift.findUniqueOrThrow({ where: { id: ids.shift } })).toEqual(before);

      await page.getByLabel('End 1', { exact: true }).fill('07:00');
      await Promise.all([page.waitForURL(/\/settings\/shifts\?saved=/), page.getByRole('button', { name: 'Save shift' }).click()]);
      const hours = (await db.shift.findUniqueOrThrow({ where: { id: ids.shift } })).weeklyHours as { day: number; start: string; end: string }[];
      expect(hours[0]).toMatchObject({ start: '22:00', end: '07:00' });
      expect(hours.slice(1)).toEqual((before.weeklyHours as object[]).slice(1));
      // A changed shift lets Sam's teams assign their backlog.
      const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId, action: 'shift.update', targetId: ids.shift }, orderBy: { createdAt: 'desc' } });
      expect(await db.outbox.count({ where: { workspaceId, job: 'routing.backlog', jobId: { endsWith: audit.id } } })).toBeGreaterThan(0);
    });
  });

  it('edits an SLA policy’s first response target', async () => {
    await as(marcus, async (page) => {
      await page.goto('/settings/sla');
      await page.getByRole('link', { name: 'Edit SEV3 · Normal' }).click();
      await page.getByRole('spinbutton', { name: 'First response', exact: true }).fill('3');
      await page.getByLabel('First response unit').selectOption('60');
      await Promise.all([page.waitForURL(/\/settings\/sla\?saved=/), page.getByRole('button', { name: 'Save policy' }).click()]);
      await page.locator(`[data-policy-id="${ids.policy}"]`).filter({ hasText: '3 h' }).waitFor();
      expect((await db.slaPolicy.findUniqueOrThrow({ where: { id: ids.policy } })).firstResponseMinutes).toBe(180);
    });
  });
});

describe('agents', () => {
  it('read the playbook but find no settings', async () => {
    await as(dana, async (page) => {
      await page.getByRole('link', { name: 'Playbook', exact: true }).click();
      await page.getByRole('heading', { name: 'Playbook', level: 1 }).waitFor();
      const lead = page.locator('article[data-tag="sales_lead"]');
      await lead.getByRole('heading', { name: 'Sales lead' }).waitFor();
      expect(await lead.textContent()).toContain('Overnight: answer, then hand off to the morning sales rep');
      expect(await lead.textContent()).toContain('Owner: Sales');
      expect(await lead.getByText('Bulk and wholesale words').count()).toBe(1);
      expect(await lead.locator('a[href^="/inbox/"]').count()).toBeGreaterThan(0);
      expect(await page.getByRole('link', { name: 'Edit taxonomy' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Settings', exact: true }).count()).toBe(0);

      for (const path of ['/settings', '/settings/routing', '/settings/shifts', `/settings/sla/${ids.policy}`, '/settings/tags']) {
        expect((await page.goto(path))?.status(), path).toBe(404);
      }
      const api = await page.request.post('/api/v1/routing-rules', { data: { name: 'x', action: { teamKey: 'sales' } } });
      expect(api.status()).toBe(403);
      const patch = await page.request.patch(`/api/v1/sla-policies/${ids.policy}`, { data: { firstResponseMinutes: 1 } });
      expect(patch.status()).toBe(403);
      expect((await db.slaPolicy.findUniqueOrThrow({ where: { id: ids.policy } })).firstResponseMinutes).toBe(180);
    });
  });
});

describe('overnight handoff', () => {
  it('the overnight agent hands off with a note; the manager sees it waiting; the morning rep accepts it', async () => {
    const note = `Lead for ${ids.leadContact}: wants a quote by Friday, I sent the holding reply (e2e ${Date.now()})`;
    await as(sam, async (page) => {
      await page.goto(`/inbox/${ids.lead}`);
      await page.getByRole('button', { name: 'Hand off' }).click();
      const dialog = page.getByRole('dialog', { name: 'Hand off this conversation' });
      await dialog.getByLabel('Team').waitFor();
      expect(await dialog.getByLabel('Team').inputValue()).toBe(ids.team);
      await dialog.getByLabel('To', { exact: true }).selectOption(ids.dana);
      await dialog.getByRole('button', { name: 'Hand off' }).click();
      await dialog.getByText('Write a note for the next shift').waitFor();
      await dialog.getByLabel('Note for them').fill(note);
      await screenshot(page, 'handoff-form-1280');
      await dialog.getByRole('button', { name: 'Hand off' }).click();
      await dialog.waitFor({ state: 'detached' });
    });
    const handoff = await eventually(() => db.handoff.findFirst({ where: { conversationId: ids.lead, note } }), (h) => h !== null);
    expect(handoff).toMatchObject({ fromId: ids.sam, toId: ids.dana, teamId: ids.team, acceptedAt: null });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: ids.lead } })).assigneeId).toBeNull();

    await as(marcus, async (page) => {
      await page.getByRole('link', { name: 'Handoffs', exact: true }).click();
      const row = page.locator(`[data-open-handoff-id="${handoff!.id}"]`);
      await row.waitFor();
      expect(await row.getByTestId('open-handoff-note').textContent()).toContain(note);
      expect(await row.textContent()).toContain('Dana Kim');
      expect(await row.textContent()).toContain('Sam Okafor');
      expect(await page.locator('[data-open-handoff-id]').count()).toBe(await db.handoff.count({ where: { workspaceId, acceptedAt: null, cancelledAt: null, conversation: { status: { not: 'resolved' } } } }));
      await screenshot(page, 'handoffs-manager-1280');
    });

    await as(dana, async (page) => {
      await page.getByRole('link', { name: 'Handoffs', exact: true }).click();
      const card = page.locator(`[data-handoff-id="${handoff!.id}"]`);
      await card.waitFor();
      expect(await card.getByTestId('handoff-note').textContent()).toBe(note);
      await page.getByTestId('digest-title').waitFor();
      await screenshot(page, 'handoffs-morning-rep-1280');
      await Promise.all([page.waitForURL(/\/handoffs\?accepted=/), card.getByRole('button', { name: `Accept: handoff of ${ids.leadContact}` }).click()]);
      await page.getByRole('status').filter({ hasText: `Accepted: the conversation with ${ids.leadContact} is now yours.` }).waitFor();
      expect(await page.locator(`[data-handoff-id="${handoff!.id}"]`).count()).toBe(0);
    });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: ids.lead } })).assigneeId).toBe(ids.dana);
    expect(await db.handoff.findUniqueOrThrow({ where: { id: handoff!.id } })).toMatchObject({ acceptedById: ids.dana });

    await as(marcus, async (page) => {
      await page.goto('/handoffs');
      await page.getByRole('heading', { name: /Not accepted yet/ }).waitFor();
      expect(await page.locator(`[data-open-handoff-id="${handoff!.id}"]`).count()).toBe(0);
    });
  });
});

describe('screenshots of every page added', () => {
  const managerPages = () => [
    '/settings',
    '/settings/routing',
    `/settings/routing/${ids.rule}`,
    '/settings/routing/new',
    '/settings/shifts',
    `/settings/shifts/${ids.shift}`,
    `/settings/shifts/new?member=${ids.sam}`,
    '/settings/teams',
    `/settings/teams/${ids.team}`,
    `/settings/teams/people/${ids.sam}`,
    '/settings/sla',
    `/settings/sla/${ids.policy}`,
    '/settings/sla/new',
    '/settings/tags',
    '/settings/tags/new',
    `/settings/tags/${ids.tag}`,
    `/settings/tags/${ids.tag}/rules/new`,
    `/settings/tags/${ids.tag}/rules/${ids.tagRule}`,
    '/handoffs',
    '/playbook',
  ];
  for (const width of [1280, 1920]) {
    it(`at ${width} wide`, async () => {
      await as(
        marcus,
        async (page) => {
          for (const path of managerPages()) {
            const res = await page.goto(path);
            expect(res?.status(), path).toBe(200);
            await page.getByRole('heading', { level: 1 }).first().waitFor();
            await screenshot(page, `manage${path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'id').replace(/\?.*$/, '')}-${width}`);
          }
        },
        { width, height: 1200 },
      );
      await as(
        dana,
        async (page) => {
          for (const path of ['/playbook', '/handoffs']) {
            expect((await page.goto(path))?.status()).toBe(200);
            await page.getByRole('heading', { level: 1 }).first().waitFor();
            await screenshot(page, `agent${path}-${width}`);
          }
          await page.goto(`/inbox/${ids.lead}`);
          await page.getByRole('button', { name: 'Hand off' }).click();
          await page.getByRole('dialog').getByLabel('Team').waitFor();
          await screenshot(page, `agent-hand-off-${width}`);
        },
        { width, height: 1200 },
      );
    });
  }
});
