// What observations give to others (issue 11): a dialogue's session pack and the monitor's "Wat we
// zagen". Both are read by people outside the analysts (the pack lies on a table where council and
// providers sit; the monitor is the council's), so both carry the observation's words only — title,
// text, strength, interpretations and their perspectives — and never a figure of the analyst's
// chart, which may rest on small groups. Only complete observations (two interpretations or more).
import * as repo from '../../db/repositories/observations.repository.ts';
import { isComplete, smallNumbersIn, type ObservationStrength } from '../../domain/sensemaking/rules.ts';
import { suppressionThreshold } from '../monitor/settings.ts';
import type { ServiceContext } from '../context.ts';

export interface PackedObservation {
  title: string;
  body: string;
  strength: ObservationStrength;
  interpretations: { text: string; perspective: string | null }[];
}

async function pack(ctx: ServiceContext, rows: repo.ObservationRow[]): Promise<PackedObservation[]> {
  // The second line behind the writing rules (observations.ts): an observation whose words name a
  // count under the threshold is left out, whatever path put it there.
  const threshold = await suppressionThreshold(ctx);
  const interpretations = await repo.listInterpretationRows(
    ctx.db,
    ctx.tenantId,
    rows.map((r) => r.id),
  );
  const names = new Map<string, string>();
  for (const questionnaireId of new Set(rows.map((r) => r.questionnaireId))) {
    for (const p of await repo.listPerspectiveRows(ctx.db, ctx.tenantId, questionnaireId)) names.set(p.id, p.name);
  }
  return rows.flatMap((row) => {
    const own = interpretations.filter((i) => i.observationId === row.id);
    if (!isComplete(own.length)) return [];
    if (smallNumbersIn([row.title, row.body, ...own.map((i) => i.text)], threshold).length) return [];
    return [
      {
        title: row.title,
        body: row.body,
        strength: row.strength as ObservationStrength,
        interpretations: own.map((i) => ({ text: i.text, perspective: i.perspectiveId ? (names.get(i.perspectiveId) ?? null) : null })),
      },
    ];
  });
}

/** One observation for a session pack; null when it is gone or no longer complete. */
export async function packObservation(ctx: ServiceContext, id: string): Promise<PackedObservation | null> {
  const row = await repo.findObservationRow(ctx.db, ctx.tenantId, id);
  return row ? ((await pack(ctx, [row]))[0] ?? null) : null;
}

/** "Wat we zagen" in an opgave's monitor: the complete observations the analysts put there. */
export async function seenForOpgave(ctx: ServiceContext, opgaveId: string): Promise<PackedObservation[]> {
  return pack(ctx, await repo.listObservationRows(ctx.db, ctx.tenantId, { opgaveId }));
}
