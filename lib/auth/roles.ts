// Roles are ordered: an admin can do what a manager can, a manager what an agent can.
import type { Role } from '@/lib/generated/prisma/enums';

const rank: Record<Role, number> = { agent: 1, manager: 2, admin: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return rank[role] >= rank[atLeast];
}

export type { Role };
