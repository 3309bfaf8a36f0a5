// Defining opgaven and their theory of change: statements ("als wij A doen, draagt dat bij aan
// B, omdat C"), assumptions under them, building blocks, and links to indicators and questions.
import * as repo from '../db/repositories/opgaven.repository.ts';
import { text, key as keyOf, oneOf } from '../domain/opgaven/input.ts';
import { composeStatement } from '../domain/opgaven/statement.ts';
import { BUILDING_BLOCKS, DOMAINS } from '../domain/opgaven/vocabulary.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';
import { loadLabels } from './opgaven-labels.ts';

export interface OpgaveInput {
  title?: unknown;
  description?: unknown;
  domain?: unknown;
}

function details(input: OpgaveInput, problems: Problem[]) {
  return {
    title: text(input.title, 'title', problems, { required: true, max: 300 }),
    description: text(input.description, 'description', problems, { max: 8000 }),
    domain: oneOf(input.domain, DOMAINS, 'domain', problems) ?? 'jeugd',
  };
}

function reject(problems: Problem[]) {
  if (problems.length) throw new InputRejected(problems);
}

export function unknownOpgave(key: string) {
  return new InputRejected([{ field: 'opgave', code: 'unknown-opgave', nl: `opgave "${key}" bestaat niet`, en: `opgave "${key}" does not exist` }], 404);
}

function unknownElement(id: string) {
  return new InputRejected(
    [{ field: 'element', code: 'unknown-element', nl: 'dit onderdeel van de verandertheorie bestaat niet (meer)', en: `theory element ${id} does not exist` }],
    404,
  );
}

export async function requireOpgave(ctx: ServiceContext, opgaveKey: string) {
  const opgave = await repo.findOpgaveByKey(ctx.db, ctx.tenantId, opgaveKey);
  if (!opgave) throw unknownOpgave(opgaveKey);
  return opgave;
}

/** The element, checked to belong to this opgave of this municipality. */
export async function requireElement(ctx: ServiceContext, opgaveKey: string, elementId: string) {
  const opgave = await requireOpgave(ctx, opgaveKey);
  const element = /^[0-9a-f-]{36}$/iu.test(elementId) ? await repo.findTocElement(ctx.db, ctx.tenantId, elementId) : null;
  if (!element || element.opgaveId !== opgave.id) throw unknownElement(elementId);
  return { opgave, element };
}

export async function createOpgave(ctx: ServiceContext, input: OpgaveInput & { key?: unknown }): Promise<string> {
  const problems: Problem[] = [];
  const key = keyOf(input.key, 'key', problems);
  const values = details(input, problems);
  if (!problems.length && (await repo.findOpgaveByKey(ctx.db, ctx.tenantId, key))) {
    problems.push({ field: 'key', code: 'taken', nl: `er is al een opgave met de sleutel "${key}"`, en: `an opgave with key "${key}" exists` });
  }
  reject(problems);
  await repo.insertOpgave(ctx.db, { tenantId: ctx.tenantId, key, ...values });
  return key;
}

export async function updateOpgave(ctx: ServiceContext, opgaveKey: string, input: OpgaveInput) {
  const opgave = await requireOpgave(ctx, opgaveKey);
  const problems: Problem[] = [];
  const values = details(input, problems);
  reject(problems);
  await repo.updateOpgave(ctx.db, ctx.tenantId, opgave.id, values);
}

export async function deleteOpgave(ctx: ServiceContext, opgaveKey: string) {
  const opgave = await requireOpgave(ctx, opgaveKey);
  await repo.deleteOpgave(ctx.db, ctx.tenantId, opgave.id);
}

export interface StatementInput {
  action?: unknown;
  contributesTo?: unknown;
  because?: unknown;
  /** Free text instead of A/B/C (API, or a statement that never followed the form). */
  text?: unknown;
  buildingBlock?: unknown;
}

function statementText(input: StatementInput, problems: Problem[]): string {
  if (typeof input.text === 'string' && input.action === undefined) return text(input.text, 'text', problems, { required: true });
  const action = text(input.action, 'action', problems, { required: true, max: 1000 });
  const contributesTo = text(input.contributesTo, 'contributesTo', problems, { required: true, max: 1000 });
  const because = text(input.because, 'because', problems, { required: true, max: 1000 });
  return composeStatement({ action, contributesTo, because });
}

