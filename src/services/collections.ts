// Collections: one channel each (a public link /vertel/{slug}, dates, languages, mode, intro,
// retention). The public slug is global across municipalities, so it is written to
// collection_links in the same transaction as the collection.
import {
  countCollectionStories,
  findCollectionById,
  insertCollectionRow,
  listCollectionsWithCounts,
  setCollectionLink,
  slugTaken,
  updateCollectionRow,
  type CollectionValues,
} from '../db/repositories/collections.repository.ts';
import { recordAudit } from '../db/repositories/audit.repository.ts';
import { findQuestionnaire } from '../db/repositories/questionnaires.repository.ts';
import type { Tx } from '../db/repositories/tenants.repository.ts';
import { dayOf, endOfDay, lastDayBefore, startOfDay } from '../domain/calendar.ts';
import { LANGUAGE_TAG } from '../domain/languages/index.ts';
import { InputRejected, type Problem } from '../domain/problems.ts';
import type { ServiceContext } from './context.ts';

const COLLECTION_MODES = ['self', 'interview', 'signal'] as const;
export type CollectionMode = (typeof COLLECTION_MODES)[number] | 'import';
const COLLECTION_LANGUAGES = ['nl', 'en'] as const;
const SLUG = /^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$/;

/** What the form sends, as text; `closes`/`opens` are calendar days "YYYY-MM-DD" or empty. */
export interface CollectionInput {
  title: string;
  questionnaire: string;
  slug: string;
  opens: string;
  closes: string;
  languages: string[];
  mode: string;
  introNl: string;
  introEn: string;
  retentionDays: string;
}

type CollectionState = 'not-yet-open' | 'open' | 'closed';

export interface CollectionView {
  id: string;
  slug: string;
  title: string;
  questionnaireKey: string;
  mode: CollectionMode;
  languages: string[];
  intro: { nl?: string; en?: string };
  retentionDays: number | null;
  opens: string;
  closes: string;
  state: CollectionState;
  stories: number;
}

function stateAt(opensAt: Date | null, closesAt: Date | null, now = new Date()): CollectionState {
  if (opensAt && now < opensAt) return 'not-yet-open';
  if (closesAt && now >= closesAt) return 'closed';
  return 'open';
}

function present(row: Awaited<ReturnType<typeof listCollectionsWithCounts>>[number]): CollectionView {
  const intro = (row.intro ?? {}) as { nl?: string; en?: string };
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    questionnaireKey: row.questionnaireKey,
    mode: row.mode,
    languages: row.languages,
    intro: { ...(intro.nl ? { nl: intro.nl } : {}), ...(intro.en ? { en: intro.en } : {}) },
    retentionDays: row.retentionDays,
    opens: row.opensAt ? dayOf(row.opensAt) : '',
    closes: row.closesAt ? lastDayBefore(row.closesAt) : '',
    state: stateAt(row.opensAt, row.closesAt),
    stories: row.stories,
  };
}

export async function listCollectionViews(ctx: ServiceContext): Promise<CollectionView[]> {
  return (await listCollectionsWithCounts(ctx.db, ctx.tenantId)).map(present);
}

export async function readCollection(ctx: ServiceContext, id: string): Promise<CollectionView> {
  const row = UUID.test(id) ? await findCollectionById(ctx.db, ctx.tenantId, id) : null;
  if (!row) throw unknownCollection();
  return present({ ...row, stories: await countCollectionStories(ctx.db, ctx.tenantId, id) });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function unknownCollection() {
  return new InputRejected(
    [{ field: 'collection', code: 'unknown-collection', nl: 'deze verzameling bestaat niet', en: 'this collection does not exist' }],
    404,
  );
}

export async function createCollection(ctx: ServiceContext, input: CollectionInput): Promise<string> {
  return withSlugRace(() =>
    ctx.db.transaction(async (tx) => {
      const values = await checkInput(tx, ctx, input, null);
      const id = await insertCollectionRow(tx, ctx.tenantId, values);
      await setCollectionLink(tx, ctx.tenantId, id, values.slug);
      await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'collection.create', subject: values.slug });
      return id;
    }),
  );
}

export async function updateCollection(ctx: ServiceContext, id: string, input: CollectionInput): Promise<void> {
  await withSlugRace(() =>
    ctx.db.transaction(async (tx) => {
      const existing = UUID.test(id) ? await findCollectionById(tx, ctx.tenantId, id) : null;
      if (!existing) throw unknownCollection();
      const values = await checkInput(tx, ctx, input, existing);
      await updateCollectionRow(tx, ctx.tenantId, id, values);
      await setCollectionLink(tx, ctx.tenantId, id, values.slug);
      await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'collection.update', subject: values.slug });
    }),
  );
}

/** Closing early: from now on the public link accepts no stories. */
export async function closeCollection(ctx: ServiceContext, id: string, now = new Date()): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const existing = UUID.test(id) ? await findCollectionById(tx, ctx.tenantId, id) : null;
    if (!existing) throw unknownCollection();
    if (existing.closesAt && existing.closesAt <= now) return;
    await updateCollectionRow(tx, ctx.tenantId, id, { closesAt: now });
    await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.actorUserId, action: 'collection.close', subject: existing.slug });
  });
}

