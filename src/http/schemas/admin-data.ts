// The municipality's own records: the audit log.
import { z } from '@hono/zod-openapi';
import { Timestamp } from './shared.ts';

const AuditEntry = z.object({
  id: z.number().int(),
  at: Timestamp,
  actor: z.string().nullable(),
  action: z.string(),
  subject: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

export const AuditPage = z.object({ entries: z.array(AuditEntry), actions: z.array(z.string()), nextBefore: z.number().int().nullable() }).openapi('AuditPage');
