// A questionnaire's codebook: listing, adding and editing codes (issue 11). Every problem is
// found before anything is written; a code's slug never changes (it is the variable code:slug
// that saved filters and exports name).
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import { codingCountOf, deleteCodeRow, insertCode, listCodes, updateCode, type StoredCode } from '../../db/repositories/coding.repository.ts';
import { findQuestionnaire, type StoredQuestionnaire } from '../../db/repositories/questionnaires.repository.ts';
import { checkCode, clip, codebookOrder, type CodeDefinition, type CodeInput } from '../../domain/coding/codebook.ts';
import { InputRejected } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import { unknownQuestionnaire } from '../import-questionnaire.ts';

export interface Codebook {
  questionnaire: StoredQuestionnaire;
  codes: CodeDefinition[];
  /** The stored rows, for the services that need ids. */
  stored: StoredCode[];
}

export async function loadCodebook(ctx: ServiceContext, questionnaireKey: string): Promise<Codebook> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!questionnaire) throw unknownQuestionnaire(questionnaireKey);
  const stored = await listCodes(ctx.db, ctx.tenantId, questionnaire.id);
  return { questionnaire, codes: codebookOrder(definitions(stored)), stored };
}

export function definitions(stored: readonly StoredCode[]): CodeDefinition[] {
  const slugOf = new Map(stored.map((c) => [c.id, c.slug]));
  return stored.map((c) => ({ slug: c.slug, label: c.label, description: c.description, parent: c.parentId ? (slugOf.get(c.parentId) ?? null) : null }));
}

export async function listCodebook(ctx: ServiceContext, questionnaireKey: string): Promise<{ codes: CodeDefinition[] }> {
  return { codes: (await loadCodebook(ctx, questionnaireKey)).codes };
}

export async function addCode(ctx: ServiceContext, questionnaireKey: string, input: CodeInput): Promise<CodeDefinition> {
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx as unknown as ServiceContext['db'] };
    const book = await loadCodebook(scoped, questionnaireKey);
    const { code, problems } = checkCode(input, book.codes);
    if (!code) throw new InputRejected(problems);
    const parentId = code.parent ? book.stored.find((c) => c.slug === code.parent)!.id : null;
    await insertCode(tx, {
      tenantId: ctx.tenantId,
      questionnaireId: book.questionnaire.id,
      slug: code.slug,
      label: code.label,
      description: code.description,
      parentId,
    });
    return code;
  });
}

export async function editCode(ctx: ServiceContext, questionnaireKey: string, slug: string, input: CodeInput): Promise<CodeDefinition> {
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx as unknown as ServiceContext['db'] };
    const book = await loadCodebook(scoped, questionnaireKey);
    const existing = book.stored.find((c) => c.slug === slug);
    if (!existing) throw unknownCode(questionnaireKey, slug);
    const { code, problems } = checkCode(input, book.codes, slug);
    if (!code) throw new InputRejected(problems);
    const parentId = code.parent ? book.stored.find((c) => c.slug === code.parent)!.id : null;
    await updateCode(tx, ctx.tenantId, existing.id, { label: code.label, description: code.description, parentId });
    return code;
  });
}

/** What removing a code takes with it, for the confirmation: its codings and its sub-codes. */
export interface CodeRemoval {
  code: CodeDefinition;
  codings: number;
  children: string[];
}

export async function codeRemoval(ctx: ServiceContext, questionnaireKey: string, slug: string): Promise<CodeRemoval> {
  const book = await loadCodebook(ctx, questionnaireKey);
  const stored = book.stored.find((c) => c.slug === slug);
  if (!stored) throw unknownCode(questionnaireKey, slug);
  return {
    code: book.codes.find((c) => c.slug === slug)!,
    codings: await codingCountOf(ctx.db, ctx.tenantId, stored.id),
    children: book.codes.filter((c) => c.parent === slug).map((c) => c.slug),
  };
}

/**
 * Removes a code and every coding with it (all analysts), so code:slug leaves the scan, filters and
 * exports. A code with sub-codes is refused: move or remove those first, so no coding is lost by
 * surprise. The change counter triggers on `codes` make cached scans stale.
 */
export async function deleteCode(ctx: ServiceContext, questionnaireKey: string, slug: string): Promise<{ codings: number }> {
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx as unknown as ServiceContext['db'] };
    const removal = await codeRemoval(scoped, questionnaireKey, slug);
    if (removal.children.length > 0) {
      throw new InputRejected([
        {
          field: 'code',
          code: 'code-has-children',
          nl: `code "${clip(slug)}" heeft onderliggende codes (${removal.children.join(', ')}); verplaats of verwijder die eerst`,
          en: `code "${clip(slug)}" has sub-codes (${removal.children.join(', ')}); move or remove them first`,
        },
      ]);
    }
    const book = await loadCodebook(scoped, questionnaireKey);
    await deleteCodeRow(tx, ctx.tenantId, book.stored.find((c) => c.slug === slug)!.id);
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.actorUserId,
      action: 'codes.delete',
      subject: `${questionnaireKey}/${slug}`,
      detail: { codings: removal.codings },
    });
    return { codings: removal.codings };
  });
}

function unknownCode(questionnaireKey: string, slug: string): InputRejected {
  return new InputRejected(
    [
      {
        field: 'code',
        code: 'unknown-code',
        nl: `het codeboek van vragenlijst "${questionnaireKey}" heeft geen code "${clip(slug)}"`,
        en: `the codebook of questionnaire "${questionnaireKey}" has no code "${clip(slug)}"`,
      },
    ],
    404,
  );
}
