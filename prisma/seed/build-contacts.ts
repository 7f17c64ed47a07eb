// Contacts and their identities from the scripts. One person may appear in
// several scripts (same key, email, phone or handle): they become one contact
// with one identity per provider, which is how the inbox links a customer's
// WhatsApp and SMS threads.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Provider } from '@/lib/generated/prisma/enums';
import { randomDigits, seededRandom, uuidv7 } from './create-ids';
import type { Lang, ThreadScript, Who } from './thread-script';

export type BuiltContacts = {
  contacts: Prisma.ContactCreateManyInput[];
  identities: Prisma.ContactIdentityCreateManyInput[];
  // Per script (same index): the contact id and the email/domain it writes from.
  byScript: { contactId: string; email?: string; name: string }[];
};

export function contactKey(who: Who): string {
  return who.key ?? who.email?.toLowerCase() ?? who.phone ?? who.handle?.toLowerCase() ?? `name:${who.name}`;
}

const PHONE_PREFIX: Record<Lang, [string, number]> = {
  en: ['+4477009', 5],
  es: ['+3461', 7],
  ro: ['+4072', 7],
  'zh-Hant': ['+8869', 8],
  'zh-Hans': ['+86139', 8],
  de: ['+49151', 8],
  fr: ['+336', 8],
  pt: ['+35191', 7],
  ja: ['+8190', 8],
};

const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];

export function slugName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

export function buildContacts(scripts: ThreadScript[], workspaceId: string, channelIds: Map<Provider, string>, now: Date): BuiltContacts {
  const random = seededRandom(20260615);
  const usedPhones = new Set(scripts.map((s) => s.who.phone).filter(Boolean) as string[]);
  const usedExternal = new Set<string>();
  const contacts = new Map<string, Prisma.ContactCreateManyInput & { email?: string; phone?: string; handle?: string }>();
  const identities = new Map<string, Prisma.ContactIdentityCreateManyInput>();
  const byScript: BuiltContacts['byScript'] = [];

  // make(attempt) must return a new candidate for each attempt.
  const unique = (provider: Provider, make: (attempt: number) => string) => {
    let id = make(0);
    for (let attempt = 1; usedExternal.has(`${provider}:${id}`); attempt++) id = make(attempt);
    usedExternal.add(`${provider}:${id}`);
    return id;
  };
  const phoneFor = (lang: Lang) => {
    const [prefix, digits] = PHONE_PREFIX[lang];
    let phone = `${prefix}${randomDigits(random, digits)}`;
    while (usedPhones.has(phone)) phone = `${prefix}${randomDigits(random, digits)}`;
    usedPhones.add(phone);
    return phone;
  };

  scripts.forEach((s, i) => {
    const key = contactKey(s.who);
    const lastInbound = new Date(now.getTime() - s.ago * 3_600_000);
    let contact = contacts.get(key);
    if (!contact) {
      contact = { id: uuidv7(lastInbound.getTime()), workspaceId, name: s.who.name, createdAt: lastInbound, email: s.who.email, phone: s.who.phone, handle: s.who.handle };
      contacts.set(key, contact);
    }
    // Later scripts may know more about the same person (plan, VIP, followers).
    contact.isVip = Boolean(contact.isVip || s.who.vip);
    contact.verified = Boolean(contact.verified || s.who.verified);
    contact.plan = contact.plan ?? s.who.plan ?? null;
    if (s.who.followers !== undefined) contact.followerCount = Math.max(contact.followerCount ?? 0, s.who.followers);
    contact.email ??= s.who.email;
    contact.phone ??= s.who.phone;
    contact.handle ??= s.who.handle;
    if (!contact.lastSeenAt || lastInbound > new Date(contact.lastSeenAt)) {
      contact.lastSeenAt = lastInbound;
      contact.language = s.lang;
      contact.preferredChannel = s.ch;
    }
    if (new Date(contact.createdAt!) > lastInbound) contact.createdAt = lastInbound;

    const idKey = `${key}|${s.ch}`;
    if (!identities.has(idKey)) {
      const identity: Prisma.ContactIdentityCreateManyInput = { id: uuidv7(lastInbound.getTime()), workspaceId, contactId: contact.id!, provider: s.ch, externalId: '', channelId: channelIds.get(s.ch) ?? null, createdAt: lastInbound };
      const slug = slugName(s.who.name) || `customer${i}`;
      switch (s.ch) {
        case 'messenger':
          identity.externalId = unique('messenger', () => `2${randomDigits(random, 15)}`);
          break;
        case 'instagram':
          contact.handle ??= `@${slug.replace(/\./g, '_')}`;
          identity.externalId = unique('instagram', () => `17${randomDigits(random, 15)}`);
          identity.handle = contact.handle;
          break;
        case 'x':
          contact.handle ??= `@${slug.replace(/\./g, '_').slice(0, 15)}`;
          identity.externalId = unique('x', () => `1${randomDigits(random, 18)}`);
          identity.handle = contact.handle;
          break;
        case 'whatsapp':
          contact.phone ??= phoneFor(s.lang);
          identity.externalId = contact.phone.slice(1); // wa_id: the number without "+"
          identity.phone = contact.phone;
          break;
        case 'sms':
          contact.phone ??= phoneFor(s.lang);
          identity.externalId = contact.phone;
          identity.phone = contact.phone;
          break;
        case 'email':
          contact.email ??= `${slug || `customer${i}`}@${EMAIL_DOMAINS[i % EMAIL_DOMAINS.length]}`;
          identity.externalId = contact.email.toLowerCase();
          identity.email = contact.email.toLowerCase();
          break;
        case 'chat':
          identity.externalId = unique('chat', () => `v_${randomDigits(random, 12)}`);
          identity.email = contact.email?.toLowerCase() ?? null;
          break;
        case 'api':
          identity.externalId = unique('api', (n) => `${s.who.handle ?? `api:${slug}`}${n ? `-${n}` : ''}`);
          identity.handle = s.who.handle ?? null;
          identity.email = s.who.email?.toLowerCase() ?? null;
          break;
      }
      identities.set(idKey, identity);
    }
    byScript.push({ contactId: contact.id!, email: contact.email, name: s.who.name });
  });

  return {
    contacts: [...contacts.values()].map(({ email: _e, phone: _p, handle: _h, ...row }) => row),
    identities: [...identities.values()],
    byScript,
  };
}
