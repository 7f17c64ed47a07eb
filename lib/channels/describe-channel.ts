// A channel as admins and the API see it: settings, webhook URL, health, and
// for each secret only whether it is set and a masked form (maskSecret) —
// never the secret itself. The one exception, revealing a verify token to an
// admin, is its own audited use case (reveal-channel-secret.ts).
import type { Channel } from '@/lib/generated/prisma/client';
import type { Provider } from '@/lib/generated/prisma/enums';
import { appUrl } from '@/lib/env';
import { decryptJson, maskSecret } from '@/lib/crypto';
import { CHANNEL_FIELDS } from '@/lib/channels/channel-fields';
import { channelHealth, type ChannelHealth } from '@/lib/channels/list-channel-health';

export type SecretState = { key: string; label: string; set: boolean; masked: string | null; revealable: boolean };
export type ChannelSummary = {
  id: string;
  provider: Provider;
  providerLabel: string;
  name: string;
  enabled: boolean;
  externalId: string | null;
  webhookUrl: string;
  embedCode: string | null;
  settings: Record<string, unknown>;
  health: ChannelHealth;
  createdAt: string;
  updatedAt: string;
};

export function webhookUrlFor(c: Pick<Channel, 'id' | 'provider' | 'settings'>, base = appUrl()): string {
  const settings = (c.settings ?? {}) as Record<string, unknown>;
  if (c.provider === 'api') return `${base}/api/v1/channels/${c.id}/messages`;
  if (c.provider === 'whatsapp' && settings.transport === 'twilio') return `${base}/api/webhooks/twilio/${c.id}`;
  return `${base}/api/webhooks/${c.provider}/${c.id}`;
}

export function embedCodeFor(c: Pick<Channel, 'id' | 'provider'>, base = appUrl()): string | null {
  return c.provider === 'chat' ? `<script src="${base}/widget.js" data-channel="${c.id}" async></script>` : null;
}

export function describeChannel(c: Channel, now = new Date()): ChannelSummary {
  return {
    id: c.id,
    provider: c.provider,
    providerLabel: CHANNEL_FIELDS[c.provider].label,
    name: c.name,
    enabled: c.enabled,
    externalId: c.externalId,
    webhookUrl: webhookUrlFor(c),
    embedCode: embedCodeFor(c),
    settings: (c.settings ?? {}) as Record<string, unknown>,
    health: channelHealth(c, now),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

// Masked secrets for the admin form. A credentials value that cannot be
// decrypted (ENCRYPTION_KEY changed) shows as not set rather than failing the page.
export function secretStates(c: Pick<Channel, 'provider' | 'credentials'>): SecretState[] {
  let secrets: Record<string, string> = {};
  try {
    secrets = decryptJson(c.credentials);
  } catch {
    secrets = {};
  }
  return CHANNEL_FIELDS[c.provider].secrets.map((s) => ({
    key: s.key,
    label: s.label,
    set: Boolean(secrets[s.key]),
    masked: secrets[s.key] ? maskSecret(secrets[s.key]) : null,
    revealable: Boolean(s.revealable),
  }));
}
