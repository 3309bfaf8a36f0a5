// Published network reports (issue 15, docs/network.md "Published reports"): the coordinator
// freezes a comparison; every active member reads it later, also after members left. The rule:
// leaving removes a member's data from every FUTURE comparison; a published report keeps its
// snapshot and says that a member has left since (by name only if it was named).
//
// Whose view is stored: not the publisher's. A report is read by every member, so it holds the
// comparison as the 'published' viewer sees it (domain/network/disclosure.ts): named members by
// name (rounded), the others only inside aggregates, and an aggregate only where no reader —
// named, not named, or joined later — could subtract its own figure and be left with fewer than
// MINIMUM_MEMBERS members.
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import { activeMembers, namedMembers } from '../../db/repositories/network.repository.ts';
import { findReport, insertReport, listReports } from '../../db/repositories/network-reports.repository.ts';
import type { ReportMember } from '../../db/schema/index.ts';
import { pseudonyms } from '../../domain/network/disclosure.ts';
import { parseMonthRange } from '../../domain/network/period.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import { memberNetwork } from '../network/membership.ts';
import { compareNetwork, type NetworkCompareDocument } from './compare.ts';

const TITLE_MAX = 300;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export interface PublishInput {
  title?: unknown;
  from?: unknown;
  to?: unknown;
}

export interface ReportSummary {
  id: string;
  title: string;
  period: { from: string | null; to: string | null };
  publishedAt: string;
}

export interface PublishedReport extends ReportSummary {
  document: NetworkCompareDocument;
  /** The members at publication: a name only for a member that was named. */
  members: { label: string; named: boolean }[];
  /** Members in the report that are no longer members now: how many, and the names of those that were named. */
  leftSince: { count: number; named: string[] };
}

/** Title and period, every problem at once, each naming its field. */
function readPublishInput(input: PublishInput): { title: string; from: string | null; to: string | null } {
  const problems: Problem[] = [];
  const title = typeof input.title === 'string' ? input.title.trim() : '';
  if (input.title !== undefined && typeof input.title !== 'string')
    problems.push({ field: 'title', code: 'not-text', nl: 'de titel moet tekst zijn', en: 'the title must be text' });
  else if (!title) problems.push({ field: 'title', code: 'missing', nl: 'geef het rapport een titel', en: 'give the report a title' });
  else if (title.length > TITLE_MAX)
    problems.push({
      field: 'title',
      code: 'too-long',
      nl: `de titel is te lang: maximaal ${TITLE_MAX} tekens`,
      en: `the title is too long: at most ${TITLE_MAX} characters`,
    });
  const periodText = (name: 'from' | 'to', value: unknown): string | null => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    problems.push({ field: name, code: 'not-text', nl: 'de periode moet tekst zijn, zoals 2026-03', en: 'the period must be text, such as 2026-03' });
    return null;
  };
  const from = periodText('from', input.from);
  const to = periodText('to', input.to);
  try {
    parseMonthRange({ from, to });
  } catch (error) {
    if (!(error instanceof InputRejected)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length) throw new InputRejected(problems);
  return { title, from, to };
}

/** The coordinator publishes the comparison of now (for the period) as a report. */
export async function publishReport(ctx: ServiceContext, slug: string, input: PublishInput): Promise<ReportSummary> {
  const { network } = await memberNetwork(ctx, slug);
  const { title, from, to } = readPublishInput(input);
  const document = await compareNetwork(ctx, slug, { from, to, published: true });
  const members = await membersNow(ctx, network.id);
  return ctx.db.transaction(async (tx) => {
    const row = await insertReport(tx, {
      networkId: network.id,
      title,
      periodFrom: document.period.from,
      periodTo: document.period.to,
      document,
      members,
      publishedBy: ctx.actorUserId,
    });
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'network.report',
      subject: network.slug,
      detail: { report: row.id },
    });
    return { id: row.id, title, period: document.period, publishedAt: row.publishedAt.toISOString() };
  });
}

/** The active members now, labelled as the comparison labels them (pseudonyms by sorted tenant id). */
async function membersNow(ctx: ServiceContext, networkId: string): Promise<ReportMember[]> {
  const active = await activeMembers(ctx.db, networkId);
  const names = new Map((await namedMembers(ctx.db, networkId)).map((m) => [m.tenantId, m.name]));
  const letters = pseudonyms(active.map((m) => m.tenantId).sort());
  return active.map((m) => {
    const name = m.named ? (names.get(m.tenantId) ?? null) : null;
    return { tenantId: m.tenantId, named: m.named, name, label: name ?? `gemeente ${letters.get(m.tenantId)}` };
  });
}

export async function listNetworkReports(ctx: ServiceContext, slug: string): Promise<{ network: { slug: string; name: string }; reports: ReportSummary[] }> {
  const { network } = await memberNetwork(ctx, slug);
  const rows = await listReports(ctx.db, network.id);
  return {
    network: { slug: network.slug, name: network.name },
    reports: rows.map((r) => ({ id: r.id, title: r.title, period: { from: r.periodFrom, to: r.periodTo }, publishedAt: r.publishedAt.toISOString() })),
  };
}

export async function readNetworkReport(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<{ network: { slug: string; name: string }; report: PublishedReport }> {
  const { network } = await memberNetwork(ctx, slug);
  const row = UUID.test(id) ? await findReport(ctx.db, network.id, id) : null;
  if (!row)
    throw new InputRejected(
      [{ field: 'report', code: 'unknown-report', nl: 'dit rapport bestaat niet in dit netwerk', en: `report ${id} does not exist in this network` }],
      404,
    );
  const stillActive = new Set((await activeMembers(ctx.db, network.id)).map((m) => m.tenantId));
  const left = row.members.filter((m) => !stillActive.has(m.tenantId));
  return {
    network: { slug: network.slug, name: network.name },
    report: {
      id: row.id,
      title: row.title,
      period: { from: row.periodFrom, to: row.periodTo },
      publishedAt: row.publishedAt.toISOString(),
      document: row.document as NetworkCompareDocument,
      members: row.members.map((m) => ({ label: m.named && m.name ? m.name : m.label, named: m.named })),
      leftSince: { count: left.length, named: left.flatMap((m) => (m.named && m.name ? [m.name] : [])) },
    },
  };
}
