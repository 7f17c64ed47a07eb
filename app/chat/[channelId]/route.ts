// GET /chat/:channelId — the chat panel the widget loads in its iframe. A plain
// HTML page (no React) so that it opens at once; framable only by the
// channel's allowed origins. Unknown or disabled channels: 404.
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db';
import { loadChannel } from '@/lib/channels/load-channel';
import { allowedOriginsOf, frameAncestors } from '@/lib/channels/chat/chat-origin';
import { renderChatFrame } from '@/lib/channels/chat/render-chat-frame';
import { rateLimitChannel } from '@/lib/webhooks/rate-limit-channel';

const DEFAULT_COLOR = '#4f46e5';

export async function GET(_request: Request, { params }: { params: Promise<{ channelId: string }> }): Promise<Response> {
  const { channelId } = await params;
  try {
    await rateLimitChannel(channelId);
    const channel = await loadChannel(channelId, 'chat');
    const workspace = await db.workspace.findUnique({ where: { id: channel.channel.workspaceId }, select: { name: true } });
    const s = channel.settings;
    const { html, csp } = renderChatFrame(
      {
        channelId,
        name: typeof s.title === 'string' && s.title ? s.title : (workspace?.name ?? channel.channel.name),
        greeting: typeof s.greeting === 'string' && s.greeting ? s.greeting : 'Hi! How can we help you today?',
        color: typeof s.accentColor === 'string' && /^#[0-9a-f]{6}$/i.test(s.accentColor) ? s.accentColor : DEFAULT_COLOR,
      },
      frameAncestors(allowedOriginsOf(s)),
    );
    return new Response(html, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': csp,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
      },
    });
  } catch (err) {
    const status = err instanceof ApiError ? err.status : 500;
    const text = status === 404 ? 'This chat is not available.' : status === 429 ? 'Too many requests; try again in a moment.' : 'The chat is not available right now.';
    return new Response(`<!doctype html><html lang="en"><meta charset="utf-8"><title>Chat</title><p style="font:15px system-ui;padding:24px">${text}</p></html>`, {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" },
    });
  }
}
