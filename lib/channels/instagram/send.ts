// Instagram replies: DMs and replies to comments (see meta/send-page-reply).
import { pageReplySender } from '@/lib/channels/meta/send-page-reply';

export const sendInstagramMessage = pageReplySender({ label: 'Instagram', commentReplyEdge: 'replies' });
