// POST /api/chat/:channelId/contact — the visitor leaves an email address
// (and a name): {visitorId, token, email, name?} → {ok: true}, whatever we knew.
import { readJsonBody } from '@/lib/api/read-json-body';
import { chatPreflight, chatRoute } from '@/lib/channels/chat/chat-route';
import { chatContactBody } from '@/lib/channels/chat/schema';
import { isValidVisitor } from '@/lib/channels/chat/visitor-token';
import { invalidVisitor } from '@/lib/channels/chat/receive-chat-message';
import { captureVisitorEmail } from '@/lib/channels/chat/capture-visitor-email';

export const POST = chatRoute(async ({ request, channel }) => {
  const body = chatContactBody.parse(await readJsonBody(request, 8192));
  if (!isValidVisitor(channel, body.visitorId, body.token)) throw invalidVisitor();
  await captureVisitorEmail(channel, body);
  return Response.json({ ok: true });
});

export const OPTIONS = chatPreflight('POST');
