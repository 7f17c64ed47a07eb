// An SLA policy as the API and the settings pages show it.
export type SlaPolicyView = {
  id: string;
  name: string;
  severity: number | null;
  provider: string | null;
  firstResponseMinutes: number;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  businessHoursOnly: boolean;
  businessHours: { timezone: string; days: { day: number; start: string; end: string }[] } | null;
  enabled: boolean;
  createdAt: Date;
};

type Row = Omit<SlaPolicyView, 'businessHours'> & { businessHours: unknown };

export function slaPolicyView(p: Row): SlaPolicyView {
  const bh = p.businessHours as { timezone?: string; days?: unknown } | null;
  return {
    id: p.id,
    name: p.name,
    severity: p.severity,
    provider: p.provider,
    firstResponseMinutes: p.firstResponseMinutes,
    nextResponseMinutes: p.nextResponseMinutes,
    resolutionMinutes: p.resolutionMinutes,
    businessHoursOnly: p.businessHoursOnly,
    businessHours: bh && typeof bh.timezone === 'string' && Array.isArray(bh.days) ? (bh as SlaPolicyView['businessHours']) : null,
    enabled: p.enabled,
    createdAt: p.createdAt,
  };
}

export const SLA_POLICY_FIELDS = ['name', 'severity', 'provider', 'firstResponseMinutes', 'nextResponseMinutes', 'resolutionMinutes', 'businessHoursOnly', 'businessHours', 'enabled'] as const;
