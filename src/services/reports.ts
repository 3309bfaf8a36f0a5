// Council reports: generate (a draft), list, open, publish. A report is ALWAYS built from the
// monitor as the council sees it (roles ['raad']), whoever asks for it, so no suppressed figure
// can reach a report. A draft is regenerated whenever it is opened or published, so it is never
// stale (e.g. after a withdrawal); a published report is a frozen snapshot whose stored bytes are
// returned unchanged, with a note of the stories withdrawn since (docs/reports.md).
import { findTenantById } from '../db/repositories/monitor.repository.ts';
import { findOpgaveByKey } from '../db/repositories/opgaven.repository.ts';
import { findQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import * as repo from '../db/repositories/reports.repository.ts';
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { InputRejected } from '../domain/problems.ts';
import { buildReportDocument } from '../reports/build-document.ts';
import type { ReportLang } from '../reports/document.ts';
import { renderHtml } from '../reports/html.ts';
import { renderPdf } from '../reports/pdf.ts';
import type { ServiceContext } from './context.ts';
import { buildMonitor } from './monitor/build.ts';
import { monitorMaps } from './monitor/maps.ts';

/** The role every report is built for: the council's view, with small-cell suppression. */
const REPORT_ROLES = ['raad'] as const;

/** What reports.summary holds: counts and keys for the list and the appendix; no story text. */
interface ReportSummary {
  format: 'duiding.report-summary/v1';
  lang: ReportLang;
  stories: number | null;
  threshold: number;
  suppressed: number;
  indicators: number;
  patterns: number;
  channels: number;
  questionnaires: string[];
  questionnaireIds: string[];
  /** curated_stories ids quoted in the report (ids only: to tell, later, whether one was withdrawn). */
  quoted: string[];
  generatedMs: number;
}

export interface ReportItem {
  id: string;
  opgave: { key: string; title: string };
  period: string;
  title: string;
  status: 'draft' | 'published';
  createdAt: Date;
  publishedAt: Date | null;
  summary: ReportSummary;
  pdfBytes: number;
  /** Published only (else 0): stories withdrawn since publication, and quoted stories no longer there. */
  withdrawnSince: number;
  quotedGone: number;
}

export interface OpenedReport {
  item: ReportItem;
  /** The stored bytes (published) or freshly generated ones (draft). */
  html: string;
  pdf: Buffer;
}

const ALL_PERIODS = 'alle';

export async function generateReport(
  ctx: ServiceContext,
  opgaveKey: string,
  /** onProgress: the steps done of four (monitor, maps, HTML and PDF, stored), for a job's page. */
  options: { period?: string | null; lang?: ReportLang; onProgress?: (done: number, total: number) => void } = {},
): Promise<OpenedReport> {
  const opgave = await findOpgaveByKey(ctx.db, ctx.tenantId, opgaveKey);
  if (!opgave) throw unknownOpgave(opgaveKey);
  const rendered = await render(ctx, opgaveKey, options.period ?? null, options.lang ?? 'nl', options.onProgress);
  const id = await ctx.db.transaction(async (tx) => {
    await repo.deleteDrafts(tx, ctx.tenantId, opgave.id, rendered.period);
    return repo.insertReport(tx, {
      tenantId: ctx.tenantId,
      opgaveId: opgave.id,
      period: rendered.period,
      title: rendered.title,
      status: 'draft',
      html: rendered.html,
      pdf: rendered.pdf,
      summary: rendered.summary,
      createdBy: ctx.actorUserId,
    });
  });
  options.onProgress?.(4, 4);
  return { item: (await reportItem(ctx, id))!, html: rendered.html, pdf: rendered.pdf };
}

/** Refuses an opgave this municipality does not have, before a report job is queued. */
export async function checkReportOpgave(ctx: ServiceContext, opgaveKey: string): Promise<void> {
  if (!(await findOpgaveByKey(ctx.db, ctx.tenantId, opgaveKey))) throw unknownOpgave(opgaveKey);
}

export async function listReports(ctx: ServiceContext, options: { opgaveKey?: string } = {}): Promise<ReportItem[]> {
  let opgaveId: string | undefined;
  if (options.opgaveKey) {
    const opgave = await findOpgaveByKey(ctx.db, ctx.tenantId, options.opgaveKey);
    if (!opgave) throw unknownOpgave(options.opgaveKey);
    opgaveId = opgave.id;
  }
  const items = (await repo.listReports(ctx.db, ctx.tenantId, opgaveId)).map(toItem);
  for (const item of items) await addWithdrawals(ctx, item);
  return items;
}

export async function openReport(ctx: ServiceContext, id: string): Promise<OpenedReport> {
  const row = await findOrFail(ctx, id);
  if (row.status === 'published') return { item: (await reportItem(ctx, id))!, html: row.html, pdf: row.pdf ?? Buffer.alloc(0) };
  const fresh = await refreshDraft(ctx, row);
  return { item: (await reportItem(ctx, id))!, html: fresh.html, pdf: fresh.pdf };
}

/** Regenerates the draft one last time (so nothing withdrawn is frozen into it), then freezes it. */
export async function publishReport(ctx: ServiceContext, id: string, options: { regenerate?: boolean } = {}): Promise<OpenedReport> {
  const row = await findOrFail(ctx, id);
  if (row.status === 'published') {
    throw new InputRejected([{ field: 'id', code: 'already-published', nl: 'dit rapport is al gepubliceerd', en: 'this report has already been published' }]);
  }
  // The CLI publishes the draft it made a moment ago; everyone else gets a fresh one.
  const fresh = options.regenerate === false ? { html: row.html, pdf: row.pdf ?? Buffer.alloc(0) } : await refreshDraft(ctx, row);
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.markPublished(tx, ctx.tenantId, id, ctx.actorUserId))) {
      throw new InputRejected([{ field: 'id', code: 'already-published', nl: 'dit rapport is al gepubliceerd', en: 'this report has already been published' }]);
    }
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'report.publish',
      subject: id,
      detail: { opgave: row.opgaveKey, period: row.period },
    });
  });
  return { item: (await reportItem(ctx, id))!, html: fresh.html, pdf: fresh.pdf };
}

