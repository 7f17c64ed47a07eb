// PUT /api/v1/conversations/:id/severity {"severity": 1-4, "note"?}: an agent
// sets the severity by hand; triage never changes it afterwards.
import { z } from 'zod';
import { withWorkspace } from '@/lib/api/with-workspace';
import { setSeverity, setSeverityInput } from '@/lib/conversations/set-severity';

export const dynamic = 'force-dynamic';

const params = z.object({ id: z.string().min(1).max(64) });

export const PUT = withWorkspace({ auth: 'any', params, body: setSeverityInput.omit({ conversationId: true }) }, ({ ctx, params, body }) =>
  setSeverity(ctx, { ...body, conversationId: params.id }),
);
