// The loader a brand embeds with one tag:
//   <script src="https://<app>/widget.js" data-channel="<channelId>" async></script>
// It adds a launcher button (in a Shadow DOM, so the host page's CSS cannot
// restyle it and ours cannot leak out) and, on first open, an iframe with the
// chat panel served by us at /chat/<channelId>. The iframe keeps the visitor's
// token away from the host page's scripts and its styles apart from ours, and
// /chat/<id> is only framable by the channel's allowed origins (CSP
// frame-ancestors). The loader is small and stable, so it is cached for a day;
// the panel carries the logic. Optional attributes: data-color="#rrggbb",
// data-label="Chat with us".
// The panel's session (visitor id + token) is also kept in this page's own
// localStorage and handed back to the panel on load, because browsers that
// block storage in third-party frames would otherwise forget the visitor on
// every page. The token only opens this visitor's chat on this channel.
import { sha256Hex } from '@/lib/crypto';

export const WIDGET_SCRIPT = String.raw`/* Switchboard chat widget loader */
(function () {
  'use strict';
  var script = document.currentScript || document.querySelector('script[data-channel][src*="widget.js"]');
  var channel = script && script.getAttribute('data-channel');
  if (!channel || !/^[A-Za-z0-9_-]{1,64}$/.test(channel)) return;
  var flag = '__switchboardChat_' + channel;
  if (window[flag]) return;
  window[flag] = true;
  var base = new URL(script.src, location.href).origin;
  var color = /^#[0-9a-fA-F]{6}$/.test(script.getAttribute('data-color') || '') ? script.getAttribute('data-color') : '#4f46e5';
  var label = (script.getAttribute('data-label') || 'Chat with us').slice(0, 60);
  var openKey = 'switchboard-chat-open:' + channel;
  var sessionKey = 'switchboard-chat:' + channel;
  var SRC = 'switchboard-chat';

  var css = ':host{all:initial}' +
    '.launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border:0;border-radius:50%;background:' + color + ';color:#fff;' +
    'box-shadow:0 6px 20px rgba(15,23,42,.28);cursor:pointer;display:flex;align-items:center;justify-content:center;padding:0;transition:transform .15s}' +
    '.launcher:hover{transform:scale(1.06)}.launcher:focus-visible{outline:3px solid #0f172a;outline-offset:3px}' +
    '.launcher svg{width:26px;height:26px}.launcher .x{display:none}.launcher[aria-expanded=true] .x{display:block}.launcher[aria-expanded=true] .bubble{display:none}' +
    '.badge{position:absolute;top:-2px;right:-2px;min-width:20px;height:20px;padding:0 5px;box-sizing:border-box;border-radius:10px;background:#dc2626;color:#fff;' +
    'font:600 12px/20px system-ui,-apple-system,Segoe UI,Roboto,sans-serif;text-align:center;border:2px solid #fff}' +
    '.panel{position:fixed;right:20px;bottom:88px;width:376px;height:min(600px,calc(100vh - 108px));border-radius:16px;overflow:hidden;background:#fff;' +
    'box-shadow:0 12px 48px rgba(15,23,42,.3)}.panel[hidden]{display:none}.panel iframe{border:0;width:100%;height:100%;display:block}' +
    '@media (max-width:480px){.panel{right:0;bottom:0;width:100vw;height:100%;border-radius:0}.launcher[aria-expanded=true]{display:none}}' +
    '@media (prefers-reduced-motion:reduce){.launcher{transition:none}}';
  var icons = '<svg class="bubble" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>' +
    '<svg class="x" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg>';

  function mount() {
    var host = document.createElement('div');
    host.setAttribute('data-switchboard-chat', channel);
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    root.innerHTML = '<style>' + css + '</style>' +
      '<div class="panel" role="region" aria-label="' + label.replace(/[<>&"]/g, '') + '" hidden></div>' +
      '<button class="launcher" type="button" aria-expanded="false" aria-label="Open chat">' + icons + '<span class="badge" hidden></span></button>';
    document.body.appendChild(host);
    var panel = root.querySelector('.panel');
    var launcher = root.querySelector('.launcher');
    var badge = root.querySelector('.badge');
    var frame = null;
    var ready = false;

    function post(msg) {
      if (frame && ready) { msg.source = SRC; frame.contentWindow.postMessage(msg, base); }
    }
    function setOpen(open, focusLauncher) {
      panel.hidden = !open;
      launcher.setAttribute('aria-expanded', String(open));
      launcher.setAttribute('aria-label', open ? 'Close chat' : 'Open chat');
      try { open ? sessionStorage.setItem(openKey, '1') : sessionStorage.removeItem(openKey); } catch (e) {}
      if (open && !frame) {
        frame = document.createElement('iframe');
        frame.title = label;
        frame.src = base + '/chat/' + encodeURIComponent(channel);
        panel.appendChild(frame);
      }
      if (open) { badge.hidden = true; if (frame) frame.focus(); }
      post({ type: 'visibility', open: open });
      if (!open && focusLauncher) launcher.focus();
    }
    launcher.addEventListener('click', function () { setOpen(panel.hidden, false); });
    window.addEventListener('message', function (e) {
      if (!frame || e.source !== frame.contentWindow || e.origin !== base || !e.data || e.data.source !== SRC) return;
      if (e.data.type === 'ready') {
        ready = true;
        var kept = null;
        try { kept = JSON.parse(localStorage.getItem(sessionKey) || 'null'); } catch (err) {}
        post({ type: 'context', pageUrl: location.href, session: kept });
        post({ type: 'visibility', open: !panel.hidden });
      } else if (e.data.type === 'session') {
        var s = e.data.session;
        try {
          if (s && typeof s.visitorId === 'string' && typeof s.token === 'string') localStorage.setItem(sessionKey, JSON.stringify({ visitorId: s.visitorId, token: s.token, email: typeof s.email === 'string' ? s.email : undefined }));
          else if (s === null) localStorage.removeItem(sessionKey);
        } catch (err) {}
      } else if (e.data.type === 'close') setOpen(false, true);
      else if (e.data.type === 'unread') {
        var n = Number(e.data.count) || 0;
        badge.textContent = n > 9 ? '9+' : String(n);
        badge.hidden = n === 0 || !panel.hidden;
        launcher.setAttribute('aria-label', n && panel.hidden ? 'Open chat, ' + n + ' new' : panel.hidden ? 'Open chat' : 'Close chat');
      }
    });
    var reopen = false;
    try { reopen = sessionStorage.getItem(openKey) === '1'; } catch (e) {}
    if (reopen) setOpen(true, false);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
`;

export const WIDGET_SCRIPT_ETAG = `"${sha256Hex(WIDGET_SCRIPT).slice(0, 32)}"`;