async function refreshDraft(ctx: ServiceContext, row: repo.ReportRow & { opgaveKey: string }) {
  const lang = (row.summary as Partial<ReportSummary>).lang ?? 'nl';
  const fresh = await render(ctx, row.opgaveKey, row.period === ALL_PERIODS ? null : row.period, lang);
  await repo.updateDraft(ctx.db, ctx.tenantId, row.id, { title: fresh.title, html: fresh.html, pdf: fresh.pdf, summary: fresh.summary });
  return fresh;
}

async function render(ctx: ServiceContext, opgaveKey: string, period: string | null, lang: ReportLang, step = (_done: number, _total: number) => {}) {
  const started = performance.now();
  step(0, 4);
  const monitor = await buildMonitor(ctx, opgaveKey, { roles: REPORT_ROLES, period });
  step(1, 4);
  const tenant = await findTenantById(ctx.db, ctx.tenantId);
  // Maps at the report's chart width (480 pt), from the same disclosed monitor data.
  const maps = await monitorMaps(ctx, monitor, 480);
  step(2, 4);
  const doc = buildReportDocument(monitor, { lang, accent: accentOf(tenant?.settings), maps });
  const html = renderHtml(doc);
  const pdf = await renderPdf(doc);
  step(3, 4);
  const questionnaireIds: string[] = [];
  for (const key of monitor.method.questionnaires) {
    const q = await findQuestionnaire(ctx.db, ctx.tenantId, key);
    if (q) questionnaireIds.push(q.id);
  }
  const summary: ReportSummary = {
    format: 'duiding.report-summary/v1',
    lang,
    stories: typeof monitor.method.stories === 'number' ? monitor.method.stories : null,
    threshold: monitor.threshold,
    suppressed: monitor.suppressions.length,
    indicators: monitor.indicators.length,
    patterns: monitor.patterns.length,
    channels: monitor.method.channels.length,
    questionnaires: monitor.method.questionnaires,
    questionnaireIds,
    quoted: [...monitor.curatedStories, ...monitor.patterns.flatMap((p) => p.stories)].map((s) => s.id),
    generatedMs: Math.round(performance.now() - started),
  };
  return { period: monitor.period ?? ALL_PERIODS, title: doc.title, html, pdf, summary };
}

/** tenants.settings.theme.primaryColor, the colour the teller's page uses too. */
export function accentOf(settings: unknown): string | undefined {
  const theme = typeof settings === 'object' && settings !== null ? (settings as { theme?: { primaryColor?: unknown } }).theme : undefined;
  const color = theme?.primaryColor;
  if (typeof color !== 'string') return undefined;
  if (/^#[0-9a-f]{6}$/i.test(color)) return color;
  return /^#[0-9a-f]{3}$/i.test(color) ? `#${[...color.slice(1)].map((ch) => ch + ch).join('')}` : undefined;
}

async function findOrFail(ctx: ServiceContext, id: string) {
  const row = /^[0-9a-f-]{36}$/i.test(id) ? await repo.findReport(ctx.db, ctx.tenantId, id) : null;
  if (!row) throw new InputRejected([{ field: 'id', code: 'unknown-report', nl: 'dit rapport bestaat niet (meer)', en: 'this report does not exist' }], 404);
  return row;
}

/** One report's list entry (no bytes), or null when it does not exist in this municipality. */
export async function reportItemOf(ctx: ServiceContext, id: string): Promise<ReportItem | null> {
  return /^[0-9a-f-]{36}$/i.test(id) ? reportItem(ctx, id) : null;
}

async function reportItem(ctx: ServiceContext, id: string): Promise<ReportItem | null> {
  const row = await repo.findReportListItem(ctx.db, ctx.tenantId, id);
  return row ? addWithdrawals(ctx, toItem(row)) : null;
}

/** A published snapshot is never changed; what happened since is counted beside it. */
async function addWithdrawals(ctx: ServiceContext, item: ReportItem): Promise<ReportItem> {
  if (item.status !== 'published' || !item.publishedAt) return item;
  item.withdrawnSince = await repo.countWithdrawalsSince(ctx.db, ctx.tenantId, item.publishedAt, item.summary.questionnaireIds ?? []);
  const quoted = item.summary.quoted ?? [];
  item.quotedGone = quoted.length - (await repo.countExistingCurations(ctx.db, ctx.tenantId, quoted));
  return item;
}

function toItem(row: Awaited<ReturnType<typeof repo.listReports>>[number]): ReportItem {
  return {
    id: row.id,
    opgave: { key: row.opgaveKey, title: row.opgaveTitle },
    period: row.period,
    title: row.title,
    status: row.status,
    createdAt: row.createdAt,
    publishedAt: row.publishedAt,
    summary: row.summary as ReportSummary,
    pdfBytes: row.pdfBytes,
    withdrawnSince: 0,
    quotedGone: 0,
  };
}

function unknownOpgave(key: string) {
  return new InputRejected(
    [
      {
        field: 'opgave',
        code: 'unknown-opgave',
        nl: `opgave "${key}" bestaat niet in deze gemeente`,
        en: `opgave "${key}" does not exist in this municipality`,
      },
    ],
    404,
  );
}
