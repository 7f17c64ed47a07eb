// A local stand-in for Twilio's Messages API, on loopback, speaking Twilio's
// wire format: Basic auth AccountSid:authToken (401 code 20003 otherwise),
// form-encoded POST /2010-04-01/Accounts/{Sid}/Messages.json answering 201
// with the message resource (status "queued"), errors as
// {code, message, more_info, status}. Records every request, can fail the
// next N calls, and builds the status callbacks Twilio would post back.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedTwilioRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: string; form: URLSearchParams; answered: number; response?: unknown; sid?: string };

const twilioError = (code: number, message: string, status: number) => ({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

const canned: Record<number, object> = {
  400: twilioError(21211, "The 'To' number is not a valid phone number.", 400),
  429: twilioError(20429, 'Too Many Requests', 429),
  500: twilioError(20500, 'Internal Server Error', 500),
  503: twilioError(20503, 'Service Unavailable', 503),
};

export type FakeTwilioApi = {
  url: string;
  requests: RecordedTwilioRequest[];
  // Messages Twilio accepted.
  sent: () => RecordedTwilioRequest[];
  failNext: (n: number, status: number, body?: object) => void;
  // The form Twilio would post to the message's StatusCallback.
  statusCallback: (sid: string, status: string, extra?: Record<string, string>) => { url: string; params: Record<string, string> };
  close: () => Promise<void>;
};

export async function startFakeTwilioApi(opts: { accountSid: string; authToken: string }): Promise<FakeTwilioApi> {
  const requests: RecordedTwilioRequest[] = [];
  const failures: { status: number; body: object }[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${opts.accountSid}:${opts.authToken}`).toString('base64')}`;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const record: RecordedTwilioRequest = { method: req.method ?? '', path, headers: req.headers, body, form: new URLSearchParams(body), answered: 0 };
      requests.push(record);
      const answer = (status: number, payload: object) => {
        record.answered = status;
        record.response = payload;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(payload));
      };
      const m = path.match(/^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/);
      if (req.headers.authorization !== expectedAuth || (m && m[1] !== opts.accountSid)) return answer(401, twilioError(20003, 'Authenticate', 401));
      if (!m || req.method !== 'POST') return answer(404, twilioError(20404, 'The requested resource was not found', 404));
      const failure = failures.shift();
      if (failure) return answer(failure.status, failure.body);
      const f = record.form;
      if (!f.get('To')) return answer(400, twilioError(21604, "A 'To' phone number is required.", 400));
      if (!f.get('From') && !f.get('MessagingServiceSid')) return answer(400, twilioError(21603, "A 'From' phone number is required.", 400));
      if (!f.get('Body') && !f.getAll('MediaUrl').length) return answer(400, twilioError(21602, 'Message body is required.', 400));
      const sid = `SM${crypto.randomBytes(16).toString('hex')}`;
      record.sid = sid;
      const now = new Date().toUTCString();
      answer(201, {
        account_sid: opts.accountSid,
        api_version: '2010-04-01',
        body: f.get('Body') ?? '',
        date_created: now,
        date_sent: null,
        date_updated: now,
        direction: 'outbound-api',
        error_code: null,
        error_message: null,
        from: f.get('From'),
        messaging_service_sid: f.get('MessagingServiceSid'),
        num_media: String(f.getAll('MediaUrl').length),
        num_segments: '1',
        price: null,
        price_unit: 'USD',
        sid,
        status: 'queued',
        subresource_uris: { media: `/2010-04-01/Accounts/${opts.accountSid}/Messages/${sid}/Media.json` },
        to: f.get('To'),
        uri: `/2010-04-01/Accounts/${opts.accountSid}/Messages/${sid}.json`,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const statusCallback = (sid: string, status: string, extra: Record<string, string> = {}) => {
    const sent = requests.find((r) => r.sid === sid);
    if (!sent) throw new Error(`The fake Twilio never accepted ${sid}`);
    const params: Record<string, string> = {
      AccountSid: opts.accountSid,
      ApiVersion: '2010-04-01',
      From: sent.form.get('From') ?? '',
      MessageSid: sid,
      MessageStatus: status,
      SmsSid: sid,
      SmsStatus: status,
      To: sent.form.get('To') ?? '',
      ...extra,
    };
    return { url: sent.form.get('StatusCallback') ?? '', params };
  };

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sent: () => requests.filter((r) => r.answered === 201),
    failNext: (n, status, body) => {
      for (let i = 0; i < n; i++) failures.push({ status, body: body ?? canned[status] ?? twilioError(20000 + status, 'Error', status) });
    },
    statusCallback,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
