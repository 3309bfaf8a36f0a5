// Sensemaking sessions and accountability dialogues: the plan (kind, date, participants,
// material), the record afterwards (what was seen, interpretations) and the agreed actions with
// their follow-up in the next cycle.
import * as repo from '../db/repositories/dialogues.repository.ts';
import { findOpgaveByKey } from '../db/repositories/opgaven.repository.ts';
import { parseItem, type MaterialItem } from '../domain/opgaven/evidence.ts';
import { isoDate, oneOf, text } from '../domain/opgaven/input.ts';
import { ACTION_KINDS, ACTION_STATUSES, DIALOGUE_KINDS, LEARNING_LEVELS, PARTICIPANT_ROLES, type ParticipantRole } from '../domain/opgaven/vocabulary.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';
import { checkReferences } from './evidence-check.ts';

export interface Participant {
  role: ParticipantRole;
  /** Optional: names, or a description ("twee raadsleden"). */
  name: string;
}

export interface PlanInput {
  kind?: unknown;
  title?: unknown;
  heldOn?: unknown;
  /** opgave key, or empty for none */
  opgave?: unknown;
  participants?: unknown;
}

const reject = (problems: Problem[]) => {
  if (problems.length) throw new InputRejected(problems);
};

function unknownDialogue(id: string) {
  return new InputRejected([{ field: 'dialogue', code: 'unknown-dialogue', nl: 'deze dialoog bestaat niet (meer)', en: `dialogue ${id} does not exist` }], 404);
}

const UUID = /^[0-9a-f-]{36}$/iu;

export async function requireDialogue(ctx: ServiceContext, id: string) {
  const found = UUID.test(id) ? await repo.findDialogue(ctx.db, ctx.tenantId, id) : null;
  if (!found) throw unknownDialogue(id);
  return found;
}

async function parsePlan(ctx: ServiceContext, input: PlanInput, problems: Problem[]) {
  const kind = oneOf(input.kind, DIALOGUE_KINDS, 'kind', problems);
  const title = text(input.title, 'title', problems, { required: true, max: 300 });
  const heldOn = isoDate(input.heldOn, 'heldOn', problems);
  let opgaveId: string | null = null;
  const opgaveKey = typeof input.opgave === 'string' ? input.opgave.trim() : '';
  if (opgaveKey) {
    opgaveId = (await findOpgaveByKey(ctx.db, ctx.tenantId, opgaveKey))?.id ?? null;
    if (!opgaveId)
      problems.push({ field: 'opgave', code: 'unknown-opgave', nl: `opgave "${opgaveKey}" bestaat niet`, en: `opgave "${opgaveKey}" does not exist` });
  }
  const participants: Participant[] = [];
  const list = Array.isArray(input.participants) ? input.participants : [];
  list.slice(0, 50).forEach((p: unknown, index) => {
    const raw = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>;
    const role = oneOf(raw.role, PARTICIPANT_ROLES, `participants[${index}].role`, problems);
    const name = text(raw.name, `participants[${index}].name`, problems, { max: 500 });
    if (role) participants.push({ role, name });
  });
  return { kind: kind ?? 'sensemaking', title, heldOn, opgaveId, participants };
}

export async function planDialogue(ctx: ServiceContext, input: PlanInput): Promise<string> {
  const problems: Problem[] = [];
  const values = await parsePlan(ctx, input, problems);
  reject(problems);
  return (await repo.insertDialogue(ctx.db, { tenantId: ctx.tenantId, ...values })).id;
}

export async function updatePlan(ctx: ServiceContext, id: string, input: PlanInput) {
  const { dialogue } = await requireDialogue(ctx, id);
  const problems: Problem[] = [];
  const values = await parsePlan(ctx, input, problems);
  reject(problems);
  await repo.updateDialogue(ctx.db, ctx.tenantId, dialogue.id, values);
}

