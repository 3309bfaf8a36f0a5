// The perspectives board of one questionnaire (issue 11): interpretations of all its observations,
// clustered into perspectives by the analyst. An interpretation stands in at most one perspective
// of its own questionnaire; one not yet placed is "unsorted".
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import * as repo from '../../db/repositories/observations.repository.ts';
import { findQuestionnaire, type StoredQuestionnaire } from '../../db/repositories/questionnaires.repository.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import { checkPerspectiveName, isComplete, type ObservationStrength } from '../../domain/sensemaking/rules.ts';
import type { ServiceContext } from '../context.ts';
import { unknownQuestionnaire } from '../import-questionnaire.ts';
import { unknownInterpretation } from './observations.ts';

export interface BoardCard {
  id: string;
  text: string;
  observation: { id: string; title: string; strength: ObservationStrength; complete: boolean };
}

export interface Perspective {
  id: string;
  name: string;
  description: string;
  interpretations: BoardCard[];
}

export interface Board {
  questionnaire: string;
  perspectives: Perspective[];
  /** Interpretations in no perspective yet. */
  unsorted: BoardCard[];
}

async function questionnaireOf(ctx: ServiceContext, key: string): Promise<StoredQuestionnaire> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, key);
  if (!questionnaire) throw unknownQuestionnaire(key);
  return questionnaire;
}

export async function perspectiveBoard(ctx: ServiceContext, questionnaireKey: string): Promise<Board> {
  const questionnaire = await questionnaireOf(ctx, questionnaireKey);
  const observations = await repo.listObservationRows(ctx.db, ctx.tenantId, { questionnaireId: questionnaire.id });
  const interpretations = await repo.listInterpretationRows(
    ctx.db,
    ctx.tenantId,
    observations.map((o) => o.id),
  );
  const count = new Map<string, number>();
  for (const i of interpretations) count.set(i.observationId, (count.get(i.observationId) ?? 0) + 1);
  const observationOf = new Map(
    observations.map((o) => [o.id, { id: o.id, title: o.title, strength: o.strength as ObservationStrength, complete: isComplete(count.get(o.id) ?? 0) }]),
  );
  const card = (i: repo.InterpretationRow): BoardCard => ({ id: i.id, text: i.text, observation: observationOf.get(i.observationId)! });
  const perspectives = (await repo.listPerspectiveRows(ctx.db, ctx.tenantId, questionnaire.id)).map((p) => ({
    id: p.id,
    name: p.name,
    description: p.description,
    interpretations: interpretations.filter((i) => i.perspectiveId === p.id).map(card),
  }));
  const placed = new Set(perspectives.map((p) => p.id));
  return {
    questionnaire: questionnaire.key,
    perspectives,
    unsorted: interpretations.filter((i) => i.perspectiveId === null || !placed.has(i.perspectiveId)).map(card),
  };
}

export async function addPerspective(ctx: ServiceContext, questionnaireKey: string, input: { name?: unknown; description?: unknown }): Promise<Perspective> {
  const questionnaire = await questionnaireOf(ctx, questionnaireKey);
  const values = await checkedName(ctx, questionnaire, input);
  const id = await repo.insertPerspective(ctx.db, { tenantId: ctx.tenantId, questionnaireId: questionnaire.id, ...values });
  return { id, ...values, interpretations: [] };
}

/** The name and description, refused when blank, too long or the name of another perspective on this board (`except`: the one renamed). */
async function checkedName(
  ctx: ServiceContext,
  questionnaire: StoredQuestionnaire,
  input: { name?: unknown; description?: unknown },
  except?: string,
): Promise<{ name: string; description: string }> {
  const problems: Problem[] = [];
  const values = checkPerspectiveName(input, problems);
  if (!problems.length) {
    const existing = await repo.listPerspectiveRows(ctx.db, ctx.tenantId, questionnaire.id);
    if (existing.some((p) => p.id !== except && p.name.toLocaleLowerCase('nl') === values.name.toLocaleLowerCase('nl')))
      problems.push({
        field: 'name',
        code: 'duplicate',
        nl: `er is al een perspectief "${values.name}"`,
        en: `there is already a perspective "${values.name}"`,
      });
  }
  if (problems.length) throw new InputRejected(problems);
  return values;
}

