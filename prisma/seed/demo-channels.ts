// One channel per provider. The key names of settings and secrets are a
// contract with the webhook handlers (lib/channels/<provider>): settings hold
// the ids a provider's payloads carry, secrets what its webhooks are signed or
// authenticated with. Secrets are random per seed, never fixed strings.
import crypto from 'node:crypto';
import type { Provider } from '@/lib/generated/prisma/enums';

export type DemoChannel = { provider: Provider; name: string; externalId: string | null; settings: Record<string, unknown> };

export const PROVIDERS: Provider[] = ['messenger', 'instagram', 'whatsapp', 'x', 'sms', 'email', 'chat', 'api'];

const PAGE_ID = '104857300118245';

export const DEMO_CHANNELS: DemoChannel[] = [
  { provider: 'messenger', name: 'Facebook · Northwind Outfitters', externalId: PAGE_ID, settings: { pageId: PAGE_ID } },
  {
    provider: 'instagram', name: 'Instagram · @northwindoutfitters', externalId: '17841405822304914',
    settings: { instagramAccountId: '17841405822304914', pageId: PAGE_ID },
  },
  {
    provider: 'whatsapp', name: 'WhatsApp · +44 20 3808 4410', externalId: '1122334455667',
    settings: { phoneNumberId: '1122334455667', displayPhoneNumber: '+44 20 3808 4410', wabaId: '102290129340398' },
  },
  { provider: 'x', name: 'X · @NorthwindHelp', externalId: '1458392018374656001', settings: { xUserId: '1458392018374656001', screenName: 'NorthwindHelp' } },
  // +15005550006 is Twilio's magic test number; the account SID is made up.
  { provider: 'sms', name: 'SMS · +1 500-555-0006', externalId: '+15005550006', settings: { phoneNumber: '+15005550006', accountSid: 'AC3f9c1e27b84d56a0c2e9f7d1a6b48e53' } },
  { provider: 'email', name: 'Email · support@northwind.test', externalId: 'support@northwind.test', settings: { address: 'support@northwind.test', inboundProvider: 'postmark' } },
  { provider: 'chat', name: 'Website chat', externalId: 'wk_northwind_4f7c2a9e', settings: { widgetKey: 'wk_northwind_4f7c2a9e', allowedOrigins: ['http://localhost:3000'] } },
  // Reviews and web forms posted by our own integrations with the workspace API key.
  { provider: 'api', name: 'Reviews & web forms (API)', externalId: null, settings: {} },
];

const hex = (bytes: number) => crypto.randomBytes(bytes).toString('hex');
const b64 = (bytes: number) => crypto.randomBytes(bytes).toString('base64url');

// The secrets a provider's webhooks are verified with, in the provider's own shapes.
export function generateChannelSecrets(provider: Provider): Record<string, string> {
  switch (provider) {
    case 'messenger':
    case 'instagram':
      return { appSecret: hex(16), verifyToken: `nw-verify-${b64(12)}`, pageAccessToken: `EAAG${b64(120)}` };
    case 'whatsapp':
      return { appSecret: hex(16), verifyToken: `nw-verify-${b64(12)}`, accessToken: `EAAG${b64(120)}` };
    case 'x':
      return { consumerKey: b64(18), consumerSecret: b64(36), accessToken: `1458392018374656001-${b64(22)}`, accessTokenSecret: b64(33) };
    case 'sms':
      return { authToken: hex(16) };
    case 'email':
      return { inboundUsername: `postmark-${hex(4)}`, inboundPassword: b64(24) };
    case 'chat':
    case 'api':
      return {};
  }
}
