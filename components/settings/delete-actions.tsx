'use client';
// The delete buttons of the settings pages, each bound to its server action
// (a server page cannot pass a bound action with arguments to a client
// component more simply than this).
import { deleteRoutingRuleAction } from '@/app/(manage)/settings/routing/actions';
import { deleteShiftAction } from '@/app/(manage)/settings/shifts/actions';
import { deleteSlaPolicyAction } from '@/app/(manage)/settings/sla/actions';
import { deleteTagRuleAction } from '@/app/(manage)/settings/tags/actions';
import { DeleteButton } from './delete-button';

export const DeleteRoutingRule = ({ id, name }: { id: string; name: string }) => <DeleteButton what={`“${name}”`} action={() => deleteRoutingRuleAction({ id })} after="/settings/routing" />;
export const DeleteShift = ({ id, name }: { id: string; name: string }) => <DeleteButton what={`“${name}”`} action={() => deleteShiftAction({ id })} after="/settings/shifts" />;
export const DeleteSlaPolicy = ({ id, name }: { id: string; name: string }) => <DeleteButton what={`“${name}”`} action={() => deleteSlaPolicyAction({ id })} after="/settings/sla" />;
export const DeleteTagRule = ({ id, name, tagId }: { id: string; name: string; tagId: string }) => (
  <DeleteButton what={`“${name}”`} action={() => deleteTagRuleAction({ id })} after={`/settings/tags/${tagId}`} />
);
