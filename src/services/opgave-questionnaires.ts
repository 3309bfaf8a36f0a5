// Which questionnaires belong to an opgave (questionnaires.opgave_id). The monitor, the report and
// the staalkaart use only the stories of these questionnaires (and so of their collections), so a
// Wmo opgave never shows youth-care stories. A questionnaire belongs to at most one opgave; tying
// it here moves it from the opgave it had.
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { listQuestionnaireTies, setQuestionnaireOpgave, untieQuestionnaires } from '../db/repositories/monitor.repository.ts';
import { findQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import { listOpgaven as listOpgaveRows } from '../db/repositories/opgaven.repository.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';
import { requireOpgave } from './opgaven-edit.ts';

export interface QuestionnaireTie {
  key: string;
  title: string;
  /** Tied to this opgave. */
  tied: boolean;
  /** Title of the other opgave it is tied to, if any. */
  elsewhere: string | null;
}

export async function questionnaireTies(ctx: ServiceContext, opgaveKey: string, lang: 'nl' | 'en' = 'nl'): Promise<QuestionnaireTie[]> {
  const opgave = await requireOpgave(ctx, opgaveKey);
  const titles = new Map((await listOpgaveRows(ctx.db, ctx.tenantId)).map((o) => [o.id, o.title]));
  const out: QuestionnaireTie[] = [];
  for (const row of await listQuestionnaireTies(ctx.db, ctx.tenantId)) {
    const q = await findQuestionnaire(ctx.db, ctx.tenantId, row.key);
    const title = q ? (q.definition.title[lang] ?? q.definition.title.nl ?? row.key) : row.key;
    out.push({
      key: row.key,
      title,
      tied: row.opgaveId === opgave.id,
      elsewhere: row.opgaveId && row.opgaveId !== opgave.id ? (titles.get(row.opgaveId) ?? null) : null,
    });
  }
  return out;
}

/** Ties exactly these questionnaires to the opgave (and unties the others it had). */
export async function tieQuestionnaires(ctx: ServiceContext, opgaveKey: string, keys: string[]): Promise<void> {
  const opgave = await requireOpgave(ctx, opgaveKey);
  const unique = [...new Set(keys.map((k) => k.trim()).filter(Boolean))];
  const problems: Problem[] = [];
  for (const key of unique) {
    if (!(await findQuestionnaire(ctx.db, ctx.tenantId, key))) {
      problems.push({
        field: 'questionnaires',
        code: 'unknown-questionnaire',
        nl: `vragenlijst "${key}" bestaat niet`,
        en: `questionnaire "${key}" does not exist`,
      });
    }
  }
  if (problems.length) throw new InputRejected(problems);
  await ctx.db.transaction(async (tx) => {
    await untieQuestionnaires(tx, ctx.tenantId, opgave.id, unique);
    for (const key of unique) await setQuestionnaireOpgave(tx, ctx.tenantId, key, opgave.id);
    if (ctx.actorUserId)
      await recordAudit(tx, {
        tenantId: ctx.tenantId,
        actorUserId: ctx.actorUserId,
        action: 'opgaven.write',
        subject: opgaveKey,
        detail: { questionnaires: unique },
      });
  });
}
