// `duiding export sensemaker`: a questionnaire's stories in SenseMaker's export CSV layout
// (domain/foreign/sensemaker-export.ts), page by page like the duiding.stories/v1 export.
import { createHash } from 'node:crypto';
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { findQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { pageStoriesWithAnswers } from '../db/repositories/stories.repository.ts';
import { csvRow } from '../domain/csv/writer.ts';
import { Findings } from '../domain/foreign/notes.ts';
import { readSenseMakerFramework, type SmMapped } from '../domain/foreign/sensemaker-framework.ts';
import { senseMakerHeader, senseMakerRow, type SmIds } from '../domain/foreign/sensemaker-export.ts';
import { InputRejected } from '../domain/problems.ts';
import type { Question } from '../domain/questionnaire/types.ts';
import type { ServiceContext } from './context.ts';
import { unknownQuestionnaire } from './import-questionnaire.ts';

const PAGE = 1000;

/** A UUID made from a name (the layout of version 5), so the same questionnaire always gets the same ids. */
function nameId(name: string): string {
  const h = createHash('sha1').update(`duiding:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function exportSenseMaker(
  ctx: ServiceContext,
  questionnaireKey: string,
  options: { definition?: { name: string; json: unknown } } = {},
): Promise<AsyncGenerator<string>> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!questionnaire) throw unknownQuestionnaire(questionnaireKey);
  const ids = idsFor(questionnaireKey, options.definition);
  await recordAudit(ctx.db, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.actorUserId,
    action: 'stories.export',
    subject: questionnaireKey,
    detail: { format: 'sensemaker' },
  });
  const definition = questionnaire.definition;
  return (async function* () {
    yield csvRow(senseMakerHeader(definition, ids));
    let after: string | null = null;
    for (;;) {
      const page = await pageStoriesWithAnswers(ctx.db, ctx.tenantId, questionnaire.id, after, PAGE);
      if (page.length === 0) return;
      yield page.map((story) => csvRow(senseMakerRow(definition, story, ids))).join('');
      after = page[page.length - 1]!.ref;
    }
  })();
}

function idsFor(key: string, definition: { name: string; json: unknown } | undefined): SmIds {
  const byKey = new Map<string, SmMapped>();
  let fragment: string | null = null;
  let projectId = '';
  if (definition) {
    const findings = new Findings(definition.name);
    const framework = readSenseMakerFramework(definition.json, findings);
    if (findings.problems.length > 0) throw new InputRejected(findings.problems);
    for (const m of framework.mapped) byKey.set(m.question.key, m);
    fragment = framework.fragmentId;
    const root = definition.json as { id?: unknown };
    projectId = String(Array.isArray(root.id) ? root.id[0] : (root.id ?? ''));
  }
  const cornerKeys = (q: Question) => (q.type === 'triad' ? ['0', '1', '2'] : q.type === 'slider' ? ['0', '1'] : null);
  return {
    signifier: (q) => byKey.get(q.key)?.signifierId ?? nameId(`${key}/${q.key}`),
    part(q, partKey) {
      const m = byKey.get(q.key);
      const corners = cornerKeys(q);
      if (m) {
        const found = corners ? m.parts[Number(partKey)] : m.parts.find((p) => p.key === partKey);
        if (found) return found.id;
      }
      return nameId(`${key}/${q.key}/${corners ? `corner-${partKey}` : partKey}`);
    },
    fragment: fragment ?? nameId(`${key}/text`),
    // A framework of SenseMaker's own has no title; one made here gets a free-text signifier for it.
    title: definition ? null : nameId(`${key}/title`),
    projectId,
  };
}
