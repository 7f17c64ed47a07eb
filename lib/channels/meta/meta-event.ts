// What one Meta webhook event (a messaging item, a feed or comments change)
// turns into, before anything touches the database. finishMetaBatch turns a
// list of these into the pipeline's NormalizedBatch.
import type { InboundMessage } from '@/lib/ingest/inbound-message';

export type MetaReceipt = {
  kind: 'receipt';
  status: 'delivered' | 'read';
  // The customer who received or read our messages (the event's sender).
  customerId: string;
  at: Date;
  // Delivery receipts name the messages (mids); read receipts give a watermark
  // (everything before it was read) or, on Instagram, the last message read.
  mids?: string[];
  watermark?: Date;
  mid?: string;
};

export type MetaEvent =
  | { kind: 'message'; message: InboundMessage }
  | MetaReceipt
  | { kind: 'unsend'; mid: string }
  | { kind: 'ignored'; reason: string };

export const ignored = (reason: string): MetaEvent => ({ kind: 'ignored', reason });
