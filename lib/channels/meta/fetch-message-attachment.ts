// Serves an attachment of an inbound Messenger, Instagram or WhatsApp message
// to a signed-in agent. Nothing is downloaded at ingest; the message keeps the
// provider's URL (Messenger/Instagram CDN) or WhatsApp's media id, and the
// file is fetched when an agent opens it, only from Meta's hosts, with the
// size and time limits of fetchProviderMedia. A WhatsApp media id is resolved
// with GET /{media-id} (channel access token) to a short-lived URL, which is
// then downloaded with the same token.
import { ApiError, notFound } from '@/lib/api/errors';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { decryptJson } from '@/lib/crypto';
import { fetchProviderMedia } from '@/lib/channels/fetch-provider-media';
import { graphRequest } from '@/lib/channels/meta/graph-request';

type StoredAttachment = { type?: string; name?: string; url?: string; mime?: string };
type StoredMedia = { index?: number; id?: string };

const META_PROVIDERS = new Set(['messenger', 'instagram', 'whatsapp']);
const INLINE = /^(image\/(png|jpe?g|gif|webp)|video\/(mp4|webm|quicktime)|audio\/(mpeg|ogg|mp4|aac|amr|wav))\b/i;

export async function fetchMessageAttachment(ctx: Pick<WorkspaceContext, 'db'>, messageId: string, index: number): Promise<Response> {
  const message = await ctx.db.message.findUnique({ where: { id: messageId }, include: { channel: true } });
  if (!message || message.direction !== 'in') throw notFound('Attachment');
  const attachment = ((message.attachments ?? []) as StoredAttachment[])[index];
  if (!attachment) throw notFound('Attachment');
  if (!META_PROVIDERS.has(message.channel.provider)) throw new ApiError(404, 'not_found', `Attachments of ${message.channel.provider} messages are not served here`);

  let url = attachment.url;
  let headers: Record<string, string> | undefined;
  if (message.channel.provider === 'whatsapp') {
    const token = decryptJson(message.channel.credentials).accessToken;
    if (!token) throw new ApiError(422, 'channel_misconfigured', 'This WhatsApp channel has no access token');
    headers = { authorization: `Bearer ${token}` };
    const media = (((message.meta ?? {}) as { media?: StoredMedia[] }).media ?? []).find((m) => m.index === index);
    if (media?.id) url = await resolveWhatsAppMedia(media.id, token);
  }
  if (!url || !/^https?:/i.test(url)) throw new ApiError(404, 'not_found', 'This attachment has no file to download');

  const file = await fetchProviderMedia('meta', url, { headers });
  const type = file.contentType.split(';')[0].trim() || 'application/octet-stream';
  const name = (attachment.name ?? `attachment-${index}`).replace(/[^\w.\- ]+/g, '_').slice(0, 100);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'content-type': type,
      'content-length': String(file.bytes.byteLength),
      // Anything but plain media is a download, never rendered on our origin.
      'content-disposition': `${INLINE.test(type) ? 'inline' : 'attachment'}; filename="${name}"`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, max-age=300',
    },
  });
}

async function resolveWhatsAppMedia(mediaId: string, token: string): Promise<string> {
  try {
    const info = await graphRequest<{ url?: string }>('WhatsApp', 'GET', encodeURIComponent(mediaId), token);
    if (!info.url) throw new Error('no url in the answer');
    return info.url;
  } catch (err) {
    throw new ApiError(502, 'media_lookup_failed', `WhatsApp could not give us this media: ${(err as Error).message}`);
  }
}
