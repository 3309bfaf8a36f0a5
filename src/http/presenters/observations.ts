// Observations as the API sends them (schemas/observations.ts): ISO timestamps, no storage columns.
import type { Interpretation, Observation } from '../../services/sensemaking/observations.ts';

export function presentInterpretation(i: Interpretation) {
  return { id: i.id, text: i.text, perspective: i.perspectiveId, createdAt: i.createdAt.toISOString() };
}

export function presentObservation(o: Observation) {
  return {
    id: o.id,
    questionnaire: o.questionnaire,
    source: o.source,
    title: o.title,
    body: o.body,
    strength: o.strength,
    opgave: o.opgave,
    interpretations: o.interpretations.map(presentInterpretation),
    complete: o.complete,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
