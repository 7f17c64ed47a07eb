// GET /widget.js — the chat widget loader brands embed with one script tag
// (see lib/channels/chat/widget-script.ts). Cached for a day (and served stale
// for a week while revalidating): the loader rarely changes, the panel it opens does.
import { WIDGET_SCRIPT, WIDGET_SCRIPT_ETAG } from '@/lib/channels/chat/widget-script';

export function GET(request: Request): Response {
  const headers = {
    'content-type': 'text/javascript; charset=utf-8',
    'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
    etag: WIDGET_SCRIPT_ETAG,
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'cross-origin',
  };
  if (request.headers.get('if-none-match') === WIDGET_SCRIPT_ETAG) return new Response(null, { status: 304, headers });
  return new Response(WIDGET_SCRIPT, { headers });
}
