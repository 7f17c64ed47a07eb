// Messenger replies: Page DMs and replies to Page comments (see meta/send-page-reply).
import { pageReplySender } from '@/lib/channels/meta/send-page-reply';

export const sendMessengerMessage = pageReplySender({ label: 'Messenger', commentReplyEdge: 'comments' });
