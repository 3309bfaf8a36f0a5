// The tenant's small-cell threshold (tenants.settings.suppressionThreshold): read clamped, written
// only when valid (a whole number from 3), by the beheerder (tenant.manage).
import { findTenantById, setTenantSetting } from '../../db/repositories/monitor.repository.ts';
import { thresholdFromSettings, validateThreshold } from '../../domain/privacy/suppression.ts';
import type { ServiceContext } from '../context.ts';

export async function suppressionThreshold(ctx: ServiceContext): Promise<number> {
  return thresholdFromSettings((await findTenantById(ctx.db, ctx.tenantId))?.settings);
}

export async function setSuppressionThreshold(ctx: ServiceContext, value: unknown): Promise<number> {
  const threshold = validateThreshold(value);
  await setTenantSetting(ctx.db, ctx.tenantId, 'suppressionThreshold', threshold);
  return threshold;
}
