// Which web pages may talk to a chat channel. The widget's panel is an iframe
// served by us, so its own calls are same-origin; a brand's own page (or its
// own chat UI) may call the API only from an origin the admin listed in the
// channel's settings.allowedOrigins. Entries are origins ("https://shop.example.com")
// or a wildcard for subdomains ("https://*.example.com").
export function normaliseOrigin(raw: string): string | null {
  const m = /^(https?):\/\/(\*\.)?([a-z0-9.-]+|\[[0-9a-f:]+\])(:\d{1,5})?\/?$/i.exec(raw.trim());
  if (!m) return null;
  return `${m[1].toLowerCase()}://${m[2] ?? ''}${m[3].toLowerCase()}${m[4] ?? ''}`;
}

export function allowedOriginsOf(settings: Record<string, unknown>): string[] {
  const list = Array.isArray(settings.allowedOrigins) ? settings.allowedOrigins : [];
  return list.map((o) => (typeof o === 'string' ? normaliseOrigin(o) : null)).filter((o): o is string => Boolean(o));
}

export function originMatches(origin: string, allowed: string): boolean {
  const o = normaliseOrigin(origin);
  if (!o) return false;
  if (!allowed.includes('://*.')) return o === allowed;
  const [scheme, rest] = allowed.split('://*.');
  const m = /^(https?):\/\/([^/:]+)(:\d+)?$/.exec(o);
  if (!m || m[1] !== scheme) return false;
  const [host, port] = rest.split(':');
  return m[2].endsWith(`.${host}`) && (m[3] ?? '') === (port ? `:${port}` : '');
}

// The decision for one request. No Origin header: not a cross-origin browser
// request (browsers always send one cross-origin), so the visitor token alone decides.
export function checkChatOrigin(origin: string | null, allowed: string[], selfOrigins: string[]): 'no-origin' | 'same-origin' | 'allowed' | 'refused' {
  if (!origin) return 'no-origin';
  if (selfOrigins.some((s) => normaliseOrigin(s) === normaliseOrigin(origin))) return 'same-origin';
  if (allowed.some((a) => originMatches(origin, a))) return 'allowed';
  return 'refused';
}

// For the iframe's Content-Security-Policy: who may embed the chat panel.
export function frameAncestors(allowed: string[]): string {
  return ["'self'", ...allowed].join(' ');
}
