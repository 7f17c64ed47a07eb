// What the composer of one conversation needs besides the conversation:
// the channels it can answer on (list-reply-channels), the saved replies
// (the conversation's team's first), the members a note can @mention, and
// the values saved-reply variables take (contact, agent, workspace).
import type { Caller } from '@/lib/auth/session';
import type { ScopedDb } from '@/lib/tenancy';
import { listReplyChannels, type ReplyChannel } from '@/lib/conversations/list-reply-channels';

export type ComposerSavedReply = { id: string; title: string; body: string; shortcut: string | null; team: string | null };
export type ComposerMember = { membershipId: string; name: string; email: string };
export type ComposerContext = {
  channels: ReplyChannel[];
  savedReplies: ComposerSavedReply[];
  members: ComposerMember[];
  vars: { contact: { name: string; handle: string | null }; agent: { name: string | null }; workspace: { name: string | null } };
};

export async function getComposerContext(ctx: Caller & { db: ScopedDb }, conversationId: string): Promise<ComposerContext | null> {
  const c = await ctx.db.conversation.findUnique({
    where: { id: conversationId },
    include: { channel: { select: { id: true, provider: true, name: true } }, contact: { select: { name: true, identities: { select: { handle: true }, where: { handle: { not: null } }, take: 1 } } } },
  });
  if (!c) return null;
  const [channels, replies, members, workspace] = await Promise.all([
    listReplyChannels(ctx.db, c),
    ctx.db.savedReply.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true, body: true, shortcut: true, teamId: true, team: { select: { name: true } } } }),
    ctx.db.membership.findMany({ where: { active: true }, select: { id: true, user: { select: { name: true, email: true } } }, orderBy: { user: { name: 'asc' } } }),
    ctx.db.workspace.findFirst({ select: { name: true } }),
  ]);
  // The conversation's team's replies first, then the shared ones, then other teams'.
  const rank = (teamId: string | null) => (teamId && teamId === c.teamId ? 0 : teamId ? 2 : 1);
  const savedReplies = [...replies]
    .sort((a, b) => rank(a.teamId) - rank(b.teamId) || a.title.localeCompare(b.title))
    .map((r) => ({ id: r.id, title: r.title, body: r.body, shortcut: r.shortcut, team: r.team?.name ?? null }));
  return {
    channels,
    savedReplies,
    members: members.map((m) => ({ membershipId: m.id, name: m.user.name, email: m.user.email })),
    vars: {
      contact: { name: c.contact.name, handle: c.contact.identities[0]?.handle ?? null },
      agent: { name: ctx.actor.type === 'user' ? ctx.actor.name : null },
      workspace: { name: workspace?.name ?? null },
    },
  };
}
