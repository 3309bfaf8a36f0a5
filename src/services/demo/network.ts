// Seeds the demo's fictional region (domain/demo/network.ts): Gemeente Proefhoven and Gemeente
// Oefenmeer beside Gemeente Voorbeeld, each with its own areas, stories (through the ordinary
// importer) and indicator figures, joined in "Regio Voorbeeldland" with zo-thuis as the shared
// questionnaire. All three are named in the network, so the demo's comparison shows figures; the
// tests cover members that are not named. A demo coordinator signs in as
// coordinator@voorbeeldland.example, an analyst of Proefhoven as analist@proefhoven.example.
import { hash } from '@node-rs/argon2';
import type { Database } from '../../db/connection.ts';
import { insertDemoAdoption, insertDemoNetwork } from '../../db/repositories/demo-network.repository.ts';
import { upsertDefinitions } from '../../db/repositories/indicators.repository.ts';
import { findQuestionnaire, insertCollection } from '../../db/repositories/questionnaires.repository.ts';
import { findTenantBySlug, insertTenant, upsertProviders } from '../../db/repositories/tenants.repository.ts';
import { addMembership, upsertUser } from '../../db/repositories/users.repository.ts';
import { csvRow } from '../../domain/csv/writer.ts';
import type { DemoData } from '../../domain/demo/index.ts';
import {
  DEMO_MEMBERS,
  DEMO_NETWORK,
  DEMO_NETWORK_INDICATORS,
  memberAreas,
  memberObservations,
  memberQuestionnaire,
  memberStories,
  sharedQuestionKeys,
} from '../../domain/demo/network.ts';
import { encodeStoryRow, storyColumns } from '../../domain/stories/csv-codec.ts';
import { textSource, type ServiceContext } from '../context.ts';
import { saveQuestionnaire } from '../import-questionnaire.ts';
import { importStories } from '../import-stories.ts';
import { saveObservations } from '../indicators.ts';
import { seedDemoAreas } from './areas.ts';

const DEMO_COORDINATOR = 'coordinator@voorbeeldland.example';

export async function seedDemoNetwork(db: Database, demo: DemoData, voorbeeldTenantId: string, password: string): Promise<void> {
  if (await findTenantBySlug(db, DEMO_MEMBERS[0]!.tenant.slug)) return;
  const passwordHash = await hash(password);
  const members: { tenantId: string; questionnaireId: string; versionId: string }[] = [];
  const voorbeeld = (await findQuestionnaire(db, voorbeeldTenantId, demo.questionnaire.key))!;
  members.push({ tenantId: voorbeeldTenantId, questionnaireId: voorbeeld.id, versionId: voorbeeld.versionId });

  for (const member of DEMO_MEMBERS) {
    const tenant = await insertTenant(db, { slug: member.tenant.slug, name: member.tenant.name, fictional: true });
    const ctx: ServiceContext = { db, tenantId: tenant.id, actorUserId: null };
    await seedDemoAreas(ctx, memberAreas(member));
    await upsertProviders(
      db,
      tenant.id,
      demo.providers.map((p) => ({ code: p.code, name: p.name })),
    );
    const userId = await upsertUser(db, {
      email: `analist@${member.tenant.slug}.example`,
      displayName: `Analist ${member.tenant.name}`,
      passwordHash,
      homeTenantId: tenant.id,
    });
    await addMembership(db, { tenantId: tenant.id, userId, role: 'analist' });
    const definition = memberQuestionnaire(member, demo.questionnaire);
    await saveQuestionnaire(ctx, definition);
    const questionnaire = (await findQuestionnaire(db, tenant.id, definition.key))!;
    for (const c of demo.collections)
      await insertCollection(db, {
        tenantId: tenant.id,
        slug: c.key,
        questionnaireId: questionnaire.id,
        title: c.title,
        mode: 'self',
        opensAt: c.opensAt,
        closesAt: c.closesAt,
        languages: definition.languages,
        retentionDays: 5 * 365,
      });
    const stories = memberStories(member, demo.stories.length);
    const csv = csvRow(storyColumns(definition)) + stories.map((s) => csvRow(encodeStoryRow(definition, s))).join('');
    await importStories(ctx, { source: textSource(`${member.tenant.slug}-verhalen.csv`, csv), questionnaireKey: definition.key });
    await upsertDefinitions(db, tenant.id, demo.indicatorDefinitions);
    await saveObservations(ctx, memberObservations(member));
    const frozen = (await findQuestionnaire(db, tenant.id, definition.key))!;
    members.push({ tenantId: tenant.id, questionnaireId: frozen.id, versionId: frozen.versionId });
  }

  const { networkId, networkQuestionnaireId, versionId } = await insertDemoNetwork(db, {
    ...DEMO_NETWORK,
    members: members.map((m) => ({ tenantId: m.tenantId, named: true })),
    providers: demo.providers.map((p) => ({ code: p.code, name: p.name })),
    questionnaire: {
      key: demo.questionnaire.key,
      title: 'Zo thuis mogelijk opgroeien (gedeeld)',
      definition: demo.questionnaire,
      questionKeys: sharedQuestionKeys(demo.questionnaire),
    },
    indicators: demo.indicatorDefinitions
      .filter((d) => DEMO_NETWORK_INDICATORS.includes(d.key))
      .map((d) => ({ key: d.key, name: d.name, unit: d.unit ?? '', direction: d.direction ?? 'none', definition: d.definition ?? '' })),
  });
  for (const m of members)
    await insertDemoAdoption(db, {
      tenantId: m.tenantId,
      networkId,
      networkQuestionnaireId,
      networkVersionId: versionId,
      questionnaireId: m.questionnaireId,
      questionnaireVersionId: m.versionId,
    });
  const coordinator = await upsertUser(db, {
    email: DEMO_COORDINATOR,
    displayName: 'Netwerkcoördinator Voorbeeldland',
    passwordHash,
    homeTenantId: voorbeeldTenantId,
  });
  await addMembership(db, { tenantId: voorbeeldTenantId, userId: coordinator, role: 'netwerkcoordinator' });
}
