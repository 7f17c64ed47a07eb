'use server';
// The server action behind the collision guard's composer: sendReply through
// the action wrapper (session, role, zod, workspace scope, one error shape).
// A colleague's overlapping reply comes back as { ok: false, error: { code:
// 'reply_overlap', ... } }; the agent confirms and it is sent again with
// confirmOverlap. The full composer (another component) may use it as well.
import { workspaceAction } from '@/lib/actions/workspace-action';
import { sendReply, sendReplyInput } from '@/lib/conversations/send-reply';

export const sendReplyAction = workspaceAction({ input: sendReplyInput, role: 'agent' }, async (ctx, input) => {
  const message = await sendReply(ctx, input);
  return { id: message.id, status: message.status, direction: message.direction };
});
