// Generating a council report (a draft) as a job: the monitor as the council sees it, the HTML
// and the PDF (services/reports.ts); the page then links to the report in the list.
import type { ReportLang } from '../../../reports/document.ts';
import { generateReport } from '../../reports.ts';
import type { JobKind } from '../kind.ts';

export interface ReportJobParams {
  opgave: string;
  period: string | null;
  lang: ReportLang;
}

export const reportJob: JobKind<ReportJobParams, { reportId: string; opgave: string }> = {
  permission: 'reports.write',
  expireInSeconds: 15 * 60,
  async run({ ctx, params, progress }) {
    const made = await generateReport(ctx, params.opgave, { period: params.period, lang: params.lang, onProgress: progress });
    return { reportId: made.item.id, opgave: params.opgave };
  },
};
