// Base URLs of the provider APIs we call. Overridable by environment so that
// tests (and staging) point the real adapter code at a local server that speaks
// the provider's wire format.
export function providerUrls() {
  return {
    graph: (process.env.META_GRAPH_URL ?? 'https://graph.facebook.com/v21.0').replace(/\/$/, ''),
    x: (process.env.X_API_URL ?? 'https://api.x.com').replace(/\/$/, ''),
    twilio: (process.env.TWILIO_API_URL ?? 'https://api.twilio.com').replace(/\/$/, ''),
  };
}

// Hosts a provider serves media from. Media is fetched only from these (no
// SSRF through a crafted payload); tests add their loopback server through
// PROVIDER_MEDIA_HOSTS (comma-separated host[:port]).
const MEDIA_HOSTS: Record<string, string[]> = {
  meta: ['lookaside.fbsbx.com', 'scontent.xx.fbcdn.net', 'cdninstagram.com', 'fbcdn.net', 'graph.facebook.com'],
  twilio: ['api.twilio.com', 'media.twiliocdn.com', 'mms.twiliocdn.com'],
  x: ['ton.twitter.com', 'pbs.twimg.com', 'video.twimg.com', 'api.x.com', 'api.twitter.com'],
};

export function isProviderMediaHost(family: keyof typeof MEDIA_HOSTS, url: URL): boolean {
  const extra = (process.env.PROVIDER_MEDIA_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  if (extra.includes(url.host)) return true;
  if (url.protocol !== 'https:') return false;
  return MEDIA_HOSTS[family].some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`));
}
