// A test workspace ready for triage: the five default tags (and any custom
// ones), an incident team (the agent as member, the admin as manager) and a
// channel per provider; plus helpers that push a customer message through the
// real path — ingest (one transaction + outbox row), the outbox relay, the
// triage worker — and wait until triage has committed.
import crypto from 'node:crypto';
import { db } from '@/lib/db';
import { ingestInboundMessage } from '@/lib/ingest/ingest-inbound-message';
import type { Channel } from '@/lib/generated/prisma/client';
import type { Provider } from '@/lib/generated/prisma/enums';
import { drainOutbox } from '@/lib/queue/relay-outbox';
import { getQueue } from '@/lib/queue/get-queue';
import { createTestWorkspace } from './create-test-workspace';

export const DEFAULT_TAGS = ['sales_lead', 'feature_request', 'incident', 'technical_issue', 'ugc'] as const;

export async function createTriageWorkspace(opts: { providers?: Provider[]; customTags?: { key: string; name: string; description?: string }[] } = {}) {
  const ws = await createTestWorkspace({ provider: 'api' });
  const workspaceId = ws.workspace.id;
  const incidentTeam = await db.team.create({ data: { workspaceId, key: 'incident', name: 'Incident response', managerId: ws.admin.membership.id } });
  await db.teamMember.create({ data: { teamId: incidentTeam.id, membershipId: ws.agent.membership.id } });
  for (const key of DEFAULT_TAGS) {
    await db.tag.create({ data: { workspaceId, key, name: key.replace('_', ' '), isDefault: true, ownerTeamId: key === 'incident' ? incidentTeam.id : null } });
  }
  for (const t of opts.customTags ?? []) await db.tag.create({ data: { workspaceId, key: t.key, name: t.name, description: t.description ?? '' } });
  const channels = { api: ws.channel } as Record<Provider, Channel>;
  for (const provider of opts.providers ?? []) {
    if (channels[provider]) continue;
    channels[provider] = await db.channel.create({ data: { workspaceId, provider, name: `Test ${provider}`, externalId: `${provider}-${ws.suffix}` } });
  }
  return { ...ws, workspaceId, incidentTeam, channels };
}

export type CustomerMessage = { text: string; from?: string; name?: string; followers?: number; subject?: string };

export async function ingestCustomerMessage(channel: Pick<Channel, 'id' | 'workspaceId' | 'provider'>, m: CustomerMessage) {
  const from = m.from ?? `customer-${crypto.randomBytes(4).toString('hex')}`;
  return ingestInboundMessage(channel, {
    providerMessageId: `pm-${crypto.randomUUID()}`,
    sentAt: new Date(),
    contact: { externalId: from, name: m.name ?? from, followers: m.followers },
    text: m.text,
    subject: m.subject,
  });
}

export async function waitForTriage(messageId: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = await db.message.findUniqueOrThrow({ where: { id: messageId } });
    if (m.triagedAt) return m;
    if (Date.now() > deadline) throw new Error(`message ${messageId} was not triaged within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Ingest → relay → triage worker (must be running) → its job finished (the
// triage committed, and for an incident report the crisis check after it).
export async function ingestAndTriage(channel: Pick<Channel, 'id' | 'workspaceId' | 'provider'>, m: CustomerMessage) {
  const ingested = await ingestCustomerMessage(channel, m);
  await drainOutbox();
  await waitForTriage(ingested.messageId);
  const queue = await getQueue('triage');
  const jobId = `triage-${ingested.messageId}`;
  const deadline = Date.now() + 20_000;
  while ((await queue.getJobState(jobId)) !== 'completed') {
    if (Date.now() > deadline) throw new Error(`job ${jobId} did not complete: ${await queue.getJobState(jobId)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const message = await db.message.findUniqueOrThrow({ where: { id: ingested.messageId } });
  return { ...ingested, message };
}

export async function activeTags(conversationId: string) {
  const apps = await db.tagApplication.findMany({ where: { conversationId, removedAt: null }, include: { tag: true }, orderBy: { appliedAt: 'asc' } });
  return apps.map((a) => ({ key: a.tag.key, source: a.source, confidence: a.confidence, reason: a.reason, messageId: a.messageId }));
}
