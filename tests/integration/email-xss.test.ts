// Stored XSS through inbound email: hostile HTML posted by webhook (Postmark
// JSON and raw MIME through SendGrid) is stored sanitised, and the stored form,
// rendered in Chromium, runs nothing and links nowhere dangerous.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { db, disconnectDb } from '@/lib/db';
import { createTestWorkspace } from '../helpers/create-test-workspace';
import { basicAuth, createEmailChannel, postEmailWebhook, sendgridRaw } from '../helpers/email-channel';
import { launchBrowser } from '../helpers/browser';

// Each payload would set window.__pwned (or call alert) if it ran.
const PAYLOADS: Record<string, string> = {
  script: '<p>hi</p><script>window.__pwned = "script"</script>',
  scriptUpper: '<SCRIPT SRC=//evil.test/x.js></SCRIPT><ScRiPt>window.__pwned="mixed case"</sCrIpT>',
  imgOnerror: '<img src=x onerror="window.__pwned=\'img onerror\'">',
  imgOnerrorNoQuotes: '<img src=x onerror=alert(1)//>',
  bodyOnload: '<body onload="window.__pwned=\'body onload\'">text</body>',
  onclick: '<a href="https://example.com" onclick="window.__pwned=\'onclick\'">click</a>',
  divMouseover: '<div onmouseover="window.__pwned=1" style="width:100%;height:100%">hover</div>',
  jsLink: '<a href="javascript:window.__pwned=\'js link\'">link</a>',
  jsLinkEntities: '<a href="jav&#x61;script:window.__pwned=\'entity\'">link</a>',
  jsLinkTab: '<a href="jav\tascript:window.__pwned=1">tab</a><a href="  JaVaScRiPt:window.__pwned=1">spaces</a>',
  jsLinkDecimal: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__pwned=1">dec</a>',
  dataLink: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  dataImg: '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  svgScript: '<svg><script>window.__pwned="svg script"</script></svg>',
  svgOnload: '<svg onload="window.__pwned=\'svg onload\'"><circle r="5"/></svg>',
  svgAnimate: '<svg><a><animate attributeName="href" values="javascript:window.__pwned=1"/><text y="20">x</text></a></svg>',
  iframe: '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  object: '<object data="javascript:window.__pwned=1"></object><embed src="javascript:window.__pwned=1">',
  style: '<style>body{background:url("javascript:window.__pwned=1")} p{width:expression(window.__pwned=1)}</style><p style="width:expression(alert(1))">styled</p>',
  meta: '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  form: '<form action="javascript:window.__pwned=1"><button>go</button></form><input autofocus onfocus="window.__pwned=1">',
  base: '<base href="javascript:/"><a href="/x">rel</a>',
  math: '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1></style></mglyph></table></mtext></math>',
  nested: '<<script>script>window.__pwned=1<</script>/script>',
  commentBreakout: '<!--<img src="--><img src=x onerror=window.__pwned=1>-->',
  imgHttp: '<img src="http://tracker.test/pixel.gif" onload="window.__pwned=1">',
  details: '<details open ontoggle="window.__pwned=1">x</details>',
};

const FORBIDDEN = [/<script/i, /\son[a-z]+\s*=/i, /javascript:/i, /data:/i, /<svg/i, /<iframe/i, /<object/i, /<embed/i, /<style/i, /expression\(/i, /<meta/i, /<form/i, /<base/i, /<math/i, /<input/i, /srcdoc/i];

// What a reader does to an email: hover, click, focus, every element (events are
// dispatched, so background tabs need no animation frames).
const poke = (selector: string) => {
  for (const el of document.querySelectorAll(selector)) {
    for (const type of ['mouseover', 'mouseenter', 'click', 'focus', 'toggle']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  }
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await disconnectDb();
});

async function storeAll() {
  const ws = await createTestWorkspace();
  const postmark = await createEmailChannel(ws.workspace.id, { inboundProvider: 'postmark' });
  const sendgrid = await createEmailChannel(ws.workspace.id, { inboundProvider: 'sendgrid', address: 'raw@northwind.test' });
  const stored: Record<string, string> = {};
  for (const [name, html] of Object.entries(PAYLOADS)) {
    const body = JSON.stringify({ FromFull: { Email: 'mallory@evil.test', Name: 'Mallory' }, Subject: name, TextBody: '', HtmlBody: html, Headers: [{ Name: 'Message-ID', Value: `<${name}@evil.test>` }] });
    const res = await postEmailWebhook(postmark.id, body, { 'content-type': 'application/json', authorization: basicAuth() });
    expect(res.status, name).toBe(200);
    const eml = Buffer.from(`From: Mallory <mallory@evil.test>\r\nSubject: ${name}\r\nMessage-ID: <raw-${name}@evil.test>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
    const raw = sendgridRaw(eml, 'raw@northwind.test');
    expect((await postEmailWebhook(sendgrid.id, raw.body, raw.headers)).status, name).toBe(200);
  }
  for (const m of await db.message.findMany({ where: { workspaceId: ws.workspace.id } })) stored[`${m.channelId === postmark.id ? 'postmark' : 'raw'}:${m.subject}`] = m.html ?? '';
  return stored;
}

describe('hostile email HTML', () => {
  it('is stored without scripts, handlers, dangerous URLs or active elements, and keeps the harmless parts', { timeout: 60_000 }, async () => {
    const stored = await storeAll();
    expect(Object.keys(stored)).toHaveLength(Object.keys(PAYLOADS).length * 2);
    for (const [key, html] of Object.entries(stored)) {
      for (const re of FORBIDDEN) expect(html, `${key} matches ${re}`).not.toMatch(re);
    }
    expect(stored['postmark:script']).toBe('<p>hi</p>');
    expect(stored['postmark:onclick']).toBe('<a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">click</a>');
    expect(stored['postmark:jsLinkEntities']).toBe('<a target="_blank" rel="noopener noreferrer nofollow">link</a>');
    // Image sources over plain http are dropped (https and cid only): no tracking over http.
    expect(stored['postmark:imgHttp']).toBe('<img />');

    // Rendered in a real browser, the stored HTML runs nothing.
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const requests: string[] = [];
    await context.route('**/*', async (route) => {
      requests.push(route.request().url());
      await route.abort();
    });
    await page.setContent('<!doctype html><html><body><div id="root"></div></body></html>');
    const doc = await context.newPage();
    doc.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    for (const [key, html] of Object.entries(stored)) {
      // Both ways an app could show it: innerHTML, and as a document of its own.
      await page.evaluate((h) => {
        document.getElementById('root')!.innerHTML = h;
      }, html);
      await page.evaluate(poke, '#root *');
      await doc.setContent(`<!doctype html><html><body>${html}</body></html>`, { waitUntil: 'domcontentloaded' });
      await doc.evaluate(poke, 'body *');
      await doc.waitForTimeout(20); // error and load handlers fire asynchronously
      expect(await doc.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), key).toBeUndefined();
      const hrefs = await page.$$eval('#root [href], #root [src]', (els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''));
      // Only absolute safe URLs are left: relative ones would call our own site
      // with the agent's cookies when rendered in the inbox.
      for (const h of hrefs) expect(h, key).toMatch(/^(https:|http:|mailto:|cid:)/i);
    }
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('https://example.com'))).toEqual([]);
    await context.close();
  });
});
