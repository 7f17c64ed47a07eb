module.exports=[2793,e=>{"use strict";var t=e.i(86257);let a=String.raw`/* Switchboard chat widget loader */
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
`,r=`"${(0,t.Q)(a).slice(0,32)}"`;e.s(["GET",0,function(e){let t={"content-type":"text/javascript; charset=utf-8","cache-control":"public, max-age=86400, stale-while-revalidate=604800",etag:r,"x-content-type-options":"nosniff","cross-origin-resource-policy":"cross-origin"};return e.headers.get("if-none-match")===r?new Response(null,{status:304,headers:t}):new Response(a,{headers:t})}],2793)},22109,e=>{"use strict";var t=e.i(47909),a=e.i(74017),r=e.i(96250),n=e.i(59756),i=e.i(61916),o=e.i(74677),s=e.i(69741),l=e.i(16795),d=e.i(87718),c=e.i(95169),u=e.i(47587),p=e.i(66012),h=e.i(70101),f=e.i(26937),g=e.i(10372),m=e.i(93695),b=e.i(9580);e.i(52474);var v=e.i(220);let w=new t.AppRouteRouteModule({definition:{kind:a.f.APP_ROUTE,page:"/widget.js/route",pathname:"/widget.js",filename:"route",bundlePath:""},distDir:".next-bench",relativeProjectDir:"",resolvedPagePath:"[project]/app/widget.js/route.ts",nextConfigOutput:"",userland:()=>e.r(2793),...{}}),{workAsyncStorage:x,workUnitAsyncStorage:y,serverHooks:R}=w;async function C(e,t,a){a.requestMeta&&(0,n.R)(e,a.requestMeta),w.isDev&&(0,n.i)(e,"devRequestTimingInternalsEnd",process.hrtime.bigint());let r="/widget.js/route";r=r.replace(/\/index$/,"")||"/";let{instrumentation:o}=await w.ensureInstrumentation(e,{deferSpans:!0});return w.traceRequest(e,{tracer:(0,i.v)(),spanName:`${e.method||"GET"} ${r}`,httpTarget:e.url,instrumentation:o},(n,i)=>S(e,t,a,r,!1,n,i))}async function S(e,t,r,x,y,R,C){let S=await w.prepare(e,t,{srcPage:x,multiZoneDraftMode:y});if(!S)return t.statusCode=400,t.end("Bad Request"),null==r.waitUntil||r.waitUntil.call(r,Promise.resolve()),null;let{buildId:E,deploymentId:A,params:k,nextConfig:O,parsedUrl:T,isDraftMode:I,prerenderManifest:P,routerServerContext:U,isOnDemandRevalidate:M,revalidateOnlyGenerated:L,resolvedPathname:q,clientReferenceManifest:_,serverActionsManifest:j,previewProps:N}=S,K=(0,s.f)(x),D=!!P.routes[q]&&(w.isDev||(0,b.f)(q,w.cacheOwner,P.routes[q])),H=!!(P.dynamicRoutes[K]||D),$=async()=>((null==U?void 0:U.render404)?await U.render404(e,t,T,!1):t.end("This page could not be found"),null);if(H&&!I){let e=P.dynamicRoutes[K];if(e&&!1===e.fallback&&!D){if(O.adapterPath)return await $();throw new m.NoFallbackError}}let G=null;!H||w.isDev||I||(G="/index"===(G=q)?"/":G),j&&_&&(0,o.f)({page:x,clientReferenceManifest:_,serverActionsManifest:j});let B=e.method||"GET",F=(0,i.v)(),J=!!(null==U?void 0:U.isWrappedByNextServer),W=!!(0,n.w)(e,"minimalMode"),z=(0,n.w)(e,"incrementalCache")||await w.getIncrementalCache(e,O,N,P,W);null==z||z.resetRequestCache(),globalThis.__incrementalCache=z;let Q={params:k,previewProps:N,renderOpts:{experimental:{authInterrupts:!!O.experimental.authInterrupts,useCacheTimeout:O.experimental.useCacheTimeout,durableUseCacheEntries:!!O.experimental.durableUseCacheEntries},cacheComponents:!!O.cacheComponents,validationLevel:O.experimental.instantInsights.validationLevel,isDraftMode:I,incrementalCache:z,hmrRefreshHash:(0,n.w)(e,"hmrRefreshHash"),cacheLifeProfiles:O.cacheLife,staticPageGenerationTimeout:O.staticPageGenerationTimeout,waitUntil:r.waitUntil,onClose:e=>{t.on("close",e)},onAfterTaskError:void 0},sharedContext:{buildId:E,deploymentId:A}},V=new l.x(e),Z=new l.e(t),X=d.k.fromNodeNextRequest(V,(0,d.t)(t)),Y=async({previousCacheEntry:a})=>{try{if(!W&&M&&L&&!a)return t.statusCode=404,t.setHeader("x-nextjs-cache","REVALIDATED"),t.end("This page could not be found"),null;let n=null===G?await w.handle(X,Q):await w.prerender(X,Q);e.fetchMetrics=Q.renderOpts.fetchMetrics;let i=Q.renderOpts.pendingWaitUntil;i&&r.waitUntil&&(r.waitUntil(i),i=void 0);let o=Q.renderOpts.collectedTags;if(!H)return await (0,p.f)(V,Z,n,i),null;{let e=await n.blob(),t=(0,h.S)(n.headers);o&&(t[g.M]=o),!t["content-type"]&&e.type&&(t["content-type"]=e.type);let a=void 0!==Q.renderOpts.collectedRevalidate&&!(Q.renderOpts.collectedRevalidate>=g.Q)&&Q.renderOpts.collectedRevalidate,r=void 0===Q.renderOpts.collectedExpire||Q.renderOpts.collectedExpire>=g.Q?!1!==a&&a>0?O.expireTime:void 0:Q.renderOpts.collectedExpire;return{value:{kind:v.x.APP_ROUTE,status:n.status,body:Buffer.from(await e.arrayBuffer()),headers:t},cacheControl:{revalidate:a,expire:r}}}}catch(t){throw(null==a?void 0:a.isStale)&&await w.onRequestError(e,t,{routerKind:"App Router",routePath:x,routeType:"route",revalidateReason:(0,u.f)({isStaticGeneration:null!==G,isOnDemandRevalidate:M})},!1,U),t}},ee=async n=>{try{var o,s;let n=await w.handleResponse({req:e,nextConfig:O,cacheKey:G,routeKind:a.f.APP_ROUTE,isFallback:!1,previewProps:N,prerenderManifest:P,isRoutePPREnabled:!1,isOnDemandRevalidate:M,revalidateOnlyGenerated:L,responseGenerator:Y,waitUntil:r.waitUntil,isMinimalMode:W});if(null!==n&&"error"in n)throw n.error;if(!H)return;if((null==n||null==(o=n.value)?void 0:o.kind)!==v.x.APP_ROUTE)throw Error(`Invariant: app-route received invalid cache entry ${null==n||null==(s=n.value)?void 0:s.kind}`);W||t.setHeader("x-nextjs-cache",M?"REVALIDATED":n.isMiss?"MISS":n.isStale?"STALE":"HIT"),I&&t.setHeader("Cache-Control","private, no-cache, no-store, max-age=0, must-revalidate");let i=(0,h.G)(n.value.headers);W&&H||i.delete(g.M),!n.cacheControl||t.getHeader("Cache-Control")||i.get("Cache-Control")||i.set("Cache-Control",(0,f.f)(n.cacheControl)),await (0,p.f)(V,Z,new Response(n.value.body,{headers:i,status:n.value.status||200}));return}catch(a){if(a instanceof m.NoFallbackError||await w.onRequestError(e,a,{routerKind:"App Router",routePath:K,routeType:"route",revalidateReason:(0,u.f)({isStaticGeneration:null!==G,isOnDemandRevalidate:M})},!1,U),H)throw a;if(t.headersSent){if(n){let e=a instanceof Error?a:Error("Unknown app route error");n.recordException(e),n.setStatus({code:i.J.ERROR,message:e.message}),n.setAttribute("error.type",e.name)}t.writableEnded||t.destroyed||t.end()}else await (0,p.f)(V,Z,new Response(null,{status:500}));return}finally{(()=>{if(!n)return;let e=t.statusCode;n.setAttributes({"http.status_code":e,"next.rsc":!1}),e&&e>=500&&(n.setStatus({code:i.J.ERROR}),n.setAttribute("error.type",e.toString()));let a=F.getRootSpanAttributes();if(!a)return;if(a.get("next.span_type")!==c.q.handleRequest)return console.warn(`Unexpected root span type '${a.get("next.span_type")}'. Please report this Next.js issue https://github.com/vercel/next.js`);let r=a.get("next.route")||K,o=`${B} ${r}`;n.setAttributes({"next.route":r,"http.route":r,"next.span_name":o}),n.updateName(o),C&&C!==n&&(C.setAttribute("http.route",r),C.updateName(o))})()}};J||void 0===e.url||null==R||R.setAttribute("http.target",e.url),await ee(R)}e.s(["handler",0,C,"patchFetch",0,function(){return(0,r.f)({workAsyncStorage:x,workUnitAsyncStorage:y})},"routeModule",0,w,"serverHooks",0,R,"workAsyncStorage",0,x,"workUnitAsyncStorage",0,y])}];

//# sourceMappingURL=_0-2xhgb_3hhzy._.js.map