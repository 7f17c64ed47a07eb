// What an admin fills in for each provider: the non-secret settings (shown
// back) and the secrets (write-only, encrypted). The key names are the
// contract with the webhook handlers and senders (lib/channels/<provider>);
// dotted keys ("smtp.host") are nested objects in Channel.settings.
// Each field carries its zod validator, so the form and the use cases share
// one definition; settingsSchemaFor(provider) is the provider's zod schema.
import { z } from 'zod';
import type { Provider } from '@/lib/generated/prisma/enums';
import { normaliseOrigin } from '@/lib/channels/chat/chat-origin';

export type FieldKind = 'text' | 'number' | 'boolean' | 'select' | 'list';
export type SettingField = {
  key: string;
  label: string;
  kind?: FieldKind;
  required?: boolean;
  help?: string;
  placeholder?: string;
  options?: { value: string; label: string }[];
  check?: z.ZodType;
};
// generated: made up on create when left blank (verify tokens, widget secrets).
// revealable: an admin may see it in full, because it must be pasted into the provider's dashboard.
export type SecretField = { key: string; label: string; required?: boolean; generated?: boolean; revealable?: boolean; help?: string };
export type ProviderFields = { label: string; externalIdKey?: string; settings: SettingField[]; secrets: SecretField[] };

const digits = z.string().regex(/^\d{3,30}$/, 'Digits only, as the provider shows it');
const e164 = z.string().regex(/^\+[1-9]\d{5,15}$/, 'A phone number in international format, like +14155550100');
const host = z.string().regex(/^[a-z0-9.-]+$/i, 'A host name, like smtp.example.com').max(253);
const port = z.number().int().min(1).max(65535);
const origins = z
  .array(z.string().max(300).refine((o) => normaliseOrigin(o) !== null, 'Each line must be an origin like https://shop.example.com (no path)'))
  .max(50)
  .transform((list) => [...new Set(list.map((o) => normaliseOrigin(o)!))]);

const rateLimit: SettingField = {
  key: 'rateLimitPerSecond', label: 'Webhook rate limit (requests per second)', kind: 'number', check: z.number().int().min(1).max(100_000),
  help: 'Requests above this are refused with 429 (the provider retries). Blank: the server default.',
};
const verifyToken: SecretField = { key: 'verifyToken', label: 'Verify token', generated: true, revealable: true, help: 'Paste it into the webhook settings of your Meta app. Left blank, one is generated.' };
const meta = (extra: SecretField[]): SecretField[] => [{ key: 'appSecret', label: 'App secret', required: true, help: 'Meta app → Settings → Basic; signs every webhook.' }, verifyToken, ...extra];

