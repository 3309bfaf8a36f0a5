// Judging an assumption: a status (houdt stand / twijfelachtig / weerlegd / nog onbekend) is only
// ever set together with evidence, and every change is kept (assumption_status_changes is never
// updated). This rule lives here, not in a route, so the API, the pages and the CLI share it.
import { insertStatusChange, updateTocElement } from '../db/repositories/opgaven.repository.ts';
import { parseEvidence, type Evidence } from '../domain/opgaven/evidence.ts';
import { oneOf } from '../domain/opgaven/input.ts';
import { ASSUMPTION_STATUSES, type AssumptionStatus } from '../domain/opgaven/vocabulary.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';
import { attachPatternStats, checkReferences } from './evidence-check.ts';
import { requireElement } from './opgaven-edit.ts';

export interface JudgeInput {
  status?: unknown;
  /**
   * { note, items: [{kind: 'pattern'|'story'|'indicator'|'dialogue', …}] }. A pattern that is not
   * significant needs `confirmNotSignificant: true` on its item (code not-significant otherwise).
   */
  evidence?: unknown;
}

export interface Judgement {
  id: string;
  status: AssumptionStatus;
  evidence: Evidence;
  changedAt: Date;
}

export async function judgeAssumption(ctx: ServiceContext, opgaveKey: string, assumptionId: string, input: JudgeInput): Promise<Judgement> {
  const { element } = await requireElement(ctx, opgaveKey, assumptionId);
  const problems: Problem[] = [];
  if (element.kind !== 'assumption') {
    problems.push({ field: 'element', code: 'not-an-assumption', nl: 'alleen een aanname heeft een status', en: 'only an assumption has a status' });
  }
  const status = oneOf(input.status, ASSUMPTION_STATUSES, 'status', problems);
  const evidence = parseEvidence(input.evidence, problems);
  if (!problems.length) await checkReferences(ctx, evidence.items, 'evidence.items', problems);
  if (!problems.length) await attachPatternStats(ctx, evidence.items, problems);
  if (problems.length) throw new InputRejected(problems);

  return ctx.db.transaction(async (tx) => {
    const row = await insertStatusChange(tx, {
      tenantId: ctx.tenantId,
      elementId: element.id,
      status: status!,
      evidence,
      changedBy: ctx.actorUserId,
      changedAt: new Date(),
    });
    await updateTocElement(tx, ctx.tenantId, element.id, { status: status! });
    return { id: row.id, status: status!, evidence, changedAt: row.changedAt };
  });
}
