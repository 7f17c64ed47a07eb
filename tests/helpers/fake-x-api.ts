// A local stand-in for the X API v2 endpoints we call, on loopback, speaking
// X's wire format: OAuth 1.0a user-context auth (checked, 401 otherwise),
// POST /2/dm_conversations/with/:id/messages and POST /2/tweets answering
// 201 {data:{...}}, and X's problem-JSON errors. It records every request and
// can be told to fail the next N calls (500/429/400/403).
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { oauth1Params, parseOAuthHeader } from '@/lib/channels/x/oauth1';

export type XApiCredentials = { consumerKey: string; consumerSecret: string; accessToken: string; accessTokenSecret: string };
export type RecordedXRequest = { method: string; path: string; url: string; headers: http.IncomingHttpHeaders; body: string; json: unknown; answered: number; response?: unknown };

const problems: Record<number, object> = {
  400: { errors: [{ parameters: { text: [''] }, message: 'text must not be empty' }], title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: 'https://api.twitter.com/2/problems/invalid-request' },
  401: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' },
  403: { detail: 'You are not permitted to send a message to this user.', type: 'about:blank', title: 'Forbidden', status: 403 },
  429: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
  500: { title: 'Internal Server Error', detail: 'Internal Server Error', type: 'about:blank', status: 500 },
  503: { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 },
};

export type FakeXApi = {
  url: string;
  requests: RecordedXRequest[];
  // Successful sends only.
  sent: () => RecordedXRequest[];
  failNext: (n: number, status: number, body?: object) => void;
  close: () => Promise<void>;
};

const snowflake = () => (BigInt(Date.now() - 1288834974657) << 22n | BigInt(crypto.randomInt(0, 4_194_303))).toString();

export async function startFakeXApi(opts: { userId: string; credentials: XApiCredentials }): Promise<FakeXApi> {
  const requests: RecordedXRequest[] = [];
  const failures: { status: number; body: object }[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = `http://${req.headers.host}${req.url}`;
      let json: unknown = null;
      try {
        json = body ? JSON.parse(body) : null;
      } catch {
        json = undefined;
      }
      const record: RecordedXRequest = { method: req.method ?? '', path: new URL(url).pathname, url, headers: req.headers, body, json, answered: 0 };
      requests.push(record);
      const answer = (status: number, payload: object, headers: Record<string, string> = {}) => {
        record.answered = status;
        record.response = payload;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(payload));
      };
      if (!authorized(req.method ?? '', url, req.headers.authorization, opts.credentials)) return answer(401, problems[401]);
      const failure = failures.shift();
      if (failure) {
        const headers: Record<string, string> = failure.status === 429 ? { 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 1) } : {};
        return answer(failure.status, failure.body, headers);
      }
      if (req.method !== 'POST' || json === undefined) return answer(400, problems[400]);
      const text = (json as { text?: unknown })?.text;
      const dm = record.path.match(/^\/2\/dm_conversations\/with\/(\d+)\/messages$/);
      if (dm) {
        if (typeof text !== 'string' || !text) return answer(400, problems[400]);
        const [a, b] = [BigInt(dm[1]), BigInt(opts.userId)].sort((p, q) => (p < q ? -1 : 1));
        return answer(201, { data: { dm_conversation_id: `${a}-${b}`, dm_event_id: snowflake() } });
      }
      if (record.path === '/2/tweets') {
        if (typeof text !== 'string' || !text) return answer(400, problems[400]);
        const id = snowflake();
        return answer(201, { data: { id, text, edit_history_tweet_ids: [id] } });
      }
      return answer(404, { title: 'Not Found Error', detail: `Sorry, that page does not exist: ${record.path}`, type: 'about:blank', status: 404 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sent: () => requests.filter((r) => r.answered === 201),
    failNext: (n, status, body) => {
      for (let i = 0; i < n; i++) failures.push({ status, body: body ?? problems[status] ?? { title: 'Error', status } });
    },
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

// X checks the OAuth 1.0a signature over the method, URL and oauth_* params.
function authorized(method: string, url: string, header: string | undefined, c: XApiCredentials): boolean {
  const p = parseOAuthHeader(header);
  if (!p || p.oauth_consumer_key !== c.consumerKey || p.oauth_token !== c.accessToken || p.oauth_signature_method !== 'HMAC-SHA1') return false;
  const expected = oauth1Params({
    method,
    url,
    credentials: { consumerKey: c.consumerKey, consumerSecret: c.consumerSecret, token: c.accessToken, tokenSecret: c.accessTokenSecret },
    nonce: p.oauth_nonce,
    timestamp: p.oauth_timestamp,
  }).oauth_signature;
  return expected === p.oauth_signature;
}
