// The audit log as the API sends it: timestamps as ISO 8601.
import type { AuditPage } from '../../services/audit.ts';

export function presentAuditPage(page: AuditPage) {
  return { ...page, entries: page.entries.map((entry) => ({ ...entry, at: entry.at.toISOString() })) };
}
