// OAuth 1.0a request signing (RFC 5849, HMAC-SHA1), as X's user-context
// endpoints require it. Small on purpose; checked against the worked example
// in X's "Creating a signature" docs (tests/unit/oauth1.test.ts).
// A JSON body is not part of the signature: only the query string and
// form-encoded bodies are (RFC 5849 §3.4.1.3).
import crypto from 'node:crypto';

export type OAuth1Credentials = { consumerKey: string; consumerSecret: string; token: string; tokenSecret: string };

// RFC 3986 percent-encoding: encodeURIComponent leaves !'()* alone; OAuth does not.
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// Scheme and host in lower case, default port dropped, no query or fragment.
function baseStringUri(url: URL): string {
  return `${url.protocol.toLowerCase()}//${url.host.toLowerCase()}${url.pathname}`;
}

export function signatureBaseString(method: string, url: URL, params: [string, string][]): string {
  const encoded = params.map(([k, v]) => [percentEncode(k), percentEncode(v)] as const);
  encoded.sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : av > bv ? 1 : 0) : ak < bk ? -1 : 1));
  const normalized = encoded.map(([k, v]) => `${k}=${v}`).join('&');
  return [method.toUpperCase(), percentEncode(baseStringUri(url)), percentEncode(normalized)].join('&');
}

export function oauth1Signature(baseString: string, consumerSecret: string, tokenSecret: string): string {
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
  return crypto.createHmac('sha1', key).update(baseString).digest('base64');
}

export type SignOptions = {
  method: string;
  url: string;
  credentials: OAuth1Credentials;
  // Form-encoded body parameters (never a JSON body).
  formParams?: Record<string, string>;
  nonce?: string;
  timestamp?: string;
};

// The oauth_* parameters plus their signature, for the Authorization header.
export function oauth1Params(o: SignOptions): Record<string, string> {
  const url = new URL(o.url);
  const oauth: Record<string, string> = {
    oauth_consumer_key: o.credentials.consumerKey,
    oauth_nonce: o.nonce ?? crypto.randomBytes(16).toString('hex'),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: o.timestamp ?? String(Math.floor(Date.now() / 1000)),
    oauth_token: o.credentials.token,
    oauth_version: '1.0',
  };
  const params: [string, string][] = [...url.searchParams.entries(), ...Object.entries(o.formParams ?? {}), ...Object.entries(oauth)];
  const base = signatureBaseString(o.method, url, params);
  return { ...oauth, oauth_signature: oauth1Signature(base, o.credentials.consumerSecret, o.credentials.tokenSecret) };
}

export function oauth1Header(o: SignOptions): string {
  const params = oauth1Params(o);
  return 'OAuth ' + Object.entries(params).map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`).join(', ');
}

// Reads an `Authorization: OAuth k="v", ...` header back (for the fake X API and tests).
export function parseOAuthHeader(header: string | null | undefined): Record<string, string> | null {
  if (!header || !/^OAuth\s/i.test(header)) return null;
  const out: Record<string, string> = {};
  const re = /([A-Za-z0-9_%.~-]+)="([^"]*)"/g;
  for (const m of header.slice(6).matchAll(re)) out[decodeURIComponent(m[1])] = decodeURIComponent(m[2]);
  return out;
}