/** One item or several (e.g. a list of story numbers): all are checked before any is added. */
export async function addMaterial(ctx: ServiceContext, id: string, input: unknown) {
  const { dialogue } = await requireDialogue(ctx, id);
  const problems: Problem[] = [];
  const inputs = Array.isArray(input) ? input.slice(0, 50) : [input];
  const items = inputs.map((entry, index) => parseItem(entry, inputs.length > 1 ? `material[${index}]` : 'material', problems, false) as MaterialItem | null);
  if (!problems.length) await checkReferences(ctx, items as MaterialItem[], 'material', problems);
  reject(problems);
  const material = [...((dialogue.material as MaterialItem[]) ?? [])];
  for (const item of items as MaterialItem[]) {
    if (!material.some((m) => JSON.stringify(m) === JSON.stringify(item))) material.push(item);
  }
  await repo.updateDialogue(ctx.db, ctx.tenantId, dialogue.id, { material });
}

export async function removeMaterial(ctx: ServiceContext, id: string, index: number) {
  const { dialogue } = await requireDialogue(ctx, id);
  const material = (dialogue.material as MaterialItem[]) ?? [];
  if (!Number.isInteger(index) || index < 0 || index >= material.length) return;
  await repo.updateDialogue(ctx.db, ctx.tenantId, dialogue.id, { material: material.filter((_, i) => i !== index) });
}

export async function recordDialogue(ctx: ServiceContext, id: string, input: { seen?: unknown; interpretations?: unknown; record?: unknown }) {
  const { dialogue } = await requireDialogue(ctx, id);
  const problems: Problem[] = [];
  const values = {
    seen: text(input.seen, 'seen', problems, { max: 20_000 }),
    interpretations: text(input.interpretations, 'interpretations', problems, { max: 20_000 }),
    record: text(input.record, 'record', problems, { max: 20_000 }),
  };
  reject(problems);
  await repo.updateDialogue(ctx.db, ctx.tenantId, dialogue.id, values);
}

export async function deleteDialogue(ctx: ServiceContext, id: string) {
  const { dialogue } = await requireDialogue(ctx, id);
  await repo.deleteDialogue(ctx.db, ctx.tenantId, dialogue.id);
}

export interface ActionInput {
  kind?: unknown;
  description?: unknown;
  owner?: unknown;
  dueOn?: unknown;
  learningLevel?: unknown;
}

export async function addAction(ctx: ServiceContext, dialogueId: string, input: ActionInput): Promise<string> {
  const { dialogue } = await requireDialogue(ctx, dialogueId);
  const problems: Problem[] = [];
  const values = {
    kind: oneOf(input.kind, ACTION_KINDS, 'kind', problems)!,
    description: text(input.description, 'description', problems, { required: true, max: 2000 }),
    owner: text(input.owner, 'owner', problems, { required: true, max: 300 }),
    dueOn: isoDate(input.dueOn, 'dueOn', problems),
    learningLevel: oneOf(typeof input.learningLevel === 'number' ? input.learningLevel : input.learningLevel, LEARNING_LEVELS, 'learningLevel', problems)!,
  };
  reject(problems);
  return (await repo.insertAction(ctx.db, { tenantId: ctx.tenantId, dialogueId: dialogue.id, ...values })).id;
}

async function requireAction(ctx: ServiceContext, dialogueId: string, actionId: string) {
  const action = UUID.test(actionId) ? await repo.findAction(ctx.db, ctx.tenantId, actionId) : null;
  if (!action || action.dialogueId !== dialogueId) {
    throw new InputRejected([{ field: 'action', code: 'unknown-action', nl: 'deze actie bestaat niet (meer)', en: `action ${actionId} does not exist` }], 404);
  }
  return action;
}

/** The follow-up in the next cycle: open / loopt / afgerond / vervallen, with a note. */
export async function followUpAction(ctx: ServiceContext, dialogueId: string, actionId: string, input: { status?: unknown; followUp?: unknown }) {
  const action = await requireAction(ctx, dialogueId, actionId);
  const problems: Problem[] = [];
  const status = oneOf(input.status, ACTION_STATUSES, 'status', problems);
  const followUp = text(input.followUp, 'followUp', problems, { max: 4000 });
  reject(problems);
  await repo.updateAction(ctx.db, ctx.tenantId, action.id, { status: status!, followUp });
}

export async function deleteAction(ctx: ServiceContext, dialogueId: string, actionId: string) {
  const action = await requireAction(ctx, dialogueId, actionId);
  await repo.deleteAction(ctx.db, ctx.tenantId, action.id);
}
