// An analyst codes a story: the whole story or a passage of its text (issue 11). Each coding
// records who; the same analyst may not code overlapping passages with one code (two analysts
// may, which is what inter-coder agreement compares).
import {
  codingsOfStory,
  deleteCodings,
  findStoryForCoding,
  insertCodings,
  listCodes,
  type CodedStory,
  type StoredCode,
} from '../../db/repositories/coding.repository.ts';
import { clip } from '../../domain/coding/codebook.ts';
import { checkSpan, overlaps, type CodeTarget } from '../../domain/coding/passage.ts';
import { InputRejected } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';

export interface SpanInput {
  start?: unknown;
  end?: unknown;
}

/** Codes the story (idempotent: the same whole-story coding or the same passage again changes nothing). */
export async function applyCode(ctx: ServiceContext, storyId: string, slug: string, input: SpanInput | null): Promise<void> {
  const analystId = analyst(ctx);
  await ctx.db.transaction(async (tx) => {
    const { story, code } = await storyAndCode(tx, ctx.tenantId, storyId, slug);
    const { target, problems } = checkSpan(input, story.text.length);
    if (problems.length > 0) throw new InputRejected(problems);
    const mine = (await codingsOfStory(tx, ctx.tenantId, story.id)).filter((c) => c.codeId === code.id && c.analystId === analystId);
    if (target === null) {
      if (mine.some((c) => c.start === null)) return;
    } else {
      if (mine.some((c) => c.start === target.start && c.end === target.end)) return;
      const clash = mine.find((c) => c.start !== null && overlaps(target, { start: c.start, end: c.end! }));
      if (clash) throw overlapping(slug, target, { start: clash.start!, end: clash.end! });
    }
    await insertCodings(tx, [
      { tenantId: ctx.tenantId, codeId: code.id, storyId: story.id, analystId, start: target?.start ?? null, end: target?.end ?? null },
    ]);
  });
}

/**
 * Removes the caller's coding: the passage named by {start, end}, or without them the whole-story
 * coding (or, with `everything`, every coding of this code by this analyst on the story).
 */
export async function removeCode(ctx: ServiceContext, storyId: string, slug: string, input: SpanInput | null, everything = false): Promise<void> {
  const analystId = analyst(ctx);
  await ctx.db.transaction(async (tx) => {
    const { story, code } = await storyAndCode(tx, ctx.tenantId, storyId, slug);
    const { target, problems } = checkSpan(input, story.text.length);
    if (problems.length > 0) throw new InputRejected(problems);
    const span: CodeTarget | 'all' = everything && target === null ? 'all' : target;
    const removed = await deleteCodings(tx, { tenantId: ctx.tenantId, codeId: code.id, storyId: story.id, analystId, span });
    if (removed === 0) {
      const where = target
        ? { nl: `het fragment ${target.start}–${target.end}`, en: `the passage ${target.start}–${target.end}` }
        : { nl: 'het hele verhaal', en: 'the whole story' };
      throw new InputRejected(
        [
          {
            field: 'code',
            code: 'not-coded',
            nl: `u hebt ${where.nl} niet met code "${slug}" gecodeerd`,
            en: `you have not coded ${where.en} with code "${slug}"`,
          },
        ],
        404,
      );
    }
  });
}

type Db = ServiceContext['db'] | Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0];

async function storyAndCode(db: Db, tenantId: string, storyId: string, slug: string): Promise<{ story: CodedStory; code: StoredCode }> {
  const story = await findStoryForCoding(db, tenantId, storyId);
  if (!story) {
    throw new InputRejected(
      [{ field: 'id', code: 'unknown-story', nl: `verhaal "${clip(storyId)}" bestaat niet`, en: `story "${clip(storyId)}" does not exist` }],
      404,
    );
  }
  const code = (await listCodes(db, tenantId, story.questionnaireId)).find((c) => c.slug === slug);
  if (!code) {
    throw new InputRejected(
      [
        {
          field: 'code',
          code: 'unknown-code',
          nl: `het codeboek van dit verhaal heeft geen code "${clip(slug)}"`,
          en: `the codebook of this story has no code "${clip(slug)}"`,
        },
      ],
      404,
    );
  }
  return { story, code };
}

function analyst(ctx: ServiceContext): string {
  if (!ctx.actorUserId) throw new Error('coding needs a signed-in analyst');
  return ctx.actorUserId;
}

function overlapping(slug: string, span: { start: number; end: number }, other: { start: number; end: number }): InputRejected {
  return new InputRejected([
    {
      field: 'start',
      code: 'overlapping-passage',
      nl: `het fragment ${span.start}–${span.end} overlapt met uw fragment ${other.start}–${other.end} met dezelfde code "${slug}"; verwijder dat eerst of kies een fragment ernaast`,
      en: `the passage ${span.start}–${span.end} overlaps your passage ${other.start}–${other.end} with the same code "${slug}"; remove that first or choose a passage beside it`,
    },
  ]);
}
