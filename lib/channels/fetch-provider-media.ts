// Downloads a media file a provider told us about, only from that provider's
// own hosts, with a size cap and a time limit (a hostile payload must not make
// us fetch arbitrary URLs or huge files). Redirects are followed by hand so
// that each hop is checked against the allow-list too.
import { ApiError } from '@/lib/api/errors';
import { isProviderMediaHost } from '@/lib/channels/provider-urls';

export const MAX_MEDIA_BYTES = 25 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

export type FetchedMedia = { bytes: Buffer; contentType: string };

export async function fetchProviderMedia(
  family: 'meta' | 'twilio' | 'x',
  rawUrl: string,
  init: { headers?: Record<string, string> } = {},
  limit = MAX_MEDIA_BYTES,
): Promise<FetchedMedia> {
  let url = new URL(rawUrl);
  const deadline = AbortSignal.timeout(TIMEOUT_MS);
  for (let hop = 0; hop < 4; hop++) {
    if (!isProviderMediaHost(family, url)) throw new ApiError(422, 'media_host_refused', `Media host ${url.host} is not one of the provider's`);
    const res = await fetch(url, { headers: init.headers, redirect: 'manual', signal: deadline });
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      url = new URL(res.headers.get('location')!, url);
      continue;
    }
    if (!res.ok) throw new ApiError(502, 'media_fetch_failed', `The provider answered ${res.status} for the media`);
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > limit) throw new ApiError(413, 'media_too_large', `Media is larger than ${limit} bytes`);
    const reader = res.body!.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw new ApiError(413, 'media_too_large', `Media is larger than ${limit} bytes`);
      }
      chunks.push(value);
    }
    return { bytes: Buffer.concat(chunks), contentType: res.headers.get('content-type') ?? 'application/octet-stream' };
  }
  throw new ApiError(502, 'media_fetch_failed', 'Too many redirects for the media');
}
