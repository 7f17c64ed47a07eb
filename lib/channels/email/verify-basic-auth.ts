// Postmark and SendGrid Inbound Parse authenticate by HTTP Basic auth: the
// admin puts https://<user>:<password>@host/api/webhooks/email/<id> in the
// provider's settings and the provider sends it as an Authorization header.
// The channel's secrets inboundUsername / inboundPassword must match (compared
// in constant time); a channel without them accepts nothing.
import { ApiError } from '@/lib/api/errors';
import { timingSafeEqualStr } from '@/lib/crypto';

export function verifyBasicAuth(request: Request, secrets: Record<string, string>): void {
  const header = request.headers.get('authorization') ?? '';
  const m = /^Basic\s+([A-Za-z0-9+/=._-]+)\s*$/i.exec(header);
  if (!m) throw new ApiError(401, 'unauthorized', 'Missing HTTP Basic credentials: put them in the webhook URL (https://user:password@…)');
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = colon >= 0 ? decoded.slice(0, colon) : decoded;
  const pass = colon >= 0 ? decoded.slice(colon + 1) : '';
  const expectedUser = secrets.inboundUsername ?? '';
  const expectedPass = secrets.inboundPassword ?? '';
  // Evaluate both comparisons, so timing does not tell which one failed.
  const userOk = timingSafeEqualStr(user, expectedUser);
  const passOk = timingSafeEqualStr(pass, expectedPass);
  if (!expectedUser || !expectedPass || !userOk || !passOk) {
    throw new ApiError(401, 'unauthorized', 'Wrong HTTP Basic credentials for this channel');
  }
}
