// A council report as the API describes it (schemas/reports.ts), and its download.
import type { Context } from 'hono';
import type { OpenedReport, ReportItem } from '../../services/reports.ts';

export function presentReport(item: ReportItem) {
  return {
    id: item.id,
    opgave: item.opgave,
    period: item.period,
    title: item.title,
    status: item.status,
    created_at: item.createdAt.toISOString(),
    published_at: item.publishedAt?.toISOString() ?? null,
    summary: item.summary,
    pdf_bytes: item.pdfBytes,
    withdrawn_since_publication: item.status === 'published' ? item.withdrawnSince : null,
    quoted_stories_gone: item.status === 'published' ? item.quotedGone : null,
    links: { pdf: `/api/v1/reports/${item.id}.pdf`, html: `/api/v1/reports/${item.id}.html` },
  };
}

/** File name of a download: raadsrapportage-zo-thuis-2026.pdf */
function reportFileName(item: ReportItem, ext: 'pdf' | 'html'): string {
  return `raadsrapportage-${item.opgave.key}-${item.period}.${ext}`.replace(/[^a-z0-9.-]/gi, '-');
}

/** The document as an attachment: never rendered inside the app (its own inline CSS meets our CSP nowhere). */
export function reportDownload(c: Context, opened: OpenedReport, ext: 'pdf' | 'html') {
  const headers: Record<string, string> = {
    'content-type': ext === 'pdf' ? 'application/pdf' : 'text/html; charset=utf-8',
    'content-disposition': `attachment; filename="${reportFileName(opened.item, ext)}"`,
    'cache-control': 'private, no-store',
    'x-duiding-report-status': opened.item.status,
  };
  if (opened.item.status === 'published') {
    headers['x-duiding-withdrawn-since'] = String(opened.item.withdrawnSince);
    headers['x-duiding-quoted-gone'] = String(opened.item.quotedGone);
  }
  const body = ext === 'pdf' ? new Uint8Array(opened.pdf) : opened.html;
  return c.body(body, 200, headers);
}
