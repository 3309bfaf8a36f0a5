// A beheerder's "apply now": retention for their own municipality only, as a job with a page.
import { applyRetention } from '../../retention.ts';
import type { JobKind } from '../kind.ts';

export const retentionJob: JobKind<Record<string, never>, { deleted: number }> = {
  permission: 'tenant.manage',
  expireInSeconds: 15 * 60,
  async run({ ctx, progress }) {
    progress(0, 1);
    const run = await applyRetention(ctx.db, new Date(), ctx.tenantId);
    progress(1, 1);
    return { deleted: run.deleted };
  },
};
