// The questionnaire designer and the collections service against PGlite and PostgreSQL: drafts are
// edited in place, a frozen version makes a new one, every validation problem names its field,
// export → import gives the same definition, and a public slug is unique across municipalities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { collectionLinks } from '../../src/db/schema/index.ts';
import { tenantDatabase } from '../../src/db/tenant-scope.ts';
import { freezeVersion, findQuestionnaire, insertCollection } from '../../src/db/repositories/questionnaires.repository.ts';
import { InputRejected, type Problem } from '../../src/domain/problems.ts';
import { closeCollection, createCollection, readCollection, updateCollection, type CollectionInput } from '../../src/services/collections.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { exportQuestionnaire, importQuestionnaire } from '../../src/services/import-questionnaire.ts';
import {
  createQuestionnaire,
  listDesignerQuestionnaires,
  loadDesignerQuestionnaire,
  moveItem,
  removeItem,
  savePrompt,
  saveQuestion,
  updateSettings,
} from '../../src/services/questionnaire-designer.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { createTestTenant } from '../support/tenant.ts';

async function problemsOf(work: Promise<unknown>): Promise<Problem[]> {
  try {
    await work;
  } catch (error) {
    if (error instanceof InputRejected) return error.problems;
    throw error;
  }
  throw new Error('expected InputRejected');
}

const slider = {
  key: 'gehoord',
  about: 'story',
  type: 'slider',
  text: { nl: 'Voelde u zich gehoord?' },
  left: { nl: 'helemaal niet' },
  right: { nl: 'helemaal wel', en: 'completely' },
  allowNotApplicable: true,
};
const triad = {
  key: 'wie_hielp',
  about: 'story',
  type: 'triad',
  text: { nl: 'Wie hielp het meest?' },
  corners: [{ nl: 'familie' }, { nl: 'een professional' }, { nl: 'ikzelf' }],
  required: true,
};

function collectionInput(overrides: Partial<CollectionInput> = {}): CollectionInput {
  return {
    title: 'Wijkteam Noord',
    questionnaire: 'jeugd',
    slug: 'jeugd-noord',
    opens: '2026-03-01',
    closes: '2026-03-31',
    languages: ['nl'],
    mode: 'self',
    introNl: 'Vertel ons uw ervaring.',
    introEn: '',
    retentionDays: '730',
    ...overrides,
  };
}

