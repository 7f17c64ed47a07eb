// The chat panel's HTML (the iframe at /chat/<channelId>): one small page with
// its CSS and script inline, so it opens in one request on any site. Its
// Content-Security-Policy allows exactly this script and style (by hash), calls
// to our own origin only, and framing only by the channel's allowed origins.
import crypto from 'node:crypto';
import { CHAT_FRAME_SCRIPT } from '@/lib/channels/chat/chat-frame-script';

export type ChatFrameConfig = { channelId: string; name: string; greeting: string; color: string };

const hash = (s: string) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// JSON inside <script type="application/json">: "<" escaped so no "</script>" can end it early.
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

function css(color: string): string {
  return `*{box-sizing:border-box}html,body{height:100%;margin:0}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Noto Sans CJK SC",sans-serif;color:#0f172a;background:#fff}
.app{display:flex;flex-direction:column;height:100%}
header{display:flex;align-items:center;gap:12px;padding:16px 16px 14px;background:${color};color:#fff}
header h1{margin:0;font-size:16px;font-weight:650}header p{margin:2px 0 0;font-size:13px;opacity:.9}
header div{flex:1;min-width:0}
.icon{width:32px;height:32px;border-radius:8px;border:0;background:rgba(255,255,255,.16);color:#fff;font-size:20px;line-height:1;cursor:pointer}
.icon:hover{background:rgba(255,255,255,.28)}
#log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:10px;background:#f8fafc}
.greeting,.msg{max-width:82%;padding:9px 12px;border-radius:14px;word-wrap:break-word;white-space:pre-wrap}
.greeting,.agent{align-self:flex-start;background:#fff;border:1px solid #e2e8f0;border-bottom-left-radius:4px}
.greeting{margin:0;color:#334155}
.me{align-self:flex-end;background:${color};color:#fff;border-bottom-right-radius:4px}
.msg p{margin:0}.msg .meta{margin-top:3px;font-size:11.5px;opacity:.75;white-space:normal}
.me.pending{opacity:.7}.me.failed{background:#fee2e2;color:#7f1d1d}
.status{margin:0;padding:6px 16px;font-size:13px;background:#fef3c7;color:#78350f}
.card{margin:0;padding:12px 16px;border-top:1px solid #e2e8f0;background:#fff}
.card label{display:block;font-size:13px;font-weight:600;margin-bottom:6px}
.row{display:flex;gap:8px}
input,textarea{font:inherit;color:inherit;border:1px solid #cbd5e1;border-radius:10px;padding:9px 11px;background:#fff;min-width:0}
input{flex:1;height:40px}
textarea{flex:1;resize:none;height:44px;max-height:120px}
button{font:inherit;cursor:pointer}
.primary{border:0;border-radius:10px;background:${color};color:#fff;font-weight:600;padding:0 14px;height:40px}
.send{width:44px;height:44px;padding:0;display:flex;align-items:center;justify-content:center}
.link{border:0;background:none;padding:0;color:inherit;text-decoration:underline}
.error{margin:6px 0 0;font-size:13px;color:#b91c1c}.error:empty{display:none}
#composer{display:flex;gap:8px;padding:12px 16px;border-top:1px solid #e2e8f0;background:#fff}
.footer{margin:0;padding:0 16px 10px;font-size:12px;color:#64748b;background:#fff;display:flex;gap:6px;flex-wrap:wrap}
.note{margin:0;padding:8px 16px;font-size:13px;color:#166534;background:#f0fdf4}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
:focus-visible{outline:2px solid #0f172a;outline-offset:2px}
[hidden]{display:none!important}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto}}`;
}

function body(c: ChatFrameConfig): string {
  const name = escapeHtml(c.name);
  return `<div class="app">
<header><div><h1>${name}</h1><p>We usually reply within a few minutes</p></div>
<button type="button" id="close" class="icon" aria-label="Close chat">&times;</button></header>
<div id="log" role="log" aria-live="polite" aria-label="Conversation with ${name}" tabindex="0">
<p class="greeting">${escapeHtml(c.greeting)}</p></div>
<p id="status" class="status" role="status" hidden></p>
<p id="email-note" class="note" hidden></p>
<form id="email-form" class="card" hidden novalidate>
<label for="email">Leave your email so we can reply if you go</label>
<div class="row"><input id="email" name="email" type="email" autocomplete="email" placeholder="you@example.com" required maxlength="320" aria-describedby="email-error">
<button type="submit" class="primary">Save</button><button type="button" id="email-cancel" class="link">Not now</button></div>
<p id="email-error" class="error" role="alert"></p></form>
<form id="composer"><label for="text" class="sr-only">Your message</label>
<textarea id="text" name="text" rows="1" maxlength="5000" placeholder="Write a message…" required></textarea>
<button type="submit" class="primary send" aria-label="Send message"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M3 20.5 21 12 3 3.5 3 10l12 2-12 2z"/></svg></button></form>
<p class="footer"><button type="button" id="email-toggle" class="link">Leave your email</button><span aria-hidden="true">·</span><span>Powered by Switchboard</span></p>
</div>`;
}

export function renderChatFrame(c: ChatFrameConfig, frameAncestors: string): { html: string; csp: string } {
  const style = css(c.color);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Chat with ${escapeHtml(c.name)}</title><style>${style}</style></head><body>
${body(c)}
<script type="application/json" id="sb-config">${scriptJson({ channelId: c.channelId, name: c.name })}</script>
<script>${CHAT_FRAME_SCRIPT}</script></body></html>`;
  const csp = [
    "default-src 'none'",
    `script-src ${hash(CHAT_FRAME_SCRIPT)}`,
    `style-src ${hash(style)}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
  return { html, csp };
}
