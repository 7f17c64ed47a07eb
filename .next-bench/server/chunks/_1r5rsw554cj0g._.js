module.exports=[34453,e=>e.a(async(t,n)=>{try{var a=e.i(97380),i=e.i(62294),r=e.i(42128),o=e.i(23438),s=e.i(14223),l=e.i(22826),d=t([i,r,l]);async function c(e,{params:t}){let{channelId:n}=await t;try{await (0,l.E)(n);let e=await (0,r.f)(n,"chat"),t=await i.f.workspace.findUnique({where:{id:e.channel.workspaceId},select:{name:!0}}),a=e.settings,{html:d,csp:c}=(0,s.f)({channelId:n,name:"string"==typeof a.title&&a.title?a.title:t?.name??e.channel.name,greeting:"string"==typeof a.greeting&&a.greeting?a.greeting:"Hi! How can we help you today?",color:"string"==typeof a.accentColor&&/^#[0-9a-f]{6}$/i.test(a.accentColor)?a.accentColor:"#4f46e5"},(0,o.z)((0,o.M)(a)));return new Response(d,{headers:{"content-type":"text/html; charset=utf-8","content-security-policy":c,"cache-control":"no-cache","x-content-type-options":"nosniff","referrer-policy":"strict-origin-when-cross-origin"}})}catch(n){let e=n instanceof a.a?n.status:500,t=404===e?"This chat is not available.":429===e?"Too many requests; try again in a moment.":"The chat is not available right now.";return new Response(`<!doctype html><html lang="en"><meta charset="utf-8"><title>Chat</title><p style="font:15px system-ui;padding:24px">${t}</p></html>`,{status:e,headers:{"content-type":"text/html; charset=utf-8","content-security-policy":"default-src 'none'; style-src 'unsafe-inline'"}})}}[i,r,l]=d.then?(await d)():d,e.s(["GET",0,c]),n()}catch(e){n(e)}},!1),14223,e=>{"use strict";var t=e.i(66680);let n=String.raw`(function () {
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
`,a=e=>`'sha256-${t.default.createHash("sha256").update(e,"utf8").digest("base64")}'`,i=e=>e.replace(/[&<>"']/g,e=>`&#${e.charCodeAt(0)};`);e.s(["f",0,function(e,t){var r;let o,s=(r=e.color,`*{box-sizing:border-box}html,body{height:100%;margin:0}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Noto Sans CJK SC",sans-serif;color:#0f172a;background:#fff}
.app{display:flex;flex-direction:column;height:100%}
header{display:flex;align-items:center;gap:12px;padding:16px 16px 14px;background:${r};color:#fff}
header h1{margin:0;font-size:16px;font-weight:650}header p{margin:2px 0 0;font-size:13px;opacity:.9}
header div{flex:1;min-width:0}
.icon{width:32px;height:32px;border-radius:8px;border:0;background:rgba(255,255,255,.16);color:#fff;font-size:20px;line-height:1;cursor:pointer}
.icon:hover{background:rgba(255,255,255,.28)}
#log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:10px;background:#f8fafc}
.greeting,.msg{max-width:82%;padding:9px 12px;border-radius:14px;word-wrap:break-word;white-space:pre-wrap}
.greeting,.agent{align-self:flex-start;background:#fff;border:1px solid #e2e8f0;border-bottom-left-radius:4px}
.greeting{margin:0;color:#334155}
.me{align-self:flex-end;background:${r};color:#fff;border-bottom-right-radius:4px}
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
.primary{border:0;border-radius:10px;background:${r};color:#fff;font-weight:600;padding:0 14px;height:40px}
.send{width:44px;height:44px;padding:0;display:flex;align-items:center;justify-content:center}
.link{border:0;background:none;padding:0;color:inherit;text-decoration:underline}
.error{margin:6px 0 0;font-size:13px;color:#b91c1c}.error:empty{display:none}
#composer{display:flex;gap:8px;padding:12px 16px;border-top:1px solid #e2e8f0;background:#fff}
.footer{margin:0;padding:0 16px 10px;font-size:12px;color:#64748b;background:#fff;display:flex;gap:6px;flex-wrap:wrap}
.note{margin:0;padding:8px 16px;font-size:13px;color:#166534;background:#f0fdf4}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
:focus-visible{outline:2px solid #0f172a;outline-offset:2px}
[hidden]{display:none!important}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto}}`);return{html:`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Chat with ${i(e.name)}</title><style>${s}</style></head><body>
${o=i(e.name),`<div class="app">
<header><div><h1>${o}</h1><p>We usually reply within a few minutes</p></div>
<button type="button" id="close" class="icon" aria-label="Close chat">&times;</button></header>
<div id="log" role="log" aria-live="polite" aria-label="Conversation with ${o}" tabindex="0">
<p class="greeting">${i(e.greeting)}</p></div>
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
<p class="footer"><button type="button" id="email-toggle" class="link">Leave your email</button><span aria-hidden="true">\xb7</span><span>Powered by Switchboard</span></p>
</div>`}
<script type="application/json" id="sb-config">${JSON.stringify({channelId:e.channelId,name:e.name}).replace(/</g,"\\u003c")}</script>
<script>${n}</script></body></html>`,csp:`default-src 'none'; script-src ${a(n)}; style-src ${a(s)}; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors ${t}`}}],14223)},37999,e=>{"use strict";var t=e.i(47909),n=e.i(74017),a=e.i(96250),i=e.i(59756),r=e.i(61916),o=e.i(74677),s=e.i(69741),l=e.i(16795),d=e.i(87718),c=e.i(95169),u=e.i(47587),p=e.i(66012),m=e.i(70101),f=e.i(26937),h=e.i(10372),g=e.i(93695),y=e.i(9580);e.i(52474);var x=e.i(220);let v=new t.AppRouteRouteModule({definition:{kind:n.f.APP_ROUTE,page:"/chat/[channelId]/route",pathname:"/chat/[channelId]",filename:"route",bundlePath:""},distDir:".next-bench",relativeProjectDir:"",resolvedPagePath:"[project]/app/chat/[channelId]/route.ts",nextConfigOutput:"",userland:()=>e.r(34453),...{}}),{workAsyncStorage:b,workUnitAsyncStorage:w,serverHooks:k}=v;async function E(e,t,n){n.requestMeta&&(0,i.R)(e,n.requestMeta),v.isDev&&(0,i.i)(e,"devRequestTimingInternalsEnd",process.hrtime.bigint());let a="/chat/[channelId]/route";a=a.replace(/\/index$/,"")||"/";let{instrumentation:o}=await v.ensureInstrumentation(e,{deferSpans:!0});return v.traceRequest(e,{tracer:(0,r.v)(),spanName:`${e.method||"GET"} ${a}`,httpTarget:e.url,instrumentation:o},(i,r)=>S(e,t,n,a,!1,i,r))}async function S(e,t,a,b,w,k,E){let S=await v.prepare(e,t,{srcPage:b,multiZoneDraftMode:w});if(!S)return t.statusCode=400,t.end("Bad Request"),null==a.waitUntil||a.waitUntil.call(a,Promise.resolve()),null;let{buildId:C,deploymentId:I,params:T,nextConfig:R,parsedUrl:P,isDraftMode:$,prerenderManifest:O,routerServerContext:U,isOnDemandRevalidate:N,revalidateOnlyGenerated:A,resolvedPathname:L,clientReferenceManifest:q,serverActionsManifest:M,previewProps:D}=S,F=(0,s.f)(b),j=!!O.routes[L]&&(v.isDev||(0,y.f)(L,v.cacheOwner,O.routes[L])),z=!!(O.dynamicRoutes[F]||j),H=async()=>((null==U?void 0:U.render404)?await U.render404(e,t,P,!1):t.end("This page could not be found"),null);if(z&&!$){let e=O.dynamicRoutes[F];if(e&&!1===e.fallback&&!j){if(R.adapterPath)return await H();throw new g.NoFallbackError}}let B=null;!z||v.isDev||$||(B="/index"===(B=L)?"/":B),M&&q&&(0,o.f)({page:b,clientReferenceManifest:q,serverActionsManifest:M});let _=e.method||"GET",G=(0,r.v)(),J=!!(null==U?void 0:U.isWrappedByNextServer),K=!!(0,i.w)(e,"minimalMode"),W=(0,i.w)(e,"incrementalCache")||await v.getIncrementalCache(e,R,D,O,K);null==W||W.resetRequestCache(),globalThis.__incrementalCache=W;let V={params:T,previewProps:D,renderOpts:{experimental:{authInterrupts:!!R.experimental.authInterrupts,useCacheTimeout:R.experimental.useCacheTimeout,durableUseCacheEntries:!!R.experimental.durableUseCacheEntries},cacheComponents:!!R.cacheComponents,validationLevel:R.experimental.instantInsights.validationLevel,isDraftMode:$,incrementalCache:W,hmrRefreshHash:(0,i.w)(e,"hmrRefreshHash"),cacheLifeProfiles:R.cacheLife,staticPageGenerationTimeout:R.staticPageGenerationTimeout,waitUntil:a.waitUntil,onClose:e=>{t.on("close",e)},onAfterTaskError:void 0},sharedContext:{buildId:C,deploymentId:I}},Q=new l.x(e),Y=new l.e(t),X=d.k.fromNodeNextRequest(Q,(0,d.t)(t)),Z=async({previousCacheEntry:n})=>{try{if(!K&&N&&A&&!n)return t.statusCode=404,t.setHeader("x-nextjs-cache","REVALIDATED"),t.end("This page could not be found"),null;let i=null===B?await v.handle(X,V):await v.prerender(X,V);e.fetchMetrics=V.renderOpts.fetchMetrics;let r=V.renderOpts.pendingWaitUntil;r&&a.waitUntil&&(a.waitUntil(r),r=void 0);let o=V.renderOpts.collectedTags;if(!z)return await (0,p.f)(Q,Y,i,r),null;{let e=await i.blob(),t=(0,m.S)(i.headers);o&&(t[h.M]=o),!t["content-type"]&&e.type&&(t["content-type"]=e.type);let n=void 0!==V.renderOpts.collectedRevalidate&&!(V.renderOpts.collectedRevalidate>=h.Q)&&V.renderOpts.collectedRevalidate,a=void 0===V.renderOpts.collectedExpire||V.renderOpts.collectedExpire>=h.Q?!1!==n&&n>0?R.expireTime:void 0:V.renderOpts.collectedExpire;return{value:{kind:x.x.APP_ROUTE,status:i.status,body:Buffer.from(await e.arrayBuffer()),headers:t},cacheControl:{revalidate:n,expire:a}}}}catch(t){throw(null==n?void 0:n.isStale)&&await v.onRequestError(e,t,{routerKind:"App Router",routePath:b,routeType:"route",revalidateReason:(0,u.f)({isStaticGeneration:null!==B,isOnDemandRevalidate:N})},!1,U),t}},ee=async i=>{try{var o,s;let i=await v.handleResponse({req:e,nextConfig:R,cacheKey:B,routeKind:n.f.APP_ROUTE,isFallback:!1,previewProps:D,prerenderManifest:O,isRoutePPREnabled:!1,isOnDemandRevalidate:N,revalidateOnlyGenerated:A,responseGenerator:Z,waitUntil:a.waitUntil,isMinimalMode:K});if(null!==i&&"error"in i)throw i.error;if(!z)return;if((null==i||null==(o=i.value)?void 0:o.kind)!==x.x.APP_ROUTE)throw Error(`Invariant: app-route received invalid cache entry ${null==i||null==(s=i.value)?void 0:s.kind}`);K||t.setHeader("x-nextjs-cache",N?"REVALIDATED":i.isMiss?"MISS":i.isStale?"STALE":"HIT"),$&&t.setHeader("Cache-Control","private, no-cache, no-store, max-age=0, must-revalidate");let r=(0,m.G)(i.value.headers);K&&z||r.delete(h.M),!i.cacheControl||t.getHeader("Cache-Control")||r.get("Cache-Control")||r.set("Cache-Control",(0,f.f)(i.cacheControl)),await (0,p.f)(Q,Y,new Response(i.value.body,{headers:r,status:i.value.status||200}));return}catch(n){if(n instanceof g.NoFallbackError||await v.onRequestError(e,n,{routerKind:"App Router",routePath:F,routeType:"route",revalidateReason:(0,u.f)({isStaticGeneration:null!==B,isOnDemandRevalidate:N})},!1,U),z)throw n;if(t.headersSent){if(i){let e=n instanceof Error?n:Error("Unknown app route error");i.recordException(e),i.setStatus({code:r.J.ERROR,message:e.message}),i.setAttribute("error.type",e.name)}t.writableEnded||t.destroyed||t.end()}else await (0,p.f)(Q,Y,new Response(null,{status:500}));return}finally{(()=>{if(!i)return;let e=t.statusCode;i.setAttributes({"http.status_code":e,"next.rsc":!1}),e&&e>=500&&(i.setStatus({code:r.J.ERROR}),i.setAttribute("error.type",e.toString()));let n=G.getRootSpanAttributes();if(!n)return;if(n.get("next.span_type")!==c.q.handleRequest)return console.warn(`Unexpected root span type '${n.get("next.span_type")}'. Please report this Next.js issue https://github.com/vercel/next.js`);let a=n.get("next.route")||F,o=`${_} ${a}`;i.setAttributes({"next.route":a,"http.route":a,"next.span_name":o}),i.updateName(o),E&&E!==i&&(E.setAttribute("http.route",a),E.updateName(o))})()}};J||void 0===e.url||null==k||k.setAttribute("http.target",e.url),await ee(k)}e.s(["handler",0,E,"patchFetch",0,function(){return(0,a.f)({workAsyncStorage:b,workUnitAsyncStorage:w})},"routeModule",0,v,"serverHooks",0,k,"workAsyncStorage",0,b,"workUnitAsyncStorage",0,w])}];

//# sourceMappingURL=_1r5rsw554cj0g._.js.map