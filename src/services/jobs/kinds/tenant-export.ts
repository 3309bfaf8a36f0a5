// The municipality's full export as a job: the ZIP streams into the job's result pieces, and the
// page offers it for download to the same municipality's beheerder.
import { writeTenantArchive } from '../../tenant-data.ts';
import { filePieceWriter } from '../files.ts';
import type { JobKind } from '../kind.ts';

export const tenantExportJob: JobKind<Record<string, never>, { files: number; bytes: number }> = {
  permission: 'tenant.manage',
  expireInSeconds: 30 * 60,
  async run({ ctx, jobId, progress }) {
    const writer = filePieceWriter(ctx, jobId, 'result');
    const written = await writeTenantArchive(ctx, (chunk) => writer.write(chunk), progress);
    await writer.close();
    return { files: written.files.length, bytes: written.bytes };
  },
};
