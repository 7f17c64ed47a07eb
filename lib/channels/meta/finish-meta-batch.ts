// MetaEvents → the pipeline's NormalizedBatch: messages pass through,
// receipts become delivery statuses (looked up for watermarks), unsends are
// applied at once (a message unsent in the same batch is simply not stored).
import type { LoadedChannel } from '@/lib/channels/load-channel';
import type { NormalizedBatch } from '@/lib/webhooks/webhook-route';
import type { MetaEvent } from '@/lib/channels/meta/meta-event';
import { receiptStatuses } from '@/lib/channels/meta/receipt-statuses';
import { markUnsent } from '@/lib/channels/meta/mark-unsent';
import { log } from '@/lib/log';

export async function finishMetaBatch(events: MetaEvent[], channel: LoadedChannel): Promise<NormalizedBatch> {
  const batch: NormalizedBatch = { messages: [], statuses: [], ignored: [] };
  const unsent = new Set<string>();
  for (const e of events) {
    if (e.kind === 'message') batch.messages.push(e.message);
    else if (e.kind === 'ignored') batch.ignored.push(e.reason);
    else if (e.kind === 'unsend') unsent.add(e.mid);
    else batch.statuses.push(...(await receiptStatuses(channel.channel, e)));
  }
  if (unsent.size) {
    batch.messages = batch.messages.filter((m) => !unsent.has(m.providerMessageId));
    const marked = await markUnsent(channel.channel.id, [...unsent]);
    batch.ignored.push(`unsent by the customer: ${[...unsent].join(', ')} (${marked} stored message(s) blanked)`);
  }
  // Why an event was not stored (ids and kinds only, never content).
  if (batch.ignored.length) log.info('webhook events ignored', { channelId: channel.channel.id, reasons: batch.ignored.slice(0, 20) });
  return batch;
}
