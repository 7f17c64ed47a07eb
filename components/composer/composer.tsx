// The composer at the bottom of a conversation (server part): loads what the
// editor needs besides the conversation (channels to answer on, saved
// replies, members to @mention, variable values) and hands it to the client
// editor. Rendered with key={conversation id}, so each conversation gets its
// own editor state; drafts live in sessionStorage (use-composer-draft).
import { getComposerContext } from '@/lib/conversations/get-composer-context';
import { scopedDb } from '@/lib/tenancy';
import { currentCaller } from '@/lib/ui/current-caller';
import { ComposerEditor } from '@/components/composer/composer-editor';

type Props = { conversationId: string; myMembershipId: string | null; latestMessageId: string | null };

export async function Composer({ conversationId, myMembershipId, latestMessageId }: Props) {
  const caller = await currentCaller();
  const context = caller ? await getComposerContext({ ...caller, db: scopedDb(caller.workspaceId) }, conversationId) : null;
  if (!context) return null;
  return <ComposerEditor conversationId={conversationId} myMembershipId={myMembershipId} latestMessageId={latestMessageId} context={context} serverNow={new Date()} />;
}