export async function addStatement(ctx: ServiceContext, opgaveKey: string, input: StatementInput): Promise<string> {
  const opgave = await requireOpgave(ctx, opgaveKey);
  const problems: Problem[] = [];
  const sentence = statementText(input, problems);
  const buildingBlock = oneOf(input.buildingBlock, BUILDING_BLOCKS, 'buildingBlock', problems, { optional: true });
  reject(problems);
  const position = await repo.nextTocPosition(ctx.db, ctx.tenantId, opgave.id);
  return repo.insertTocElement(ctx.db, { tenantId: ctx.tenantId, opgaveId: opgave.id, kind: 'statement', text: sentence, buildingBlock, position });
}

export async function addAssumption(
  ctx: ServiceContext,
  opgaveKey: string,
  statementId: string,
  input: { text?: unknown; buildingBlock?: unknown },
): Promise<string> {
  const { opgave, element } = await requireElement(ctx, opgaveKey, statementId);
  const problems: Problem[] = [];
  if (element.kind !== 'statement')
    problems.push({ field: 'statement', code: 'not-a-statement', nl: 'een aanname hoort bij een stelling', en: 'an assumption belongs to a statement' });
  const sentence = text(input.text, 'text', problems, { required: true, max: 2000 });
  const buildingBlock = oneOf(input.buildingBlock, BUILDING_BLOCKS, 'buildingBlock', problems, { optional: true });
  reject(problems);
  const position = await repo.nextTocPosition(ctx.db, ctx.tenantId, opgave.id);
  return repo.insertTocElement(ctx.db, {
    tenantId: ctx.tenantId,
    opgaveId: opgave.id,
    kind: 'assumption',
    parentId: element.id,
    text: sentence,
    buildingBlock,
    position,
  });
}

/** Changes text and building block; a status changes only through judgeAssumption. */
export async function editElement(ctx: ServiceContext, opgaveKey: string, elementId: string, input: StatementInput) {
  const { element } = await requireElement(ctx, opgaveKey, elementId);
  const problems: Problem[] = [];
  const sentence = element.kind === 'statement' ? statementText(input, problems) : text(input.text, 'text', problems, { required: true, max: 2000 });
  const buildingBlock = oneOf(input.buildingBlock, BUILDING_BLOCKS, 'buildingBlock', problems, { optional: true });
  reject(problems);
  await repo.updateTocElement(ctx.db, ctx.tenantId, element.id, { text: sentence, buildingBlock });
}

/** A statement takes its assumptions with it (foreign key cascade), and all links and history. */
export async function deleteElement(ctx: ServiceContext, opgaveKey: string, elementId: string) {
  const { element } = await requireElement(ctx, opgaveKey, elementId);
  await repo.deleteTocElement(ctx.db, ctx.tenantId, element.id);
}

export async function linkElement(ctx: ServiceContext, opgaveKey: string, elementId: string, input: { kind?: unknown; ref?: unknown }) {
  const { element } = await requireElement(ctx, opgaveKey, elementId);
  const problems: Problem[] = [];
  const kind = oneOf(input.kind, ['indicator', 'question'] as const, 'kind', problems);
  const ref = text(input.ref, 'ref', problems, { required: true, max: 200 });
  if (kind && ref) {
    const labels = await loadLabels(ctx);
    if (kind === 'indicator' && !labels.indicators.has(ref)) {
      problems.push({ field: 'ref', code: 'unknown-indicator', nl: `indicator "${ref}" bestaat niet`, en: `indicator "${ref}" does not exist` });
    }
    if (kind === 'question' && !labels.questions.has(ref)) {
      problems.push({
        field: 'ref',
        code: 'unknown-question',
        nl: `vraag "${ref}" staat in geen enkele vragenlijst`,
        en: `question "${ref}" is in no questionnaire`,
      });
    }
  }
  reject(problems);
  await repo.insertTocLinks(ctx.db, [{ tenantId: ctx.tenantId, elementId: element.id, kind: kind!, ref }]);
}

export async function unlinkElement(ctx: ServiceContext, opgaveKey: string, elementId: string, input: { kind?: unknown; ref?: unknown }) {
  const { element } = await requireElement(ctx, opgaveKey, elementId);
  const problems: Problem[] = [];
  const kind = oneOf(input.kind, ['indicator', 'question'] as const, 'kind', problems);
  const ref = text(input.ref, 'ref', problems, { required: true, max: 200 });
  reject(problems);
  await repo.deleteTocLink(ctx.db, ctx.tenantId, element.id, kind!, ref);
}