/** A perspective of this questionnaire's board, or 404 (another board, another municipality, or gone). */
export async function findPerspectiveOf(
  ctx: ServiceContext,
  questionnaireKey: string,
  perspectiveId: string,
): Promise<{ questionnaire: StoredQuestionnaire; perspective: repo.PerspectiveRow }> {
  const questionnaire = await questionnaireOf(ctx, questionnaireKey);
  const perspective = await repo.findPerspective(ctx.db, ctx.tenantId, perspectiveId);
  if (!perspective || perspective.questionnaireId !== questionnaire.id) {
    throw new InputRejected(
      [
        {
          field: 'perspective',
          code: 'unknown-perspective',
          nl: 'dit perspectief bestaat niet (meer) op dit bord',
          en: 'this perspective is not (or no longer) on this board',
        },
      ],
      404,
    );
  }
  return { questionnaire, perspective };
}

/** Renames a perspective or changes its description; its cards stay where they are. Audited by id. */
export async function editPerspective(
  ctx: ServiceContext,
  questionnaireKey: string,
  perspectiveId: string,
  input: { name?: unknown; description?: unknown },
): Promise<{ id: string; name: string; description: string }> {
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx as unknown as ServiceContext['db'] };
    const { questionnaire, perspective } = await findPerspectiveOf(scoped, questionnaireKey, perspectiveId);
    const values = await checkedName(scoped, questionnaire, input, perspective.id);
    await repo.updatePerspective(tx, ctx.tenantId, perspective.id, values);
    await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'perspective.edit', subject: perspective.id });
    return { id: perspective.id, ...values };
  });
}

/** What removing a perspective does, for the confirmation: its name and how many cards go back to "not placed". */
export async function perspectiveRemoval(
  ctx: ServiceContext,
  questionnaireKey: string,
  perspectiveId: string,
): Promise<{ name: string; interpretations: number }> {
  const board = await perspectiveBoard(ctx, questionnaireKey);
  const perspective = board.perspectives.find((p) => p.id === perspectiveId);
  if (!perspective) await findPerspectiveOf(ctx, questionnaireKey, perspectiveId); // throws the 404
  return { name: perspective!.name, interpretations: perspective!.interpretations.length };
}

/**
 * Removes a perspective. Its interpretations are not removed: they go back to "not placed" (the
 * foreign key sets their perspective to null, migration 0014), so no reading is lost with a column.
 */
export async function deletePerspective(
  ctx: ServiceContext,
  questionnaireKey: string,
  perspectiveId: string,
): Promise<{ name: string; interpretations: number }> {
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx as unknown as ServiceContext['db'] };
    const removal = await perspectiveRemoval(scoped, questionnaireKey, perspectiveId);
    await repo.deletePerspective(tx, ctx.tenantId, perspectiveId);
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'perspective.delete',
      subject: perspectiveId,
      detail: { questionnaire: questionnaireKey, interpretations: removal.interpretations },
    });
    return removal;
  });
}

/** Places an interpretation in a perspective of its own questionnaire, or back among the unsorted (null). */
export async function moveInterpretation(ctx: ServiceContext, interpretationId: string, perspectiveId: string | null): Promise<void> {
  const interpretation = await repo.findInterpretation(ctx.db, ctx.tenantId, interpretationId);
  if (!interpretation) throw unknownInterpretation(interpretationId);
  if (perspectiveId) {
    const perspective = await repo.findPerspective(ctx.db, ctx.tenantId, perspectiveId);
    if (!perspective || perspective.questionnaireId !== interpretation.questionnaireId) {
      throw new InputRejected([
        {
          field: 'perspective',
          code: 'unknown-perspective',
          nl: 'dit perspectief bestaat niet op het bord van deze vragenlijst',
          en: "this perspective is not on the board of this interpretation's questionnaire",
        },
      ]);
    }
  }
  await repo.setInterpretationPerspective(ctx.db, ctx.tenantId, interpretation.id, perspectiveId);
}
