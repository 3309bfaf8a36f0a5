import { recordAudit } from '../db/repositories/audit.repository.ts';
import { findQuestionnaire, insertQuestionnaire, insertVersion, listQuestionnaires } from '../db/repositories/questionnaires.repository.ts';
import { InputRejected } from '../domain/problems.ts';
import { parseQuestionnaire, questionnaireChanged } from '../domain/questionnaire/parse.ts';
import type { Questionnaire } from '../domain/questionnaire/types.ts';
import type { ServiceContext } from './context.ts';

export interface QuestionnaireImportResult {
  key: string;
  version: number;
  outcome: 'created' | 'new-version' | 'unchanged';
}

/** A new key creates the questionnaire; an existing key with a changed definition a new version. */
export async function importQuestionnaire(ctx: ServiceContext, json: unknown, file?: string): Promise<QuestionnaireImportResult> {
  const parsed = parseQuestionnaire(json, file);
  if (!parsed.ok) throw new InputRejected(parsed.problems);
  return saveQuestionnaire(ctx, parsed.value);
}

export async function saveQuestionnaire(ctx: ServiceContext, definition: Questionnaire): Promise<QuestionnaireImportResult> {
  return ctx.db.transaction(async (tx) => {
    const existing = await findQuestionnaire(tx, ctx.tenantId, definition.key);
    let result: QuestionnaireImportResult;
    if (!existing) {
      await insertQuestionnaire(tx, ctx.tenantId, definition);
      result = { key: definition.key, version: 1, outcome: 'created' };
    } else if (!questionnaireChanged(existing.definition, definition)) {
      return { key: definition.key, version: existing.version, outcome: 'unchanged' };
    } else {
      await insertVersion(tx, ctx.tenantId, existing.id, existing.version + 1, definition);
      result = { key: definition.key, version: existing.version + 1, outcome: 'new-version' };
    }
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'questionnaire.import',
      subject: definition.key,
      detail: { version: result.version, outcome: result.outcome },
    });
    return result;
  });
}

export async function exportQuestionnaire(ctx: ServiceContext, key: string): Promise<Questionnaire> {
  const stored = await findQuestionnaire(ctx.db, ctx.tenantId, key);
  if (!stored) throw unknownQuestionnaire(key);
  return stored.definition;
}

export function unknownQuestionnaire(key: string): InputRejected {
  return new InputRejected(
    [
      {
        field: 'questionnaire',
        code: 'unknown-questionnaire',
        nl: `vragenlijst "${key}" bestaat niet`,
        en: `questionnaire "${key}" does not exist`,
      },
    ],
    404,
  );
}

export async function listQuestionnaireKeys(ctx: ServiceContext): Promise<{ key: string }[]> {
  const rows = await listQuestionnaires(ctx.db, ctx.tenantId);
  return rows.map((r) => ({ key: r.key }));
}
