// The audit log as the beheerder reads it: who read raw stories, exported, changed roles,
// published a report, and what the retention job deleted. Kept, never edited (the database role
// of the application may not update or delete it; see docs/security.md).
import { auditActions, pageAudit } from '../db/repositories/audit.repository.ts';
import type { ServiceContext } from './context.ts';

interface AuditEntry {
  id: number;
  at: Date;
  actor: string | null;
  action: string;
  subject: string;
  detail: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntry[];
  actions: string[];
  /** id to pass as `before` for the next (older) page, or null at the end. */
  nextBefore: number | null;
}

const PAGE = 50;

export async function auditPage(ctx: ServiceContext, options: { action?: string; before?: number } = {}): Promise<AuditPage> {
  const before = options.before !== undefined && Number.isSafeInteger(options.before) ? options.before : undefined;
  const rows = await pageAudit(ctx.db, ctx.tenantId, { action: options.action, before, limit: PAGE + 1 });
  const page = rows.slice(0, PAGE);
  return {
    entries: page.map(({ entry, actor }) => ({
      id: entry.id,
      at: entry.at,
      actor,
      action: entry.action,
      subject: entry.subject,
      detail: entry.detail as Record<string, unknown>,
    })),
    actions: await auditActions(ctx.db, ctx.tenantId),
    nextBefore: rows.length > PAGE ? page[page.length - 1].entry.id : null,
  };
}
