// Seeds the fictional demo municipality "Gemeente Voorbeeld" through the ordinary import code,
// so that the demo also proves the importers.
import { hash } from '@node-rs/argon2';
import { insertOpgave, insertTocElement, insertTocLinks } from '../db/repositories/opgaven.repository.ts';
import { findQuestionnaire, insertCollection } from '../db/repositories/questionnaires.repository.ts';
import { findTenantBySlug, insertTenant, listTenantCount, upsertProviders } from '../db/repositories/tenants.repository.ts';
import { addMembership, upsertUser } from '../db/repositories/users.repository.ts';
import type { Database } from '../db/connection.ts';
import { csvRow } from '../domain/csv/writer.ts';
import { generateDemo } from '../domain/demo/index.ts';
import { encodeStoryRow, storyColumns } from '../domain/stories/csv-codec.ts';
import { textSource, type ProgressListener, type ServiceContext } from './context.ts';
import { saveQuestionnaire } from './import-questionnaire.ts';
import { importStories } from './import-stories.ts';
import { saveObservations } from './indicators.ts';
import { seedOpgavenDemo } from './demo/opgaven.ts';
import { seedMonitorDemo } from './demo/monitor.ts';
import { seedCollectionsDemo } from './demo/collections.ts';
import { seedDemoAreas } from './demo/areas.ts';
import { upsertDefinitions } from '../db/repositories/indicators.repository.ts';
import { seedDemoNetwork } from './network/demo.ts';

/** Printed on the console and on the sign-in page of the demo: this is fictional data only. */
export const DEMO_PASSWORD = 'voorbeeld-demo';
export const DEMO_TENANT_SLUG = 'voorbeeld';

export interface SeedResult {
  created: boolean;
  stories: number;
  users: { email: string; role: string }[];
}

export async function seedDemo(db: Database, options: { stories?: number; onProgress?: ProgressListener } = {}): Promise<SeedResult> {
  const demo = generateDemo({ stories: options.stories });
  const users = demo.users.map((u) => ({ email: u.email, role: u.role }));
  if (await findTenantBySlug(db, demo.tenant.slug)) return { created: false, stories: 0, users };

  const tenant = await insertTenant(db, { slug: demo.tenant.slug, name: demo.tenant.name, fictional: true });
  const ctx: ServiceContext = { db, tenantId: tenant.id, actorUserId: null };
  await seedDemoAreas(ctx, demo.areas);
  await upsertProviders(
    db,
    tenant.id,
    demo.providers.map((p) => ({ code: p.code, name: p.name })),
  );

  const passwordHash = await hash(DEMO_PASSWORD);
  for (const user of demo.users) {
    const userId = await upsertUser(db, { email: user.email, displayName: user.name, passwordHash, homeTenantId: tenant.id });
    await addMembership(db, { tenantId: tenant.id, userId, role: user.role, providerCode: user.provider });
  }

  const opgaveId = await insertOpgave(db, {
    tenantId: tenant.id,
    key: demo.opgave.key,
    title: demo.opgave.title,
    description: demo.opgave.description,
    domain: demo.opgave.domain,
  });
  let position = 0;
  for (const statement of demo.opgave.theoryOfChange) {
    const statementId = await insertTocElement(db, {
      tenantId: tenant.id,
      opgaveId,
      kind: 'statement',
      text: statement.text,
      buildingBlock: statement.buildingBlock,
      position: position++,
    });
    for (const assumption of statement.assumptions) {
      await insertTocElement(db, { tenantId: tenant.id, opgaveId, kind: 'assumption', parentId: statementId, text: assumption.text, position: position++ });
    }
    await insertTocLinks(db, [
      ...statement.indicators.map((ref) => ({ tenantId: tenant.id, elementId: statementId, kind: 'indicator' as const, ref })),
      ...statement.questions.map((ref) => ({ tenantId: tenant.id, elementId: statementId, kind: 'question' as const, ref })),
    ]);
  }

  await saveQuestionnaire(ctx, demo.questionnaire);
  const questionnaire = (await findQuestionnaire(db, tenant.id, demo.questionnaire.key))!;
  for (const c of demo.collections) {
    await insertCollection(db, {
      tenantId: tenant.id,
      slug: c.key,
      questionnaireId: questionnaire.id,
      title: c.title,
      mode: 'self',
      opensAt: c.opensAt,
      closesAt: c.closesAt,
      languages: demo.questionnaire.languages,
      retentionDays: 5 * 365,
    });
  }
  // The stories go through the CSV importer, exactly as a municipality's own file would.
  const csv = csvRow(storyColumns(demo.questionnaire)) + demo.stories.map((s) => csvRow(encodeStoryRow(demo.questionnaire, s))).join('');
  await importStories(ctx, {
    source: textSource('demo-stories.csv', csv),
    questionnaireKey: demo.questionnaire.key,
    onProgress: options.onProgress,
  });

  await upsertDefinitions(db, tenant.id, demo.indicatorDefinitions);
  await saveObservations(ctx, demo.observations);
  await seedOpgavenDemo(ctx);
  await seedMonitorDemo(ctx);
  await seedCollectionsDemo(ctx);
  await seedDemoNetwork(db, demo.tenant.slug);
  return { created: true, stories: demo.stories.length, users };
}

/** First start of an empty installation: fill the demo so that nothing is empty. */
export async function isEmptyInstallation(db: Database): Promise<boolean> {
  return (await listTenantCount(db)) === 0;
}
