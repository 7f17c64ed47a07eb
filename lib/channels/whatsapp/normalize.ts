// A WhatsApp Cloud API webhook body → the pipeline's batch. Pure (apart from
// logging provider errors). Each change is routed by
// value.metadata.phone_number_id: it must be this channel's phoneNumberId,
// else the change is ignored; a message is never stored into a channel it
// was not addressed to (one app's callback URL receives every number's events).
// Statuses sent/delivered/read/failed (played counts as read) update our
// outbound messages, forward only (applyDeliveryStatus).
import type { NormalizedBatch } from '@/lib/webhooks/webhook-route';
import type { StatusUpdate } from '@/lib/ingest/apply-delivery-status';
import { metaTime } from '@/lib/channels/meta/meta-time';
import { log } from '@/lib/log';
import type { WhatsAppStatus, WhatsAppValue, WhatsAppWebhookBody } from '@/lib/channels/whatsapp/schema';
import { describeWhatsAppError, normalizeWhatsAppMessage } from '@/lib/channels/whatsapp/normalize-message';

const STATUS_MAP: Record<string, StatusUpdate['status']> = { sent: 'sent', delivered: 'delivered', read: 'read', played: 'read', failed: 'failed' };

export function normalizeWhatsAppPayload(body: WhatsAppWebhookBody, settings: Record<string, unknown>, channelId: string, now = new Date()): NormalizedBatch {
  const phoneNumberId = typeof settings.phoneNumberId === 'string' ? settings.phoneNumberId : '';
  const batch: NormalizedBatch = { messages: [], statuses: [], ignored: [] };
  for (const entry of body.entry) {
    for (const change of entry.changes) {
      if (change.field && change.field !== 'messages') {
        batch.ignored.push(`field "${change.field}" is not handled`);
        continue;
      }
      const addressedTo = change.value.metadata?.phone_number_id;
      if (!phoneNumberId || addressedTo !== phoneNumberId) {
        batch.ignored.push(`change for phone number id ${addressedTo ?? '(none)'}, not this channel’s (${phoneNumberId || 'none set'})`);
        continue;
      }
      normalizeValue(change.value, batch, channelId, now);
    }
  }
  return batch;
}

function normalizeValue(v: WhatsAppValue, batch: NormalizedBatch, channelId: string, now: Date) {
  for (const e of v.errors ?? []) {
    log.warn('whatsapp webhook error', { channelId, code: e.code, title: e.title });
    batch.ignored.push(`WhatsApp reported ${describeWhatsAppError(e)}`);
  }
  for (const m of v.messages ?? []) {
    const name = (v.contacts?.find((c) => c.wa_id === m.from) ?? (v.contacts?.length === 1 ? v.contacts[0] : undefined))?.profile?.name;
    const out = normalizeWhatsAppMessage(m, name, now);
    if ('ignored' in out) {
      if (m.errors?.length) log.warn('whatsapp message error', { channelId, messageId: m.id, code: m.errors[0].code, title: m.errors[0].title });
      batch.ignored.push(out.ignored);
    } else batch.messages.push(out);
  }
  for (const s of v.statuses ?? []) {
    const u = toStatusUpdate(s, now);
    if ('ignored' in u) batch.ignored.push(u.ignored);
    else batch.statuses.push(u);
  }
}

export function toStatusUpdate(s: WhatsAppStatus, now: Date): StatusUpdate | { ignored: string } {
  const status = STATUS_MAP[s.status];
  if (!status) return { ignored: `${s.id}: status "${s.status}" is not tracked` };
  const at = metaTime(s.timestamp, now);
  if (status !== 'failed') return { providerMessageId: s.id, status, at };
  return { providerMessageId: s.id, status, at, error: `WhatsApp could not deliver the message: ${describeWhatsAppError(s.errors?.[0])}` };
}
