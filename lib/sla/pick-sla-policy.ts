// Which SLA policy applies to a conversation, as a pure function with a
// reason: the most specific enabled policy wins — severity + channel, then
// severity, then channel, then a default (neither). Ties: the first listed
// (callers pass policies oldest first).
export type SlaPolicyLike = {
  id: string;
  name: string;
  severity: number | null;
  provider: string | null;
  firstResponseMinutes: number;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  businessHoursOnly: boolean;
  businessHours: unknown;
  enabled: boolean;
};

export function pickSlaPolicy<P extends SlaPolicyLike>(policies: readonly P[], facts: { severity: number; provider: string }): { policy: P; reason: string } | null {
  const specificity = (p: P) => (p.severity !== null ? 2 : 0) + (p.provider !== null ? 1 : 0);
  let best: P | null = null;
  for (const p of policies) {
    if (!p.enabled) continue;
    if (p.severity !== null && p.severity !== facts.severity) continue;
    if (p.provider !== null && p.provider !== facts.provider) continue;
    if (!best || specificity(p) > specificity(best)) best = p;
  }
  if (!best) return null;
  const why = [best.severity !== null ? `SEV${best.severity}` : null, best.provider].filter(Boolean).join(' on ') || 'default';
  return { policy: best, reason: `${best.name} (${why})` };
}
