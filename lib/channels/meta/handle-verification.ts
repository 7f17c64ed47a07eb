// The GET handshake Meta makes when an admin sets the callback URL:
//   ?hub.mode=subscribe&hub.verify_token=<token>&hub.challenge=<n>
// answered 200 text/plain with the challenge when the token is the channel's
// verify token, else 403. Unknown or disabled channels are 404, as for POST.
import { ApiError, errorResponse } from '@/lib/api/errors';
import { loadChannel } from '@/lib/channels/load-channel';
import { timingSafeEqualStr } from '@/lib/crypto';
import { rateLimitChannel } from '@/lib/webhooks/rate-limit-channel';
import type { Provider } from '@/lib/generated/prisma/enums';

const MAX_CHALLENGE = 1000;

export function handleMetaVerification(provider: Provider) {
  return async (request: Request, segment: { params: Promise<{ channelId: string }> }): Promise<Response> => {
    try {
      const { channelId } = await segment.params;
      await rateLimitChannel(channelId);
      const { secrets } = await loadChannel(channelId, provider);
      const q = new URL(request.url).searchParams;
      const mode = q.get('hub.mode');
      const token = q.get('hub.verify_token') ?? '';
      const challenge = q.get('hub.challenge') ?? '';
      if (mode !== 'subscribe') throw new ApiError(403, 'verification_failed', 'hub.mode must be "subscribe"');
      if (!secrets.verifyToken || !timingSafeEqualStr(token, secrets.verifyToken)) {
        throw new ApiError(403, 'verification_failed', 'hub.verify_token does not match this channel’s verify token');
      }
      if (!challenge || challenge.length > MAX_CHALLENGE) throw new ApiError(403, 'verification_failed', 'hub.challenge is missing or too long');
      return new Response(challenge, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
    } catch (err) {
      return errorResponse(err);
    }
  };
}
