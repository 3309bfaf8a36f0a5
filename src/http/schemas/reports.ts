// Council reports: drafts and published snapshots (presenters/reports.ts).
import { z } from '@hono/zod-openapi';
import { Timestamp } from './shared.ts';

export const Report = z
  .object({
    id: z.string().uuid(),
    opgave: z.object({ key: z.string(), title: z.string() }),
    period: z.string(),
    title: z.string(),
    status: z.enum(['draft', 'published']),
    created_at: Timestamp,
    published_at: Timestamp.nullable(),
    summary: z.object({
      format: z.literal('duiding.report-summary/v1'),
      lang: z.enum(['nl', 'en']),
      stories: z.number().int().nullable(),
      threshold: z.number().int(),
      suppressed: z.number().int(),
      indicators: z.number().int(),
      patterns: z.number().int(),
      channels: z.number().int(),
      questionnaires: z.array(z.string()),
      questionnaireIds: z.array(z.string()),
      quoted: z.array(z.string()),
      generatedMs: z.number(),
    }),
    pdf_bytes: z.number().int(),
    withdrawn_since_publication: z.number().int().nullable().openapi({ description: 'Published only: stories withdrawn since publication' }),
    quoted_stories_gone: z.number().int().nullable().openapi({ description: 'Published only: quoted stories no longer available' }),
    links: z.object({ pdf: z.string(), html: z.string() }),
  })
  .openapi('Report');

export const ReportList = z.object({ reports: z.array(Report) }).openapi('ReportList');
