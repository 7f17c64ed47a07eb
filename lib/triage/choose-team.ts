// Which team owns a message, from its tags, as a pure function with a reason.
// With several tags the most urgent decides: incident > sales_lead > technical_issue >
// feature_request > ugc. Untagged messages go to Support when they are service
// questions (order status, opening hours) and to nobody when they are spam, auto-replies,
// job applications, opt-outs, bare thanks or off-topic chatter.
import type { MessageSignals } from './classifier/types';

export type TeamKey = 'sales' | 'support' | 'product' | 'incident' | 'marketing' | 'none';

export const TAG_PRECEDENCE = ['incident', 'sales_lead', 'technical_issue', 'feature_request', 'ugc'] as const;

export const DEFAULT_TEAM_FOR_TAG: Record<(typeof TAG_PRECEDENCE)[number], TeamKey> = {
  incident: 'incident',
  sales_lead: 'sales',
  technical_issue: 'support',
  feature_request: 'product',
  ugc: 'marketing',
};

const NOISE_REASON: Record<string, string> = {
  spam: 'spam or a scam',
  auto_reply: 'an auto-reply',
  job_application: 'a job application',
  opt_out: 'an opt-out keyword',
  thanks: 'a thank-you with nothing to act on',
};

export type ChooseTeamInput = {
  tags: ({ key: string } | string)[];
  signals?: Pick<MessageSignals, 'noise' | 'serviceQuestion'>;
};

export function chooseTeam({ tags, signals }: ChooseTeamInput): { team: TeamKey; reason: string } {
  const keys = new Set(tags.map((t) => (typeof t === 'string' ? t : t.key)));
  const winner = TAG_PRECEDENCE.find((k) => keys.has(k));
  if (winner) {
    const team = DEFAULT_TEAM_FOR_TAG[winner];
    const others = TAG_PRECEDENCE.filter((k) => k !== winner && keys.has(k));
    return { team, reason: `${winner} → ${team}${others.length ? ` (${winner} takes precedence over ${others.join(', ')})` : ''}` };
  }
  if (signals?.noise) return { team: 'none', reason: `untagged, ${NOISE_REASON[signals.noise] ?? signals.noise}` };
  if (signals?.serviceQuestion) return { team: 'support', reason: 'untagged service question → support' };
  // Custom tags route by the workspace's own rules (lib/routing); here they mean "someone should look".
  if (keys.size) return { team: 'support', reason: `custom tag ${[...keys].join(', ')} → support by default` };
  return { team: 'none', reason: 'untagged, nothing to act on (off-topic or chatter)' };
}