export const CHANNEL_FIELDS: Record<Provider, ProviderFields> = {
  messenger: {
    label: 'Facebook Messenger', externalIdKey: 'pageId',
    settings: [{ key: 'pageId', label: 'Facebook Page ID', required: true, check: digits }, rateLimit],
    secrets: meta([{ key: 'pageAccessToken', label: 'Page access token', required: true }]),
  },
  instagram: {
    label: 'Instagram', externalIdKey: 'instagramAccountId',
    settings: [
      { key: 'instagramAccountId', label: 'Instagram account ID', required: true, check: digits },
      { key: 'pageId', label: 'Linked Facebook Page ID', required: true, check: digits },
      rateLimit,
    ],
    secrets: meta([{ key: 'pageAccessToken', label: 'Page access token', required: true }]),
  },
  whatsapp: {
    label: 'WhatsApp', externalIdKey: 'phoneNumberId',
    settings: [
      { key: 'phoneNumberId', label: 'Phone number ID', required: true, check: z.string().regex(/^[\w+:-]{3,40}$/, 'The phone number ID from WhatsApp Manager') },
      { key: 'displayPhoneNumber', label: 'Display phone number', placeholder: '+44 20 3808 4410' },
      { key: 'wabaId', label: 'WhatsApp Business Account ID', check: digits },
      { key: 'transport', label: 'Connection', kind: 'select', options: [{ value: 'cloud', label: 'WhatsApp Cloud API (Meta)' }, { value: 'twilio', label: 'Twilio' }] },
      { key: 'accountSid', label: 'Twilio account SID (Twilio only)', check: z.string().regex(/^AC[0-9a-f]{32}$/i, 'A Twilio account SID starts with AC') },
      rateLimit,
    ],
    secrets: [...meta([{ key: 'accessToken', label: 'Access token (Cloud API)' }]).map((s) => (s.key === 'appSecret' ? { ...s, required: false } : s)), { key: 'authToken', label: 'Twilio auth token (Twilio only)' }],
  },
  x: {
    label: 'X', externalIdKey: 'xUserId',
    settings: [{ key: 'xUserId', label: 'X user ID', required: true, check: digits }, { key: 'screenName', label: 'Handle (without @)', check: z.string().regex(/^\w{1,15}$/, 'Letters, digits and _ (up to 15)') }, rateLimit],
    secrets: [
      { key: 'consumerKey', label: 'API key (consumer key)', required: true },
      { key: 'consumerSecret', label: 'API key secret (consumer secret)', required: true },
      { key: 'accessToken', label: 'Access token', required: true },
      { key: 'accessTokenSecret', label: 'Access token secret', required: true },
    ],
  },
  sms: {
    label: 'SMS (Twilio)', externalIdKey: 'phoneNumber',
    settings: [
      { key: 'phoneNumber', label: 'Twilio phone number', required: true, check: e164, placeholder: '+14155550100' },
      { key: 'accountSid', label: 'Twilio account SID', required: true, check: z.string().regex(/^AC[0-9a-f]{32}$/i, 'A Twilio account SID starts with AC') },
      { key: 'messagingServiceSid', label: 'Messaging service SID', check: z.string().regex(/^MG[0-9a-f]{32}$/i, 'A messaging service SID starts with MG') },
      rateLimit,
    ],
    secrets: [{ key: 'authToken', label: 'Auth token', required: true, help: 'Signs every Twilio request (X-Twilio-Signature).' }],
  },
  email: {
    label: 'Email', externalIdKey: 'address',
    settings: [
      { key: 'address', label: 'Support address', required: true, check: z.string().toLowerCase().email('An email address') },
      { key: 'fromName', label: 'Sender name', help: 'Blank: the workspace name.' },
      {
        key: 'inboundProvider', label: 'Receive mail by', kind: 'select',
        options: [{ value: '', label: 'IMAP polling only' }, { value: 'postmark', label: 'Postmark inbound webhook' }, { value: 'sendgrid', label: 'SendGrid Inbound Parse' }, { value: 'mailgun', label: 'Mailgun routes' }],
      },
      { key: 'smtp.host', label: 'SMTP host', check: host },
      { key: 'smtp.port', label: 'SMTP port', kind: 'number', check: port },
      { key: 'smtp.secure', label: 'SMTP over TLS (port 465)', kind: 'boolean' },
      { key: 'smtp.user', label: 'SMTP user' },
      { key: 'imap.host', label: 'IMAP host', check: host },
      { key: 'imap.port', label: 'IMAP port', kind: 'number', check: port },
      { key: 'imap.secure', label: 'IMAP over TLS', kind: 'boolean' },
      { key: 'imap.user', label: 'IMAP user' },
      rateLimit,
    ],
    secrets: [
      { key: 'inboundUsername', label: 'Webhook user (Postmark, SendGrid)' },
      { key: 'inboundPassword', label: 'Webhook password (Postmark, SendGrid)' },
      { key: 'signingKey', label: 'Mailgun signing key' },
      { key: 'smtpPassword', label: 'SMTP password' },
      { key: 'imapPassword', label: 'IMAP password' },
    ],
  },
  chat: {
    label: 'Live chat', externalIdKey: 'widgetKey',
    settings: [
      { key: 'allowedOrigins', label: 'Websites allowed to embed the chat', kind: 'list', check: origins, placeholder: 'https://shop.example.com', help: 'One origin per line; https://*.example.com allows its subdomains.' },
      { key: 'title', label: 'Title shown to visitors', help: 'Blank: the workspace name.' },
      { key: 'greeting', label: 'Greeting', placeholder: 'Hi! How can we help you today?' },
      { key: 'accentColor', label: 'Accent colour', placeholder: '#4f46e5', check: z.string().regex(/^#[0-9a-f]{6}$/i, 'A colour like #4f46e5') },
      { key: 'widgetKey', label: 'Widget key', help: 'Blank: generated.' },
      { ...rateLimit, label: 'Rate limit (requests per second, all visitors)' },
    ],
    secrets: [{ key: 'visitorSecret', label: 'Visitor token key', generated: true, help: 'Signs visitor sessions; changing it signs every visitor out. Left blank, one is generated.' }],
  },
  api: {
    label: 'API', settings: [{ key: 'callbackUrl', label: 'Reply callback URL', check: z.string().url('A URL like https://example.com/hooks/replies'), help: 'Agent replies are POSTed here, signed with the callback secret.' }, rateLimit],
    secrets: [{ key: 'callbackSecret', label: 'Callback secret', generated: true }],
  },
};

export const PROVIDERS = Object.keys(CHANNEL_FIELDS) as Provider[];

// The form's raw value for a field → the typed value (undefined = not set).
function fieldSchema(f: SettingField): z.ZodType {
  const kind = f.kind ?? 'text';
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  const inner =
    kind === 'boolean'
      ? z.boolean().optional()
      : kind === 'number'
        ? (f.check ?? z.number())
        : kind === 'list'
          ? (f.check ?? z.array(z.string()))
          : kind === 'select'
            ? z.enum(f.options!.map((o) => o.value) as [string, ...string[]])
            : (f.check ?? z.string().max(300));
  return z.preprocess((v) => {
    if (v === undefined || v === null) return undefined;
    if (kind === 'boolean') return v === true || v === 'on' || v === 'true';
    if (blank(v)) return undefined;
    if (kind === 'number') return Number(v);
    if (kind === 'list') return (Array.isArray(v) ? v : String(v).split(/[\n,]+/)).map((s) => String(s).trim()).filter(Boolean);
    return typeof v === 'string' ? v.trim() : v;
  }, f.required ? inner : inner.optional());
}

const schemas = new Map<Provider, z.ZodObject>();
export function settingsSchemaFor(provider: Provider): z.ZodObject {
  let s = schemas.get(provider);
  if (!s) {
    s = z.object(Object.fromEntries(CHANNEL_FIELDS[provider].settings.map((f) => [f.key, fieldSchema(f)]))).strict();
    schemas.set(provider, s);
  }
  return s;
}

export const rawSettings = z.record(z.string().max(100), z.union([z.string().max(5000), z.boolean(), z.number(), z.array(z.string().max(300)).max(50)]));
export const rawSecrets = z.record(z.string().max(100), z.string().max(4000));

// Reads a dotted key out of nested settings (for the form's initial values).
export function settingValue(settings: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), settings);
}
