// A local Graph API on 127.0.0.1 that speaks Meta's wire format, so the real
// Messenger / Instagram / WhatsApp adapters can be tested without Meta:
//   POST /{page-id|me}/messages         → { recipient_id, message_id }
//   POST /{phone-number-id}/messages    → { messaging_product, contacts, messages: [{ id: "wamid…" }] }
//   POST /{comment-id}/comments|replies → { id }
//   GET  /{media-id}                    → { messaging_product, url, mime_type, sha256, file_size, id }
//   GET  /media-files/{id}              → the bytes (needs the Bearer token, like WhatsApp's lookaside)
//   GET  /cdn/{name}                    → the bytes (a Messenger/Instagram CDN URL)
// Every request is recorded. failNext(n, status, error) makes the next n
// calls answer Graph's error JSON { error: { message, type, code, error_subcode, fbtrace_id } }.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type GraphRequestRecord = { method: string; path: string; query: Record<string, string>; headers: http.IncomingHttpHeaders; body: any; raw: string };
export type GraphErrorBody = { message: string; type?: string; code?: number; error_subcode?: number; is_transient?: boolean };
type File = { bytes: Buffer; mime: string };

export type FakeGraphApi = {
  url: string; // base URL with the version, for META_GRAPH_URL
  origin: string;
  host: string; // host:port, for PROVIDER_MEDIA_HOSTS
  requests: GraphRequestRecord[];
  failNext: (count: number, status: number, error?: GraphErrorBody) => void;
  addMedia: (id: string, bytes: Buffer, mime: string) => void;
  addCdnFile: (name: string, bytes: Buffer, mime: string) => string;
  reset: () => void;
  close: () => Promise<void>;
};

const VERSION = 'v21.0';

export async function startFakeGraphApi(): Promise<FakeGraphApi> {
  const requests: GraphRequestRecord[] = [];
  const failures: { status: number; error: GraphErrorBody }[] = [];
  const media = new Map<string, File>();
  const cdn = new Map<string, File>();
  let seq = 0;
  let origin = '';

  const graphError = (res: http.ServerResponse, status: number, e: GraphErrorBody) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { type: 'OAuthException', code: 1, fbtrace_id: `Afake${++seq}`, ...e } }));
  };
  const json = (res: http.ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const file = (res: http.ServerResponse, f: File) => {
    res.writeHead(200, { 'content-type': f.mime, 'content-length': String(f.bytes.length) });
    res.end(f.bytes);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const path = url.pathname.replace(new RegExp(`^/${VERSION}(?=/)`), '');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: any = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        body = raw;
      }
      requests.push({ method: req.method ?? 'GET', path, query: Object.fromEntries(url.searchParams), headers: req.headers, body, raw });

      const token = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '')?.[1] ?? url.searchParams.get('access_token');
      if (path.startsWith('/cdn/')) {
        const f = cdn.get(decodeURIComponent(path.slice(5)));
        return f ? file(res, f) : graphError(res, 404, { message: 'Not found', code: 100 });
      }
      if (!token) return graphError(res, 400, { message: 'An active access token must be used to query information about the current user.', code: 2500 });
      const failure = failures.shift();
      if (failure) return graphError(res, failure.status, failure.error);

      const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
      if (req.method === 'GET' && parts[0] === 'media-files' && parts[1]) {
        const f = media.get(parts[1]);
        return f ? file(res, f) : graphError(res, 404, { message: 'Media not found', code: 100 });
      }
      if (req.method === 'GET' && parts.length === 1) {
        const f = media.get(parts[0]);
        if (!f) return graphError(res, 400, { message: `Unsupported get request. Object with ID '${parts[0]}' does not exist`, type: 'GraphMethodException', code: 100, error_subcode: 33 });
        return json(res, { messaging_product: 'whatsapp', url: `${origin}/media-files/${encodeURIComponent(parts[0])}`, mime_type: f.mime, sha256: 'fake', file_size: f.bytes.length, id: parts[0] });
      }
      if (req.method === 'POST' && parts.length === 2 && body && typeof body === 'object') {
        const n = ++seq;
        if (parts[1] === 'messages' && body.messaging_product === 'whatsapp') {
          if (!body.to || !body.type) return graphError(res, 400, { message: '(#100) The parameter to is required.', code: 100 });
          return json(res, { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.FAKE${n}` }] });
        }
        if (parts[1] === 'messages') {
          if (!body.recipient?.id || !body.message) return graphError(res, 400, { message: '(#100) param recipient must be non-empty.', code: 100 });
          return json(res, { recipient_id: body.recipient.id, message_id: `m_FAKE${n}` });
        }
        if (parts[1] === 'comments' || parts[1] === 'replies') {
          if (!body.message) return graphError(res, 400, { message: '(#100) param message must be non-empty.', code: 100 });
          return json(res, { id: parts[1] === 'comments' ? `${parts[0]}_reply${n}` : `1790000000000${n}` });
        }
      }
      return graphError(res, 400, { message: `Unsupported ${req.method?.toLowerCase()} request.`, type: 'GraphMethodException', code: 100, error_subcode: 33 });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/${VERSION}`,
    origin,
    host: `127.0.0.1:${port}`,
    requests,
    failNext: (count, status, error = { message: 'An unexpected error has occurred. Please retry your request later.', type: 'OAuthException', code: 2, is_transient: true }) => {
      for (let i = 0; i < count; i++) failures.push({ status, error });
    },
    addMedia: (id, bytes, mime) => void media.set(id, { bytes, mime }),
    addCdnFile: (name, bytes, mime) => {
      cdn.set(name, { bytes, mime });
      return `${origin}/cdn/${encodeURIComponent(name)}`;
    },
    reset: () => {
      requests.length = 0;
      failures.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
