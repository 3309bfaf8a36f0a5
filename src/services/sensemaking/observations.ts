// Observations and their competing interpretations (issue 11, catalysis). An analyst writes an
// observation from a pattern, a comparison or a selection; its source is stored as a query and
// run again when the observation is opened (rerun.ts). Every problem is found before anything is
// written; an observation with fewer than two interpretations is incomplete and may not go to a
// dialogue or the monitor (domain/sensemaking/rules.ts).
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import { findOpgaveByKey } from '../../db/repositories/opgaven.repository.ts';
import * as repo from '../../db/repositories/observations.repository.ts';
import { findQuestionnaire } from '../../db/repositories/questionnaires.repository.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import { Refused } from '../../domain/refused.ts';
import {
  checkInterpretationText,
  checkObservationText,
  incompleteProblem,
  isComplete,
  smallNumberProblem,
  smallNumbersIn,
  type ObservationStrength,
} from '../../domain/sensemaking/rules.ts';
import { parseSource, type ObservationSource } from '../../domain/sensemaking/source.ts';
import type { ServiceContext } from '../context.ts';
import { unknownQuestionnaire } from '../import-questionnaire.ts';
import { suppressionThreshold } from '../monitor/settings.ts';
import { runSource } from './rerun.ts';

export interface Interpretation {
  id: string;
  text: string;
  perspectiveId: string | null;
  createdAt: Date;
}

export interface Observation {
  id: string;
  questionnaire: string;
  source: ObservationSource;
  title: string;
  body: string;
  strength: ObservationStrength;
  /** The opgave whose monitor shows it under "Wat we zagen", if any. */
  opgave: string | null;
  interpretations: Interpretation[];
  /** At least MIN_INTERPRETATIONS interpretations: it may feed a dialogue or the monitor. */
  complete: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface ObservationInput {
  questionnaire?: unknown;
  source?: unknown;
  title?: unknown;
  body?: unknown;
  strength?: unknown;
}

const reject = (problems: Problem[]) => {
  if (problems.length) throw new InputRejected(problems);
};

function unknownObservation(id: string): InputRejected {
  return new InputRejected(
    [{ field: 'observation', code: 'unknown-observation', nl: 'deze observatie bestaat niet (meer)', en: `observation ${id} does not exist` }],
    404,
  );
}

function present(row: repo.ObservationRow, interpretations: repo.InterpretationRow[]): Observation {
  const own = interpretations
    .filter((i) => i.observationId === row.id)
    .map(({ id, text, perspectiveId, createdAt }) => ({ id, text, perspectiveId, createdAt }));
  return {
    id: row.id,
    questionnaire: row.questionnaireKey,
    source: row.source as ObservationSource,
    title: row.title,
    body: row.body,
    strength: row.strength as ObservationStrength,
    opgave: row.opgaveKey,
    interpretations: own,
    complete: isComplete(own.length),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function withInterpretations(ctx: ServiceContext, rows: repo.ObservationRow[]): Promise<Observation[]> {
  const interpretations = await repo.listInterpretationRows(
    ctx.db,
    ctx.tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => present(row, interpretations));
}

export async function listObservations(ctx: ServiceContext, filter: { questionnaire?: string | null } = {}): Promise<Observation[]> {
  let questionnaireId: string | undefined;
  if (filter.questionnaire) {
    const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, filter.questionnaire);
    if (!questionnaire) throw unknownQuestionnaire(filter.questionnaire);
    questionnaireId = questionnaire.id;
  }
  return withInterpretations(ctx, await repo.listObservationRows(ctx.db, ctx.tenantId, { questionnaireId }));
}

export async function readObservation(ctx: ServiceContext, id: string): Promise<Observation> {
  const row = await repo.findObservationRow(ctx.db, ctx.tenantId, id);
  if (!row) throw unknownObservation(id);
  return (await withInterpretations(ctx, [row]))[0];
}

/**
 * Checks the text and the source, runs the source once on today's data (a pattern that is not in
 * the scan, a filter on an unknown question or overlapping subsets are refused with the field
 * under `source.`), then stores it. Returns the new observation.
 */
export async function createObservation(ctx: ServiceContext, input: ObservationInput): Promise<Observation> {
  const problems: Problem[] = [];
  const key = typeof input.questionnaire === 'string' ? input.questionnaire.trim() : '';
  if (!key) problems.push({ field: 'questionnaire', code: 'missing', nl: 'kies een vragenlijst', en: 'give the questionnaire' });
  const text = checkObservationText(input, problems);
  const source = parseSource(input.source, problems);
  reject(problems);
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, key);
  if (!questionnaire) throw unknownQuestionnaire(key);
  await checkRuns(ctx, key, source!);
  const id = await repo.insertObservation(ctx.db, {
    tenantId: ctx.tenantId,
    questionnaireId: questionnaire.id,
    source: source!,
    ...text,
    createdBy: ctx.actorUserId,
  });
  return readObservation(ctx, id);
}

/** The source must run today: its refusal becomes a 400 whose fields say they are the source's. */
async function checkRuns(ctx: ServiceContext, key: string, source: ObservationSource): Promise<void> {
  try {
    await runSource(ctx, key, source);
  } catch (error) {
    if (!(error instanceof Refused) || (error.kind !== 'input' && error.kind !== 'not-found')) throw error;
    throw new InputRejected(
      error.problems.map((p) => ({ ...p, field: `source.${p.field ?? 'kind'}` })),
      400,
    );
  }
}

/** Changes title, text and strength (the source stays: a new question is a new observation). Audited by id. */
export async function editObservation(ctx: ServiceContext, id: string, input: ObservationInput): Promise<Observation> {
  await ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx as unknown as ServiceContext['db'] };
    const observation = await readObservation(scoped, id);
    const problems: Problem[] = [];
    const text = checkObservationText(input, problems);
    if (!problems.length && observation.opgave) {
      const threshold = await suppressionThreshold(scoped);
      const small = smallNumbersIn([text.title, text.body], threshold);
      if (small.length) problems.push(smallNumberProblem('body', small, threshold));
    }
    reject(problems);
    await repo.updateObservation(tx, ctx.tenantId, observation.id, text);
    await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'observation.edit', subject: observation.id });
  });
  return readObservation(ctx, id);
}

