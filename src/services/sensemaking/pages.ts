// What the observation pages show beside the observation itself: its source run again, the
// opgaven it could go to, and the names of the perspectives its interpretations stand in.
import { listOpgaven } from '../../db/repositories/opgaven.repository.ts';
import * as repo from '../../db/repositories/observations.repository.ts';
import { findQuestionnaire } from '../../db/repositories/questionnaires.repository.ts';
import type { ObservationSource } from '../../domain/sensemaking/source.ts';
import type { ServiceContext } from '../context.ts';
import { unknownQuestionnaire } from '../import-questionnaire.ts';
import { readObservation, type Observation } from './observations.ts';
import { rerunSource, runSource, type Rerun } from './rerun.ts';

export interface ObservationPage {
  observation: Observation;
  rerun: Rerun;
  opgaven: { key: string; title: string }[];
  /** Perspective names by id, for "In perspectief: …". */
  perspectives: Record<string, string>;
}

export async function observationPage(ctx: ServiceContext, id: string): Promise<ObservationPage> {
  const observation = await readObservation(ctx, id);
  const questionnaire = (await findQuestionnaire(ctx.db, ctx.tenantId, observation.questionnaire))!;
  const perspectives = Object.fromEntries((await repo.listPerspectiveRows(ctx.db, ctx.tenantId, questionnaire.id)).map((p) => [p.id, p.name]));
  return {
    observation,
    rerun: await rerunSource(ctx, observation.questionnaire, observation.source),
    opgaven: (await listOpgaven(ctx.db, ctx.tenantId)).map((o) => ({ key: o.key, title: o.title })),
    perspectives,
  };
}

/** The source as the new-observation form shows it: run once; a query that does not run is refused. */
export async function previewSource(ctx: ServiceContext, questionnaireKey: string, source: ObservationSource): Promise<Rerun> {
  if (!(await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey))) throw unknownQuestionnaire(questionnaireKey);
  return runSource(ctx, questionnaireKey, source);
}
