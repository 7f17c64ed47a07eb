// GET /api/inbox/palette — the team, tag and channel names behind the command
// palette's "go to" commands, for the signed-in app only (the palette fetches
// it once per page load; see components/command-palette).
import { withWorkspace } from '@/lib/api/with-workspace';
import { listViewNames } from '@/lib/conversations/list-view-names';

export const GET = withWorkspace({ auth: 'session' }, async ({ ctx }) => listViewNames(ctx));
