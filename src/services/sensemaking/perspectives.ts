// The perspectives board of one questionnaire (issue 11): interpretations of all its observations,
// clustered into perspectives by the analyst. An interpretation stands in at most one perspective
// of its own questionnaire; one not yet placed is "unsorted".
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
  const problems: Problem[] = [];
  const values = checkPerspectiveName(input, problems);
  if (!problems.length) {
    const existing = await repo.listPerspectiveRows(ctx.db, ctx.tenantId, questionnaire.id);
    if (existing.some((p) => p.name.toLocaleLowerCase('nl') === values.name.toLocaleLowerCase('nl')))
      problems.push({
        field: 'name',
        code: 'duplicate',
        nl: `er is al een perspectief "${values.name}"`,
        en: `there is already a perspective "${values.name}"`,
      });
  }
  if (problems.length) throw new InputRejected(problems);
  const id = await repo.insertPerspective(ctx.db, { tenantId: ctx.tenantId, questionnaireId: questionnaire.id, ...values });
  return { id, ...values, interpretations: [] };
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