/** What removing an observation takes with it, for the confirmation page and the audit log. */
export interface ObservationRemoval {
  observation: Observation;
  interpretations: number;
  /** Of those, how many stand in a perspective on the board. */
  placed: number;
  /** The opgave whose monitor shows it, if any: it leaves that monitor. */
  opgave: string | null;
  /** Dialogues whose material names it: their session pack no longer shows it. */
  dialogues: number;
}

export async function observationRemoval(ctx: ServiceContext, id: string): Promise<ObservationRemoval> {
  const observation = await readObservation(ctx, id);
  return {
    observation,
    interpretations: observation.interpretations.length,
    placed: observation.interpretations.filter((i) => i.perspectiveId !== null).length,
    opgave: observation.opgave,
    dialogues: await repo.countDialoguesWithObservation(ctx.db, ctx.tenantId, observation.id),
  };
}

/** Removes the observation; its interpretations go with it (foreign key cascade), and so do their places on the board. */
export async function deleteObservation(ctx: ServiceContext, id: string): Promise<ObservationRemoval> {
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx as unknown as ServiceContext['db'] };
    const removal = await observationRemoval(scoped, id);
    await repo.deleteObservation(tx, ctx.tenantId, removal.observation.id);
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'observation.delete',
      subject: removal.observation.id,
      detail: {
        questionnaire: removal.observation.questionnaire,
        interpretations: removal.interpretations,
        placed: removal.placed,
        dialogues: removal.dialogues,
      },
    });
    return removal;
  });
}

export async function addInterpretation(ctx: ServiceContext, observationId: string, input: { text?: unknown }): Promise<Interpretation> {
  const observation = await readObservation(ctx, observationId);
  const problems: Problem[] = [];
  const text = checkInterpretationText(input.text, problems);
  if (!problems.length && observation.interpretations.some((i) => i.text === text))
    problems.push({ field: 'text', code: 'duplicate', nl: 'deze duiding staat er al', en: 'this interpretation is already there' });
  if (!problems.length && observation.opgave) {
    // Already in a monitor: the council will read this interpretation too.
    const threshold = await suppressionThreshold(ctx);
    const small = smallNumbersIn([text], threshold);
    if (small.length) problems.push(smallNumberProblem('text', small, threshold));
  }
  reject(problems);
  const id = await repo.insertInterpretation(ctx.db, { tenantId: ctx.tenantId, observationId: observation.id, text, createdBy: ctx.actorUserId });
  return (await readObservation(ctx, observationId)).interpretations.find((i) => i.id === id)!;
}

export function unknownInterpretation(id: string): InputRejected {
  return new InputRejected(
    [{ field: 'interpretation', code: 'unknown-interpretation', nl: 'deze duiding bestaat niet (meer)', en: `interpretation ${id} does not exist` }],
    404,
  );
}

/**
 * Puts the observation in an opgave's monitor ("Wat we zagen"), or takes it out (empty opgave).
 * Only a complete observation goes in: the council reads interpretations, never one reading alone.
 */
export async function showInMonitor(ctx: ServiceContext, id: string, opgaveKey: string | null): Promise<Observation> {
  const observation = await readObservation(ctx, id);
  const key = opgaveKey?.trim() ?? '';
  if (!key) {
    await repo.updateObservation(ctx.db, ctx.tenantId, observation.id, { opgaveId: null });
    return readObservation(ctx, id);
  }
  const problems: Problem[] = [];
  if (!observation.complete) problems.push(incompleteProblem('opgave', observation.interpretations.length));
  const threshold = await suppressionThreshold(ctx);
  const small = smallNumbersIn(councilTexts(observation), threshold);
  if (small.length) problems.push(smallNumberProblem('opgave', small, threshold));
  const opgave = await findOpgaveByKey(ctx.db, ctx.tenantId, key);
  if (!opgave) problems.push({ field: 'opgave', code: 'unknown-opgave', nl: `opgave "${key}" bestaat niet`, en: `opgave "${key}" does not exist` });
  reject(problems);
  await repo.updateObservation(ctx.db, ctx.tenantId, observation.id, { opgaveId: opgave!.id });
  return readObservation(ctx, id);
}

/** The words of an observation the council would read in the monitor. */
function councilTexts(o: { title: string; body: string; interpretations: { text: string }[] }): string[] {
  return [o.title, o.body, ...o.interpretations.map((i) => i.text)];
}
