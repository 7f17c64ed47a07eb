// POST /api/chat/:channelId/session — a visitor id and its token for a new
// visitor (or the same ones back when the widget's stored session is valid).
import { z } from 'zod';
import { readBodyText } from '@/lib/api/read-json-body';
import { badRequest } from '@/lib/api/errors';
import { chatPreflight, chatRoute } from '@/lib/channels/chat/chat-route';
import { startChatSession } from '@/lib/channels/chat/start-chat-session';

const body = z.object({ visitorId: z.string().max(80).optional(), token: z.string().max(200).optional() }).strict();

export const POST = chatRoute(async ({ request, channel }) => {
  const raw = (await readBodyText(request, 4096)).trim();
  let existing: z.infer<typeof body> = {};
  if (raw) {
    try {
      existing = body.parse(JSON.parse(raw));
    } catch {
      throw badRequest('Send nothing, or {"visitorId","token"} of the session to resume');
    }
  }
  const session = startChatSession(channel, existing);
  return Response.json(session, { status: session.resumed ? 200 : 201, headers: { 'cache-control': 'no-store' } });
});

export const OPTIONS = chatPreflight('POST');
