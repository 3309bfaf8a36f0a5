// Providers (role aanbieder) see their own provider's figures beside the whole-area figures,
// never another provider's (issue 6). Decided here, in the service layer, from the person's
// memberships, so the API, the pages and any later screen get the same answer.
import { membershipRoles } from '../../db/repositories/provider-scope.repository.ts';
import type { Observation } from '../../domain/indicators/types.ts';
import type { ServiceContext } from '../context.ts';
import { PERMISSIONS } from './policy.ts';

/** null: every observation; otherwise the provider codes besides the whole area ('' / null). */
export async function visibleProviders(ctx: ServiceContext): Promise<ReadonlySet<string> | null> {
  // The CLI and jobs act for the municipality as a whole.
  if (!ctx.actorUserId) return null;
  const roles = await membershipRoles(ctx.db, ctx.tenantId, ctx.actorUserId);
  const readers: readonly string[] = PERMISSIONS['indicators.read'];
  if (roles.some((m) => m.role !== 'aanbieder' && readers.includes(m.role))) return null;
  // An aanbieder without a provider code sees only the whole-area figures.
  return new Set(roles.filter((m) => m.role === 'aanbieder' && m.providerCode).map((m) => m.providerCode!));
}

export function filterObservations<T extends Pick<Observation, 'provider'>>(observations: T[], providers: ReadonlySet<string> | null): T[] {
  if (providers === null) return observations;
  return observations.filter((o) => !o.provider || providers.has(o.provider));
}
