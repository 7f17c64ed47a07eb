// The chat panel's script (inside the iframe at /chat/<channelId>). Plain
// browser JavaScript, no framework: the panel must open fast on any site.
// - session: visitor id + token, created on the first message or email (a visit
//   that never chats costs nothing). Kept in this frame's localStorage and, through
//   the loader, in the brand page's own localStorage: browsers that block storage in
//   third-party frames (Safari, private windows) would otherwise forget the visitor;
// - sending: optimistic bubble, POST with a clientMessageId made here, the same
//   id on retry (stored once);
// - live: EventSource on /events; after repeated failures it polls
//   /messages?after= every 3 s and tries live again a minute later;
// - email: "Leave your email" stores it on the contact.
export const CHAT_FRAME_SCRIPT = String.raw`(function () {
  'use strict';
  var cfg = JSON.parse(document.getElementById('sb-config').textContent);
  var id = encodeURIComponent(cfg.channelId);
  var storeKey = 'switchboard-chat:' + cfg.channelId;
  var embedded = window.parent !== window;
  var $ = function (x) { return document.getElementById(x); };
  var log = $('log'), form = $('composer'), input = $('text'), statusEl = $('status');
  var emailForm = $('email-form'), emailInput = $('email'), emailToggle = $('email-toggle'), emailError = $('email-error'), emailNote = $('email-note');
  var session = readSession(), shown = {}, pendingByClient = {}, lastId = null, pageUrl, isOpen = true, unread = 0;
  var es = null, sseErrors = 0, pollTimer = null;

  function readSession() { try { var s = JSON.parse(localStorage.getItem(storeKey) || 'null'); return s && s.visitorId && s.token ? s : null; } catch (e) { return null; } }
  function saveSession() { try { localStorage.setItem(storeKey, JSON.stringify(session)); } catch (e) {} toParent({ type: 'session', session: session }); }
  function dropSession() { session = null; try { localStorage.removeItem(storeKey); } catch (e) {} toParent({ type: 'session', session: null }); }
  function toParent(msg) { if (embedded) { msg.source = 'switchboard-chat'; window.parent.postMessage(msg, '*'); } }
  function randomId() { var a = new Uint8Array(12); crypto.getRandomValues(a); return Array.prototype.map.call(a, function (b) { return ('0' + b.toString(16)).slice(-2); }).join(''); }
  function setStatus(text) { statusEl.textContent = text; statusEl.hidden = !text; }

  async function call(method, path, body, headers) {
    var res = await fetch(path, { method: method, cache: 'no-store', headers: Object.assign(body ? { 'content-type': 'application/json' } : {}, headers || {}), body: body ? JSON.stringify(body) : undefined });
    var data = null;
    try { data = await res.json(); } catch (e) {}
    if (!res.ok) {
      var err = new Error((data && data.error && data.error.message) || 'The chat is not reachable right now');
      err.code = data && data.error && data.error.code;
      throw err;
    }
    return data;
  }
  async function ensureSession() {
    if (session) return session;
    var s = await call('POST', '/api/chat/' + id + '/session');
    session = { visitorId: s.visitorId, token: s.token };
    saveSession();
    return session;
  }
  // A stored session the server no longer accepts (its key changed): start over once.
  async function withSession(fn) {
    await ensureSession();
    try { return await fn(session); } catch (err) {
      if (err.code !== 'invalid_visitor') throw err;
      dropSession();
      await ensureSession();
      return fn(session);
    }
  }
  function auth() { return { 'x-chat-visitor': session.visitorId, 'x-chat-token': session.token }; }

  function timeOf(iso) { try { return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }); } catch (e) { return ''; } }
  function setMeta(el, text) { el.querySelector('.meta').textContent = text; }
  function metaFor(m) { return (m.direction === 'out' ? (m.author || cfg.name) + ' · ' : '') + timeOf(m.at); }
  function bubble(direction, text) {
    var el = document.createElement('div');
    el.className = 'msg ' + (direction === 'out' ? 'agent' : 'me');
    var p = document.createElement('p'); p.className = 'text'; p.textContent = text; el.appendChild(p);
    var meta = document.createElement('p'); meta.className = 'meta'; el.appendChild(meta);
    return el;
  }
  function scrollDown() { log.scrollTop = log.scrollHeight; }
  function add(m, quiet) {
    if (!m || !m.id || shown[m.id]) return;
    var el = m.clientMessageId && pendingByClient[m.clientMessageId];
    if (el) delete pendingByClient[m.clientMessageId];
    else { el = bubble(m.direction, m.text); log.appendChild(el); scrollDown(); }
    el.classList.remove('pending', 'failed');
    el.setAttribute('data-message-id', m.id);
    setMeta(el, metaFor(m));
    shown[m.id] = el;
    lastId = m.id;
    if (m.direction === 'out' && !quiet && !isOpen) { unread++; toParent({ type: 'unread', count: unread }); }
  }

  async function sendText(text, cid, el) {
    if (!el) { el = bubble('in', text); log.appendChild(el); scrollDown(); }
    el.classList.remove('failed'); el.classList.add('pending');
    pendingByClient[cid] = el;
    setMeta(el, 'Sending…');
    try {
      var r = await withSession(function (s) {
        var body = { visitorId: s.visitorId, token: s.token, clientMessageId: cid, text: text };
        if (pageUrl) body.pageUrl = pageUrl;
        if (s.email) body.email = s.email;
        return call('POST', '/api/webhooks/chat/' + id, body);
      });
      add({ id: r.messageId, direction: 'in', text: text, at: new Date().toISOString(), clientMessageId: cid }, true);
      if (!session.email && emailForm.hidden && !session.askedEmail) { session.askedEmail = true; saveSession(); showEmailForm(false); }
      startLive();
    } catch (err) {
      el.classList.remove('pending'); el.classList.add('failed');
      setMeta(el, 'Not sent. ');
      var retry = document.createElement('button');
      retry.type = 'button'; retry.className = 'link'; retry.textContent = 'Retry';
      retry.addEventListener('click', function () { sendText(text, cid, el); });
      el.querySelector('.meta').appendChild(retry);
    }
  }

  function startLive() {
    if (!session || es || pollTimer) return;
    if (!window.EventSource) return startPolling();
    var url = '/api/chat/' + id + '/events?visitorId=' + encodeURIComponent(session.visitorId) + '&token=' + encodeURIComponent(session.token) + (lastId ? '&after=' + encodeURIComponent(lastId) : '');
    es = new EventSource(url);
    es.onopen = function () { sseErrors = 0; setStatus(''); };
    es.onmessage = function (ev) { sseErrors = 0; try { add(JSON.parse(ev.data)); } catch (e) {} };
    es.onerror = function () {
      if (++sseErrors < 3 && es.readyState !== 2) return; // the browser reconnects by itself
      es.close(); es = null;
      startPolling();
      setTimeout(function () { stopPolling(); startLive(); }, 60000);
    };
  }
  function startPolling() { if (!pollTimer) { pollTimer = setInterval(poll, 3000); poll(); } }
  function stopPolling() { clearInterval(pollTimer); pollTimer = null; }
  async function poll(all) {
    if (!session) return;
    var q = [];
    if (lastId && !all) q.push('after=' + encodeURIComponent(lastId));
    if (isOpen) q.push('read=1');
    try {
      var r = await call('GET', '/api/chat/' + id + '/messages' + (q.length ? '?' + q.join('&') : ''), null, auth());
      r.messages.forEach(function (m) { add(m, all === true); });
      setStatus('');
    } catch (err) {
      if (err.code === 'invalid_visitor') { dropSession(); stopPolling(); if (es) { es.close(); es = null; } }
      else setStatus('Connection lost. Trying again…');
    }
  }

  function showEmailForm(focus) { emailForm.hidden = false; emailError.textContent = ''; if (session && session.email) emailInput.value = session.email; if (focus) emailInput.focus(); }
  emailToggle.addEventListener('click', function () { if (emailForm.hidden) showEmailForm(true); else emailForm.hidden = true; });
  emailForm.addEventListener('submit', async function (e) {
    e.preventDefault();
    var email = emailInput.value.trim();
    if (!email || !emailInput.checkValidity()) { emailError.textContent = 'Please enter a valid email address.'; emailInput.focus(); return; }
    try {
      await withSession(function (s) { return call('POST', '/api/chat/' + id + '/contact', { visitorId: s.visitorId, token: s.token, email: email }); });
      session.email = email; saveSession();
      emailForm.hidden = true;
      emailNote.textContent = 'Thanks! We’ll reply to ' + email + ' if you leave.';
      emailNote.hidden = false;
      emailToggle.textContent = 'Change email';
    } catch (err) { emailError.textContent = err.message; }
  });
  $('email-cancel').addEventListener('click', function () { emailForm.hidden = true; input.focus(); });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    sendText(text, randomId());
    input.focus();
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && embedded) toParent({ type: 'close' }); });
  $('close').hidden = !embedded;
  $('close').addEventListener('click', function () { toParent({ type: 'close' }); });
  window.addEventListener('message', function (e) {
    if (e.source !== window.parent || !e.data || e.data.source !== 'switchboard-chat') return;
    if (e.data.type === 'context') {
      if (typeof e.data.pageUrl === 'string' && /^https?:/.test(e.data.pageUrl)) pageUrl = e.data.pageUrl.slice(0, 2000);
      boot(e.data.session);
    }
    if (e.data.type === 'visibility') {
      isOpen = Boolean(e.data.open);
      if (isOpen) { unread = 0; toParent({ type: 'unread', count: 0 }); input.focus(); if (session) poll(); }
    }
  });

  // Starts once the loader has said what it kept (or at once outside an iframe).
  var booted = false;
  function boot(kept) {
    if (booted) return;
    booted = true;
    if (!session && kept && typeof kept.visitorId === 'string' && typeof kept.token === 'string') { session = kept; saveSession(); }
    if (!session) return;
    if (session.email) { emailNote.textContent = 'We’ll reply to ' + session.email + ' if you leave.'; emailNote.hidden = false; emailToggle.textContent = 'Change email'; }
    poll(true).then(startLive);
  }
  if (embedded) { toParent({ type: 'ready' }); setTimeout(function () { boot(null); }, 1500); }
  else boot(null);
  input.focus();
})();
`;
