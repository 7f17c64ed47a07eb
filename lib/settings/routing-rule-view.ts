// A routing rule as the API and the settings pages show it.
import type { RoutingAction, RoutingConditions } from '@/lib/routing/routing-rule-schema';

export type RoutingRuleView = {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  conditions: RoutingConditions;
  action: RoutingAction;
  createdAt: Date;
  updatedAt: Date;
};

type Row = { id: string; name: string; position: number; enabled: boolean; conditions: unknown; action: unknown; createdAt: Date; updatedAt: Date };

export function routingRuleView(r: Row): RoutingRuleView {
  return {
    id: r.id,
    name: r.name,
    position: r.position,
    enabled: r.enabled,
    conditions: (r.conditions ?? {}) as RoutingConditions,
    action: (r.action ?? {}) as RoutingAction,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export const ROUTING_RULE_FIELDS = ['name', 'position', 'enabled', 'conditions', 'action'] as const;
