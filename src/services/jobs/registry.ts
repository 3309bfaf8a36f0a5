// The kinds of job, by the name stored on the job's row. A new kind is one file in kinds/ and one
// line here; its permission decides who may start it and who may read its page and result.
import type { JobKind } from './kind.ts';
import { reportJob } from './kinds/report.ts';
import { retentionJob } from './kinds/retention.ts';
import { storiesImportJob } from './kinds/stories-import.ts';
import { tenantExportJob } from './kinds/tenant-export.ts';

export const JOB_KINDS = {
  report: reportJob,
  'stories-import': storiesImportJob,
  'tenant-export': tenantExportJob,
  retention: retentionJob,
} as const satisfies Record<string, JobKind<never, Record<string, unknown>>>;

export type JobKindName = keyof typeof JOB_KINDS;
export type JobParams<K extends JobKindName> = Parameters<(typeof JOB_KINDS)[K]['run']>[0]['params'];

export function isJobKind(kind: string): kind is JobKindName {
  return Object.hasOwn(JOB_KINDS, kind);
}
