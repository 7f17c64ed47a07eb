// The admin form's input for creating and editing channels (server actions).
import { z } from 'zod';
import { PROVIDERS, rawSecrets, rawSettings } from '@/lib/channels/channel-fields';

export const channelFormFields = {
  name: z.string().trim().min(1, 'Give the channel a name').max(100),
  enabled: z.boolean().default(true),
  settings: rawSettings.default({}),
  secrets: rawSecrets.default({}),
};

export const createChannelInput = z.object({ provider: z.enum(PROVIDERS as [string, ...string[]]), ...channelFormFields }).strict();
export const updateChannelInput = z.object({ id: z.string().min(1).max(64), ...channelFormFields }).strict();

export type CreateChannelInput = z.infer<typeof createChannelInput>;
export type UpdateChannelInput = z.infer<typeof updateChannelInput>;
