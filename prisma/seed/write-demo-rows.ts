// Writes the built demo in foreign-key order with createMany, in batches that
// stay well under Postgres' 65,535 bind parameters per statement.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DemoRows } from './build-demo-rows';

const BATCH = 1000;

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

export async function writeDemoRows(tx: Prisma.TransactionClient, rows: DemoRows): Promise<void> {
  await tx.workspace.createMany({ data: [rows.workspace] });
  await tx.user.createMany({ data: rows.users });
  await tx.membership.createMany({ data: rows.memberships });
  await tx.team.createMany({ data: rows.teams });
  await tx.teamMember.createMany({ data: rows.teamMembers });
  await tx.shift.createMany({ data: rows.shifts });
  await tx.tag.createMany({ data: rows.tags });
  await tx.tagRule.createMany({ data: rows.tagRules });
  await tx.channel.createMany({ data: rows.channels });
  await tx.slaPolicy.createMany({ data: rows.slaPolicies });
  await tx.routingRule.createMany({ data: rows.routingRules });
  await tx.savedReply.createMany({ data: rows.savedReplies });
  await tx.savedView.createMany({ data: rows.savedViews });
  await inBatches(rows.contacts, (data) => tx.contact.createMany({ data }));
  await inBatches(rows.identities, (data) => tx.contactIdentity.createMany({ data }));
  await tx.crisis.createMany({ data: rows.crises });
  await inBatches(rows.conversations, (data) => tx.conversation.createMany({ data }));
  await inBatches(rows.messages, (data) => tx.message.createMany({ data }));
  await inBatches(rows.tagApplications, (data) => tx.tagApplication.createMany({ data }));
  await inBatches(rows.trainingExamples, (data) => tx.trainingExample.createMany({ data }));
  await inBatches(rows.events, (data) => tx.conversationEvent.createMany({ data }));
  await inBatches(rows.assignments, (data) => tx.assignment.createMany({ data }));
  await tx.handoff.createMany({ data: rows.handoffs });
  await inBatches(rows.notifications, (data) => tx.notification.createMany({ data }));
  await tx.auditEvent.createMany({ data: rows.auditEvents });
}
