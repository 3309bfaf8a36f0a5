// Published network reports (issue 15, docs/network.md "Published reports"): requests and
// documents. Types are checked here; a blank or too long title and a period that does not parse
// the service refuses, naming the field in Dutch and English.
import { z } from '@hono/zod-openapi';
import { NetworkCompareDocument } from './network-compare.ts';

const Network = z.object({ slug: z.string(), name: z.string() });
const Period = z
  .object({ from: z.string().nullable(), to: z.string().nullable() })
  .openapi({ description: 'The months whose stories count, as published (from/to); null = open' });

export const PublishReportRequest = z
  .object({
    title: z.string().max(1000).openapi({ example: 'Vergelijking eerste kwartaal' }),
    from: z
      .string()
      .max(20)
      .nullable()
      .optional()
      .openapi({ description: 'A month (2026-03), quarter (2026-Q1) or year; open when absent', example: '2026-01' }),
    to: z.string().max(20).nullable().optional().openapi({ example: '2026-03' }),
  })
  .openapi('PublishNetworkReportRequest');

export const ReportSummary = z
  .object({ id: z.string(), title: z.string(), period: Period, publishedAt: z.string().openapi({ description: 'ISO 8601' }) })
  .openapi('NetworkReportSummary');

export const ReportList = z.object({ network: Network, reports: z.array(ReportSummary) }).openapi('NetworkReportList');

export const PublishedReport = z
  .object({
    network: Network,
    report: ReportSummary.extend({
      document: NetworkCompareDocument.openapi({
        description: 'The comparison as published: the view of a reader who sees only the members that opted to be named (viewer "published")',
      }),
      members: z
        .array(z.object({ label: z.string(), named: z.boolean() }))
        .openapi({ description: 'The members at publication; a name only for a member that was named' }),
      leftSince: z
        .object({ count: z.number().int(), named: z.array(z.string()) })
        .openapi({ description: 'Members in the report that have left the network since: how many, and the names of those that were named' }),
    }),
  })
  .openapi('NetworkReport');
