'use server';
// Server actions for the bell (the REST route app/api/notifications serves
// the same use cases): the signed-in member's list and marking read.
import { workspaceAction } from '@/lib/actions/workspace-action';
import { listNotifications, listNotificationsInput } from '@/lib/notifications/list-notifications';
import { markNotificationsRead, markReadInput } from '@/lib/notifications/mark-notifications-read';

export const listNotificationsAction = workspaceAction({ input: listNotificationsInput }, (ctx, input) => listNotifications(ctx, input));

export const markNotificationsReadAction = workspaceAction({ input: markReadInput }, (ctx, input) => markNotificationsRead(ctx, input));
