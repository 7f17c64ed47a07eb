// X's challenge-response check (CRC): X calls GET ?crc_token=… when the
// webhook is registered and then hourly; we prove we hold the consumer secret
// by answering {"response_token":"sha256=" + base64(HMAC-SHA256(consumerSecret, crc_token))}.
import crypto from 'node:crypto';
import { ApiError, badRequest, errorResponse } from '@/lib/api/errors';
import { loadChannel } from '@/lib/channels/load-channel';
import { rateLimitChannel } from '@/lib/webhooks/rate-limit-channel';

export function crcResponseToken(consumerSecret: string, crcToken: string): string {
  return `sha256=${crypto.createHmac('sha256', consumerSecret).update(crcToken).digest('base64')}`;
}

export async function answerXCrc(request: Request, segment: { params: Promise<{ channelId: string }> }): Promise<Response> {
  try {
    const { channelId } = await segment.params;
    await rateLimitChannel(channelId);
    const crcToken = new URL(request.url).searchParams.get('crc_token');
    if (!crcToken || crcToken.length > 500) throw badRequest('Missing or oversized crc_token query parameter');
    const { secrets } = await loadChannel(channelId, 'x');
    if (!secrets.consumerSecret) throw new ApiError(403, 'invalid_signature', 'This X channel has no consumer secret configured');
    return Response.json({ response_token: crcResponseToken(secrets.consumerSecret, crcToken) });
  } catch (err) {
    return errorResponse(err);
  }
}
