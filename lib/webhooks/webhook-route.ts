// The one pipeline every provider webhook goes through. A provider supplies an
// adapter (lib/channels/<provider>/webhook.ts): verify, parse, normalize and,
// where the provider wants a special answer (Twilio's TwiML), respond.
//   rate limit (429) → channel (404) → header auth (401/403) → size cap (413)
//   → signature (401/403)
//   → parse (400) → normalize → store every message, apply every status → 2xx
// Any 4xx writes nothing. A 2xx is sent only after every message of the
// request is committed, so a provider never gets an acknowledgement for a
// message we could lose; if storing fails it gets a 5xx and retries, and
// duplicates are harmless.
import { ApiError, errorResponse } from '@/lib/api/errors';
import { readBodyText } from '@/lib/api/read-json-body';
import { loadChannel, type LoadedChannel } from '@/lib/channels/load-channel';
import { applyDeliveryStatus, type StatusUpdate } from '@/lib/ingest/apply-delivery-status';
import { ingestInboundMessage } from '@/lib/ingest/ingest-inbound-message';
import type { InboundMessage } from '@/lib/ingest/inbound-message';
import { recordChannelError, recordChannelEvent } from '@/lib/channels/record-channel-health';
import { rateLimitChannel } from '@/lib/webhooks/rate-limit-channel';
import type { Provider } from '@/lib/generated/prisma/enums';
import { log } from '@/lib/log';

export type NormalizedBatch = {
  messages: InboundMessage[];
  statuses: StatusUpdate[];
  // Events we deliberately do not store (echoes of our own sends, typing, unsupported types).
  ignored: string[];
};

export type WebhookResult = { received: number; duplicates: number; statuses: number; ignored: number; messageIds: string[] };

export type WebhookRequest = { raw: string; request: Request; url: URL; channel: LoadedChannel };

export type WebhookAdapter<P> = {
  provider: Provider | Provider[];
  // Throw ApiError 401 (missing) or 403 (wrong) when the request is not the provider's.
  verify: (req: WebhookRequest) => void | Promise<void>;
  // Parse the raw body (JSON, form, multipart) with zod; throw for a malformed body.
  parse: (req: WebhookRequest) => P | Promise<P>;
  normalize: (payload: P, channel: LoadedChannel) => NormalizedBatch | Promise<NormalizedBatch>;
  respond?: (result: WebhookResult) => Response;
  // Body size cap (default 1 MB). Email raises it: its webhooks carry the attachments.
  maxBodyBytes?: number;
  // Checks that need only the headers (HTTP basic auth), run BEFORE the body
  // is read, so that an unauthenticated caller cannot make us buffer a large body.
  authorize?: (request: Request, channel: LoadedChannel) => void | Promise<void>;
};

// The URL the provider called, as the provider saw it (for Twilio's signature):
// APP_URL's origin when set, since behind a proxy request.url is internal.
export function publicUrl(request: Request): URL {
  const url = new URL(request.url);
  const base = process.env.APP_URL;
  if (!base) return url;
  const pub = new URL(base);
  return new URL(url.pathname + url.search, pub.origin);
}

export function webhookRoute<P>(adapter: WebhookAdapter<P>) {
  return async (request: Request, segment: { params: Promise<{ channelId: string }> }): Promise<Response> => {
    try {
      const { channelId } = await segment.params;
      await rateLimitChannel(channelId);
      const channel = await loadChannel(channelId, adapter.provider);
      const refused = async (err: unknown) => {
        // A real channel failing its signature check is usually a wrong secret: show it to the team.
        await recordChannelError(channelId, `Webhook refused: ${(err as Error).message}`);
        return err;
      };
      const authorize = adapter.authorize;
      if (authorize) await (async () => authorize(request, channel))().catch(async (err) => { throw await refused(err); });
      const raw = await readBodyText(request, adapter.maxBodyBytes);
      const req: WebhookRequest = { raw, request, url: publicUrl(request), channel };
      await (async () => adapter.verify(req))().catch(async (err) => { throw await refused(err); });
      let payload: P;
      try {
        payload = await adapter.parse(req);
      } catch (err) {
        if (err instanceof ApiError) throw err;
        throw badPayload(err);
      }
      const batch = await adapter.normalize(payload, channel);
      const result: WebhookResult = { received: 0, duplicates: 0, statuses: 0, ignored: batch.ignored.length, messageIds: [] };
      for (const m of batch.messages) {
        const r = await ingestInboundMessage(channel.channel, m);
        if (r.created) result.received++;
        else result.duplicates++;
        result.messageIds.push(r.messageId);
      }
      for (const s of batch.statuses) if (await applyDeliveryStatus(channel.channel.id, s)) result.statuses++;
      if (!batch.messages.length) await recordChannelEvent(channel.channel.id);
      return adapter.respond ? adapter.respond(result) : Response.json(result);
    } catch (err) {
      if (!(err instanceof ApiError)) log.error('webhook failed', { error: (err as Error).message });
      const res = errorResponse(err);
      // Providers that honour Retry-After back off instead of hammering a flooded channel.
      if (err instanceof ApiError && err.status === 429) res.headers.set('retry-after', String((err.details as { retryAfter?: number } | undefined)?.retryAfter ?? 1));
      return res;
    }
  };
}

function badPayload(err: unknown): ApiError {
  const issues = (err as { issues?: { path: (string | number)[]; message: string }[] }).issues;
  if (issues?.length) {
    const first = issues[0];
    return new ApiError(400, 'invalid_payload', `Malformed payload at ${first.path.join('.') || 'body'}: ${first.message}`, issues.slice(0, 10));
  }
  return new ApiError(400, 'invalid_payload', `Malformed payload: ${(err as Error).message}`);
}