describe.each(testDatabaseTargets())('designer and collections on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let other: ServiceContext;

  beforeAll(async () => {
    handle = await create();
    ctx = await createTestTenant(handle, 'eerste');
    other = await createTestTenant(handle, 'tweede');
  });
  afterAll(async () => handle?.close());

  it('creates a draft questionnaire and edits it in place while it is a draft', async () => {
    await createQuestionnaire(ctx, { key: 'jeugd', title: { nl: 'Jeugd in de wijk' } });
    expect(await saveQuestion(ctx, 'jeugd', null, slider)).toEqual({ version: 1, newVersion: false });
    expect(await saveQuestion(ctx, 'jeugd', null, triad)).toEqual({ version: 1, newVersion: false });
    await savePrompt(ctx, 'jeugd', null, { key: 'moment', text: { nl: 'Vertel over een moment.' } });
    await updateSettings(ctx, 'jeugd', { title: { nl: 'Jeugd in de wijk', en: 'Youth' }, languages: ['nl', 'en'] });
    await moveItem(ctx, 'jeugd', 'questions', 'wie_hielp', 'up');
    // No key given: one is made from the Dutch text, unique within the questionnaire.
    await saveQuestion(ctx, 'jeugd', null, { about: 'story', type: 'text', text: { nl: 'Wat wilt u nog kwijt, één ding?' } });
    await saveQuestion(ctx, 'jeugd', null, { about: 'story', type: 'text', text: { nl: 'Wat wilt u nog kwijt, één ding?' } });
    const keys = (await loadDesignerQuestionnaire(ctx, 'jeugd')).definition.questions.map((q) => q.key);
    expect(keys.slice(2)).toEqual(['wat_wilt_u_nog_kwijt_een_ding', 'wat_wilt_u_nog_kwijt_een_ding_2']);
    await removeItem(ctx, 'jeugd', 'questions', 'wat_wilt_u_nog_kwijt_een_ding');
    await removeItem(ctx, 'jeugd', 'questions', 'wat_wilt_u_nog_kwijt_een_ding_2');
    const loaded = await loadDesignerQuestionnaire(ctx, 'jeugd');
    expect(loaded.version).toBe(1);
    expect(loaded.versions).toHaveLength(1);
    expect(loaded.definition.questions.map((q) => q.key)).toEqual(['wie_hielp', 'gehoord']);
    expect(loaded.definition.languages).toEqual(['nl', 'en']);
    expect(loaded.definition.prompts).toEqual([{ key: 'moment', text: { nl: 'Vertel over een moment.' } }]);
  });

  it('refuses a second questionnaire with the same key and a key with spaces', async () => {
    expect((await problemsOf(createQuestionnaire(ctx, { key: 'jeugd', title: { nl: 'x' } })))[0]).toMatchObject({ field: 'key', code: 'duplicate-key' });
    expect((await problemsOf(createQuestionnaire(ctx, { key: 'met spatie', title: { nl: 'x' } })))[0]).toMatchObject({ field: 'key', code: 'invalid-key' });
  });

  it('names the field of every validation problem, relative to the question edited', async () => {
    const problems = await problemsOf(
      saveQuestion(ctx, 'jeugd', null, { key: 'sterren', about: 'story', type: 'scale', text: { en: 'Stars' }, min: 5, max: 1 }),
    );
    expect(problems.map((p) => p.field)).toEqual(['max']);
    const dutch = await problemsOf(saveQuestion(ctx, 'jeugd', null, { key: 'sterren', about: 'story', type: 'scale', text: { en: 'Stars' }, min: 1, max: 5 }));
    expect(dutch).toEqual([expect.objectContaining({ field: 'text.nl', code: 'missing-dutch' })]);
    const corners = await problemsOf(saveQuestion(ctx, 'jeugd', 'wie_hielp', { ...triad, corners: [{ nl: 'a' }, { nl: 'b' }] }));
    expect(corners[0]).toMatchObject({ field: 'corners', code: 'triad-corners' });
    const duplicate = await problemsOf(saveQuestion(ctx, 'jeugd', null, { ...slider }));
    expect(duplicate[0]).toMatchObject({ field: 'key', code: 'duplicate-key' });
    expect((await loadDesignerQuestionnaire(ctx, 'jeugd')).definition.questions).toHaveLength(2);
  });

  it('keeps a question key and type: an edit cannot rename or retype it', async () => {
    await saveQuestion(ctx, 'jeugd', 'gehoord', { ...slider, key: 'anders', text: { nl: 'Voelde u zich echt gehoord?' } });
    const q = (await loadDesignerQuestionnaire(ctx, 'jeugd')).definition.questions.find((x) => x.key === 'gehoord');
    expect(q?.text.nl).toBe('Voelde u zich echt gehoord?');
    const retype = await problemsOf(saveQuestion(ctx, 'jeugd', 'gehoord', { key: 'gehoord', about: 'story', type: 'text', text: { nl: 'x' } }));
    expect(retype[0]).toMatchObject({ field: 'type', code: 'type-changed' });
  });

  it('makes a new draft version when the latest version is frozen, and keeps the frozen one as it was', async () => {
    const before = await findQuestionnaire(handle.db, ctx.tenantId, 'jeugd');
    await freezeVersion(handle.db, ctx.tenantId, before!.versionId);
    expect(
      await saveQuestion(ctx, 'jeugd', null, {
        key: 'rol',
        about: 'participant',
        type: 'choice',
        text: { nl: 'Wie bent u?' },
        options: [
          { key: 'jongere', text: { nl: 'jongere' } },
          { key: 'ouder', text: { nl: 'ouder' } },
        ],
      }),
    ).toEqual({ version: 2, newVersion: true });
    // The next edit changes the new draft in place.
    expect(await removeItem(ctx, 'jeugd', 'prompts', 'moment')).toEqual({ version: 2, newVersion: false });
    const loaded = await loadDesignerQuestionnaire(ctx, 'jeugd');
    expect(loaded.versions.map((v) => [v.version, v.frozen])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(loaded.definition.questions.map((q) => q.key)).toEqual(['wie_hielp', 'gehoord', 'rol']);
    // A removed key cannot come back as another type: stories already answered it as a slider.
    await removeItem(ctx, 'jeugd', 'questions', 'gehoord');
    const reused = await problemsOf(saveQuestion(ctx, 'jeugd', null, { key: 'gehoord', about: 'story', type: 'number', text: { nl: 'Hoe vaak?' } }));
    expect(reused[0]).toMatchObject({ field: 'key', code: 'key-used-for-other-type' });
    await saveQuestion(ctx, 'jeugd', null, slider);
    const list = await listDesignerQuestionnaires(ctx);
    expect(list).toEqual([expect.objectContaining({ key: 'jeugd', versions: 2, latest: 2, frozen: false, questions: 3, stories: 0 })]);
  });

  it('exports duiding.questionnaire/v1 that imports unchanged into another municipality', async () => {
    const exported = await exportQuestionnaire(ctx, 'jeugd');
    expect(exported.format).toBe('duiding.questionnaire/v1');
    expect(await importQuestionnaire(other, JSON.parse(JSON.stringify(exported)))).toEqual({ key: 'jeugd', version: 1, outcome: 'created' });
    expect(await exportQuestionnaire(other, 'jeugd')).toEqual(exported);
    expect(await importQuestionnaire(ctx, JSON.parse(JSON.stringify(exported)))).toMatchObject({ outcome: 'unchanged' });
  });

  it('opens a collection with a public link, and the slug is unique across municipalities', async () => {
    const id = await createCollection(ctx, collectionInput());
    const view = await readCollection(ctx, id);
    expect(view).toMatchObject({
      slug: 'jeugd-noord',
      opens: '2026-03-01',
      closes: '2026-03-31',
      mode: 'self',
      retentionDays: 730,
      intro: { nl: 'Vertel ons uw ervaring.' },
    });
    // As a signed-in request of the other municipality runs: under row-level security.
    const scoped = { ...other, db: tenantDatabase(handle.db, { tenantId: other.tenantId }) };
    const taken = await problemsOf(createCollection(scoped, collectionInput()));
    expect(taken).toEqual([expect.objectContaining({ field: 'slug', code: 'slug-taken' })]);
    expect(taken[0].nl).toContain('al in gebruik');
    const links = await handle.db.select().from(collectionLinks);
    expect(links).toEqual([expect.objectContaining({ slug: 'jeugd-noord', tenantId: ctx.tenantId, collectionId: id })]);
    // Renaming frees the old slug for someone else.
    await updateCollection(ctx, id, collectionInput({ slug: 'jeugd-noord-2026' }));
    await expect(createCollection(scoped, collectionInput())).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });

  it('checks dates, slug, languages, mode and retention, naming each field', async () => {
    const problems = await problemsOf(
      createCollection(
        ctx,
        collectionInput({ slug: 'A b', opens: '2026-04-10', closes: '2026-04-01', languages: [], mode: 'x', retentionDays: '0', title: ' ' }),
      ),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['closes', 'languages', 'mode', 'retentionDays', 'slug', 'title']);
    const bad = await problemsOf(createCollection(ctx, collectionInput({ slug: 'goed-adres', opens: '2026-02-30' })));
    expect(bad).toEqual([expect.objectContaining({ field: 'opens' })]);
  });

  it('lets an import collection of one municipality block its slug there only', async () => {
    const theirs = await findQuestionnaire(handle.db, other.tenantId, 'jeugd');
    await insertCollection(handle.db, { tenantId: other.tenantId, slug: 'gedeeld', questionnaireId: theirs!.id, title: 'Import', mode: 'import' });
    const own = await problemsOf(createCollection(other, collectionInput({ slug: 'gedeeld' })));
    expect(own).toEqual([expect.objectContaining({ field: 'slug', code: 'slug-taken' })]);
    await expect(createCollection(ctx, collectionInput({ slug: 'gedeeld' }))).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });

  it('closes a collection early', async () => {
    const id = await createCollection(ctx, collectionInput({ slug: 'sluit-mij', opens: '', closes: '' }));
    expect((await readCollection(ctx, id)).state).toBe('open');
    await closeCollection(ctx, id);
    expect((await readCollection(ctx, id)).state).toBe('closed');
  });
});
