// Auto-acknowledgement settings: Channel.settings.autoAck for a channel, and
// Team.settings.autoAck for the team a conversation is routed to (the team's
// fields win over the channel's). Templates may use {{contact.firstName}},
// {{contact.name}}, {{team.name}}, {{team.nextShiftStart}}, {{workspace.name}}
// and {{channel.name}}.
import { z } from 'zod';

export const autoAckSettings = z
  .object({
    enabled: z.boolean().optional(),
    // Sent when a new conversation opens.
    message: z.string().trim().min(1).max(2000).optional(),
    // Sent instead when nobody in the routed team is on shift.
    outOfHoursMessage: z.string().trim().min(1).max(2000).optional(),
  })
  .strict();

export type AutoAckSettings = z.infer<typeof autoAckSettings>;

function read(settings: unknown): AutoAckSettings {
  const raw = settings && typeof settings === 'object' ? (settings as Record<string, unknown>).autoAck : undefined;
  const r = autoAckSettings.safeParse(raw ?? {});
  return r.success ? r.data : {};
}

export function effectiveAutoAck(channelSettings: unknown, teamSettings: unknown): Required<Pick<AutoAckSettings, 'enabled'>> & AutoAckSettings {
  const channel = read(channelSettings);
  const team = read(teamSettings);
  return {
    enabled: team.enabled ?? channel.enabled ?? false,
    message: team.message ?? channel.message,
    outOfHoursMessage: team.outOfHoursMessage ?? channel.outOfHoursMessage,
  };
}

// Fills {{name}} placeholders; unknown ones become empty rather than leak braces to a customer.
export function renderTemplate(template: string, vars: Record<string, string>): string {
  return template
    .replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, key: string) => vars[key] ?? '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
