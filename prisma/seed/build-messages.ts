// The messages of one scripted conversation: when each was sent, provider ids
// in the provider's shape, email threading headers and HTML, delivery status,
// and the conversation fields that follow from them (preview, waiting since).
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Provider } from '@/lib/generated/prisma/enums';
import { providerMessageId, uuidv7 } from './create-ids';
import { personByKey } from './demo-people';
import type { PersonKey, Step, ThreadScript } from './thread-script';

export type MessageContext = {
  workspaceId: string;
  conversationId: string;
  channelId: string;
  contactId: string;
  contactEmail?: string;
  memberIds: Map<PersonKey, string>;
  now: Date;
};

export type BuiltMessages = {
  rows: Prisma.MessageCreateManyInput[];
  times: Date[];
  firstInbound: { id: string; at: Date; text: string };
  threadKey: string | null;
  lastMessageAt: Date;
  lastInboundAt: Date | null;
  lastOutboundAt: Date | null;
  firstResponseAt: Date | null;
  waitingSince: Date | null;
  preview: string;
};

// Minutes → timestamps. A script that would run past now is squeezed to fit,
// so that no message is ever from the future.
export function stepTimes(steps: Step[], hoursAgo: number, now: Date): Date[] {
  const start = now.getTime() - hoursAgo * 3_600_000;
  const offsets: number[] = [];
  let sum = 0;
  for (const step of steps) offsets.push((sum += step.after));
  const available = Math.max(0, now.getTime() - 60_000 - start);
  const scale = sum * 60_000 > available && sum > 0 ? available / (sum * 60_000) : 1;
  return offsets.map((m) => new Date(Math.round(start + m * 60_000 * scale)));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const textToHtml = (text: string) =>
  text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');

const ATTACHMENT_LABEL: Record<string, (name: string) => string> = {
  image: (name) => `📷 ${name}`,
  video: (name) => `🎬 ${name}`,
  audio: () => '🎤 Voice message',
};

export function previewOf(step: Step): string {
  const attachments = step.kind === 'in' ? step.attachments ?? [] : [];
  const text = step.text.replace(/\s+/g, ' ').trim() || attachments.map((a) => (ATTACHMENT_LABEL[a.type] ?? ((n: string) => `📎 ${n}`))(a.name)).join(' ');
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

// Meta-family and chat clients report reads; email, SMS and X only delivery.
function outboundStatus(provider: Provider, readBy: Date | null): { status: 'read' | 'delivered' | 'sent'; readAt: Date | null } {
  if (provider === 'x' || provider === 'api') return { status: 'sent', readAt: null };
  if (['messenger', 'instagram', 'whatsapp', 'chat'].includes(provider) && readBy) return { status: 'read', readAt: readBy };
  return { status: 'delivered', readAt: null };
}

export function buildMessages(s: ThreadScript, ctx: MessageContext): BuiltMessages {
  const times = stepTimes(s.msgs, s.ago, ctx.now);
  const rows: Prisma.MessageCreateManyInput[] = [];
  const emailIds: string[] = [];
  const senderDomain = ctx.contactEmail?.split('@')[1] ?? 'mail.example.com';
  let threadKey: string | null = null;

  s.msgs.forEach((step, i) => {
    const at = times[i];
    const outbound = step.kind === 'out';
    const pmid = step.kind === 'note' ? null : providerMessageId(s.ch, at, outbound, senderDomain);
    const row: Prisma.MessageCreateManyInput = {
      id: uuidv7(at.getTime()),
      workspaceId: ctx.workspaceId,
      conversationId: ctx.conversationId,
      channelId: ctx.channelId,
      direction: step.kind,
      providerMessageId: pmid,
      text: step.text,
      language: s.lang,
      sentAt: at,
      createdAt: at,
    };
    if (step.kind === 'in') {
      row.contactId = ctx.contactId;
      row.status = 'received';
      row.attachments = step.attachments ?? [];
    } else {
      const author = personByKey.get(step.by)!;
      row.authorId = ctx.memberIds.get(step.by);
      // Agents answer in the customer's language when they speak it.
      if (!author.languages.includes(s.lang.split('-')[0])) row.language = 'en';
      if (step.kind === 'note') {
        row.status = 'sent';
        row.language = 'en';
      } else if (step.failed) {
        row.status = 'failed';
        row.providerError = step.failed;
      } else {
        const next = times.slice(i + 1).find((_, j) => s.msgs[i + 1 + j].kind === 'in');
        const readBy = next ?? (ctx.now.getTime() - at.getTime() > 30 * 60_000 ? new Date(at.getTime() + 4 * 60_000) : null);
        const { status, readAt } = outboundStatus(s.ch, readBy);
        row.status = status;
        row.deliveredAt = status === 'sent' ? null : new Date(at.getTime() + 2_000);
        row.readAt = readAt;
      }
    }
    if (s.ch === 'email' && pmid) {
      row.subject = emailIds.length ? `Re: ${s.subject ?? ''}`.trim() : s.subject ?? null;
      row.html = textToHtml(step.text);
      row.meta = { messageId: pmid, inReplyTo: emailIds.at(-1) ?? null, references: [...emailIds] };
      emailIds.push(pmid);
      threadKey ??= pmid;
    } else if (s.ch === 'x' && pmid) {
      threadKey ??= pmid;
      row.meta = { conversationId: threadKey, inReplyToStatusId: rows.filter((r) => r.direction !== 'note').at(-1)?.providerMessageId ?? null };
    } else if (s.ch === 'api' && step.kind === 'in') {
      row.subject = s.subject ?? null;
      row.meta = { source: s.who.handle?.split(':')[0] ?? 'api' };
    }
    rows.push(row);
  });

  const spoken = s.msgs.map((step, i) => ({ step, at: times[i] })).filter(({ step }) => step.kind === 'in' || (step.kind === 'out' && !step.failed));
  const inbound = spoken.filter(({ step }) => step.kind === 'in');
  const outbound = spoken.filter(({ step }) => step.kind === 'out');
  let waiting: Date | null = null;
  for (const { step, at } of spoken) waiting = step.kind === 'in' ? waiting ?? at : null;
  const firstIn = rows.find((r) => r.direction === 'in')!;
  const last = spoken.at(-1) ?? { step: s.msgs.at(-1)!, at: times.at(-1)! };

  return {
    rows,
    times,
    firstInbound: { id: firstIn.id!, at: firstIn.sentAt as Date, text: firstIn.text ?? '' },
    threadKey,
    lastMessageAt: last.at,
    lastInboundAt: inbound.at(-1)?.at ?? null,
    lastOutboundAt: outbound.at(-1)?.at ?? null,
    firstResponseAt: outbound[0]?.at ?? null,
    waitingSince: s.status === 'resolved' || s.status === 'pending' ? null : waiting,
    preview: previewOf(last.step),
  };
}
