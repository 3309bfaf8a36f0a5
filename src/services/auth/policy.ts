// What each role may do: the one table every endpoint and page checks (docs/security.md).
import type { Role } from '../../db/schema/index.ts';

export const PERMISSIONS = {
  'overview.read': ['beheerder', 'analist', 'gespreksleider', 'interviewer', 'raad', 'aanbieder'],
  'stories.read': ['beheerder', 'analist', 'gespreksleider'],
  'stories.import': ['beheerder', 'analist'],
  'stories.export': ['beheerder', 'analist'],
  'questionnaires.read': ['beheerder', 'analist', 'gespreksleider', 'interviewer'],
  'questionnaires.write': ['beheerder', 'analist'],
  // aanbieder is left out until observations are filtered to its own provider (issue 6).
  'indicators.read': ['beheerder', 'analist', 'gespreksleider', 'raad'],
  'indicators.write': ['beheerder', 'analist'],
  'patterns.read': ['beheerder', 'analist', 'gespreksleider'],
  'audit.read': ['beheerder'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function allows(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