/** Two people taking one slug at the same moment: the primary key decides, the message is the same. */
async function withSlugRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw new InputRejected([slugTakenProblem()]);
    throw error;
  }
}

function slugTakenProblem(): Problem {
  return { field: 'slug', code: 'slug-taken', nl: 'dit webadres is al in gebruik; kies een ander', en: 'this web address is already in use; choose another' };
}

async function checkInput(
  tx: Tx,
  ctx: ServiceContext,
  input: CollectionInput,
  existing: Awaited<ReturnType<typeof findCollectionById>>,
): Promise<CollectionValues & { slug: string }> {
  const problems: Problem[] = [];
  const add = (field: string, nl: string, en: string) => problems.push({ field, code: 'invalid', nl, en });
  const title = input.title.trim();
  if (!title) add('title', 'vul een naam in', 'fill in a name');
  else if (title.length > 200) add('title', 'de naam mag hoogstens 200 tekens hebben', 'the name may have at most 200 characters');

  const questionnaire = input.questionnaire ? await findQuestionnaire(tx, ctx.tenantId, input.questionnaire) : null;
  if (!questionnaire) add('questionnaire', 'kies een vragenlijst', 'choose a questionnaire');
  else if (questionnaire.definition.questions.length === 0)
    add('questionnaire', 'deze vragenlijst heeft nog geen vragen', 'this questionnaire has no questions yet');
  else if (existing && existing.questionnaireId !== questionnaire.id && (await countCollectionStories(tx, ctx.tenantId, existing.id)) > 0) {
    add('questionnaire', 'er zijn al verhalen binnen; de vragenlijst kan niet meer veranderen', 'stories have arrived; the questionnaire can no longer change');
  }

  const slug = input.slug.trim().toLowerCase();
  if (!SLUG.test(slug)) {
    add(
      'slug',
      'gebruik 3 tot 60 kleine letters, cijfers of streepjes (-), zonder streepje aan het begin of eind',
      'use 3 to 60 lower-case letters, digits or hyphens (-), not starting or ending with a hyphen',
    );
  } else if (await slugTaken(tx, slug, ctx.tenantId, existing?.id)) {
    problems.push(slugTakenProblem());
  }

  const opensAt = input.opens ? startOfDay(input.opens) : null;
  const closesAt = input.closes ? endOfDay(input.closes) : null;
  if (input.opens && !opensAt) add('opens', 'dit is geen geldige datum (jjjj-mm-dd)', 'not a valid date (yyyy-mm-dd)');
  if (input.closes && !closesAt) add('closes', 'dit is geen geldige datum (jjjj-mm-dd)', 'not a valid date (yyyy-mm-dd)');
  if (opensAt && closesAt && closesAt <= opensAt)
    add('closes', 'de einddatum moet op of na de begindatum liggen', 'the end date must be on or after the start date');

  // Any language of the questionnaire (BCP 47), in the questionnaire's order; nl and en first checked
  // here so that a wrong choice still names itself when the questionnaire is unknown.
  const known = questionnaire ? questionnaire.definition.languages : [...COLLECTION_LANGUAGES];
  const languages = [...known.filter((l) => input.languages.includes(l)), ...input.languages.filter((l) => !known.includes(l) && LANGUAGE_TAG.test(l))];
  if (languages.length === 0) add('languages', 'kies minstens één taal', 'choose at least one language');
  else if (questionnaire) {
    const missing = languages.filter((l) => !questionnaire.definition.languages.includes(l));
    if (missing.length > 0)
      add('languages', `de vragenlijst is er niet in deze taal: ${missing.join(', ')}`, `the questionnaire is not available in: ${missing.join(', ')}`);
  }

  const modes: string[] = existing?.mode === 'import' ? [...COLLECTION_MODES, 'import'] : [...COLLECTION_MODES];
  if (!modes.includes(input.mode)) add('mode', 'kies hoe de verhalen binnenkomen', 'choose how stories come in');

  const introNl = input.introNl.trim();
  const introEn = input.introEn.trim();
  if (introNl.length > 5000) add('introNl', 'de inleiding mag hoogstens 5000 tekens hebben', 'the introduction may have at most 5000 characters');
  if (introEn.length > 5000) add('introEn', 'de inleiding mag hoogstens 5000 tekens hebben', 'the introduction may have at most 5000 characters');
  if (introEn && !introNl) add('introNl', 'vul ook de Nederlandse inleiding in', 'fill in the Dutch introduction too');

  const retention = /^\d{1,5}$/.test(input.retentionDays.trim()) ? Number(input.retentionDays.trim()) : NaN;
  if (!(retention >= 1 && retention <= 3650)) add('retentionDays', 'vul een aantal dagen in van 1 tot en met 3650', 'fill in a number of days from 1 to 3650');

  if (problems.length > 0) throw new InputRejected(problems);
  return {
    title,
    questionnaireId: questionnaire!.id,
    slug,
    opensAt,
    closesAt,
    languages: [...languages],
    mode: input.mode as CollectionMode,
    intro: introNl ? { nl: introNl, ...(introEn ? { en: introEn } : {}) } : null,
    retentionDays: retention,
  };
}
