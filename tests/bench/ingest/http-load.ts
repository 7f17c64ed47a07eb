// Drives signed Messenger webhooks over HTTP with a keep-alive agent:
// closed loop (N in flight, as fast as the server answers) or open loop (a
// fixed rate, latency counted from the scheduled send time so that a slow
// server cannot hide its queueing). Every request is a distinct sender and
// message id; accepted mids are kept for the final check.
import crypto from 'node:crypto';
import http from 'node:http';

export type Target = { baseUrl: string; channelId: string; pageId: string; appSecret: string };
// dropped: requests the open loop did not send because the server was already
// more than MAX_BACKLOG_S seconds of requests behind (the run stays bounded).
export type PhaseResult = { sent: number; accepted: number; refused: Record<number, number>; errors: number; dropped: number; seconds: number; latencies: number[]; mids: string[] };
const MAX_BACKLOG_S = 2;

export function messengerBody(pageId: string, sender: string, mid: string, text: string): string {
  const now = Date.now();
  return JSON.stringify({ object: 'page', entry: [{ id: pageId, time: now, messaging: [{ sender: { id: sender }, recipient: { id: pageId }, timestamp: now, message: { mid, text } }] }] });
}

const TEXTS = ['Hi, where is my order?', 'My parcel arrived damaged, can I get a refund?', 'Do you ship to Norway?', 'The app crashes when I check out', 'Can I get a quote for 300 jackets?'];

export function makeLoad(target: Target, tag: string, maxSockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  const url = new URL(`/api/webhooks/messenger/${target.channelId}`, target.baseUrl);
  let n = 0;

  function one(result: PhaseResult, startedAt: number): Promise<void> {
    const i = n++;
    const mid = `m_${tag}_${i}`;
    const raw = messengerBody(target.pageId, `psid_${tag}_${i}`, mid, `${TEXTS[i % TEXTS.length]} (#${i})`);
    const signature = `sha256=${crypto.createHmac('sha256', target.appSecret).update(raw).digest('hex')}`;
    result.sent++;
    return new Promise((resolve) => {
      const req = http.request(
        url,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(raw), 'x-hub-signature-256': signature } },
        (res) => {
          res.resume();
          res.on('end', () => {
            result.latencies.push(performance.now() - startedAt);
            if (res.statusCode === 200) {
              result.accepted++;
              result.mids.push(mid);
            } else result.refused[res.statusCode ?? 0] = (result.refused[res.statusCode ?? 0] ?? 0) + 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        result.errors++;
        resolve();
      });
      req.end(raw);
    });
  }

  const empty = (): PhaseResult => ({ sent: 0, accepted: 0, refused: {}, errors: 0, dropped: 0, seconds: 0, latencies: [], mids: [] });

  return {
    // As fast as the server answers, with `concurrency` requests in flight.
    async closedLoop(seconds: number, concurrency: number): Promise<PhaseResult> {
      const result = empty();
      const start = performance.now();
      const end = start + seconds * 1000;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (performance.now() < end) await one(result, performance.now());
        }),
      );
      result.seconds = (performance.now() - start) / 1000;
      return result;
    },
    // `rate` requests per second on a fixed schedule, whatever the answers.
    async openLoop(seconds: number, rate: number): Promise<PhaseResult> {
      const result = empty();
      const start = performance.now();
      const total = Math.round(seconds * rate);
      const inflight: Promise<void>[] = [];
      for (let i = 0; i < total; i++) {
        const due = start + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 1) await new Promise((r) => setTimeout(r, wait));
        if (result.sent - result.latencies.length - result.errors > rate * MAX_BACKLOG_S) {
          result.dropped++;
          continue;
        }
        inflight.push(one(result, due));
      }
      await Promise.all(inflight);
      result.seconds = (performance.now() - start) / 1000;
      return result;
    },
    close: () => agent.destroy(),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
