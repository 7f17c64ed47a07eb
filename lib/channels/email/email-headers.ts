// Small, pure helpers for email headers shared by every inbound format.
import crypto from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser';
import type { EmailAddress } from '@/lib/channels/email/parsed-email';

// Message ids in In-Reply-To / References: "<a@x> <b@y>", "<a@x>, <b@y>", and
// the bracket-less ids some clients write. Always returned with brackets.
export function messageIdsIn(value: string | string[] | undefined | null): string[] {
  if (!value) return [];
  const text = Array.isArray(value) ? value.join(' ') : value;
  const bracketed = text.match(/<[^<>\s]{1,490}>/g);
  const ids = bracketed ?? text.split(/[\s,]+/).filter((t) => /^[^<>\s@]+@[^<>\s@]+$/.test(t)).map((t) => `<${t}>`);
  return [...new Set(ids)];
}

// One message id (the Message-ID header), or undefined when it is not one.
export function singleMessageId(value: string | undefined | null): string | undefined {
  return messageIdsIn(value ?? undefined)[0];
}

// "Name: value" lines (folded continuation lines start with white space).
export function headerPairsFromBlock(block: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const line of block.replace(/\r\n/g, '\n').split('\n')) {
    if (!line.trim()) {
      if (pairs.length) break; // the blank line ends the header block
      continue;
    }
    if (/^[ \t]/.test(line) && pairs.length) {
      pairs[pairs.length - 1][1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) pairs.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return pairs;
}

export function headerRecord(pairs: Iterable<readonly [string, string]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of pairs) (out[name.toLowerCase()] ??= []).push(value);
  return out;
}

// "Jane <jane@x.com>, bob@y.com" → addresses; groups are flattened, junk dropped.
export function parseAddressList(value: string | undefined | null): EmailAddress[] {
  if (!value?.trim()) return [];
  try {
    return addressparser(value, { flatten: true })
      .filter((a) => a.address && a.address.includes('@'))
      .map((a) => ({ address: a.address, ...(a.name ? { name: a.name } : {}) }));
  } catch {
    return [];
  }
}

export function parseEmailDate(value: string | undefined | null): Date | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function fingerprint(...parts: (string | Buffer | undefined)[]): string {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p ?? '').update('\u0000');
  return h.digest('hex');
}
