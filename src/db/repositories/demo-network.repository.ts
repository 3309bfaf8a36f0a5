// Writes of the demo's fictional network (services/demo/network.ts): the network, its members,
// the shared questionnaire's first version, the indicator set and the adoptions. The owner's
// connection, as every demo seeding step. Queries only.
import type { Questionnaire } from '../../domain/questionnaire/types.ts';
import {
  type NetworkIndicator,
  networkAdoptions,
  networkIndicatorSets,
  networkMembers,
  networkProviders,
  networkQuestionnaires,
  networkQuestionnaireVersions,
  networks,
} from '../schema/index.ts';
import type { Tx } from './tenants.repository.ts';

export async function insertDemoNetwork(
  db: Tx,
  values: {
    slug: string;
    name: string;
    members: { tenantId: string; named: boolean }[];
    providers: { code: string; name: string }[];
    questionnaire: { key: string; title: string; definition: Questionnaire; questionKeys: string[] };
    indicators: NetworkIndicator[];
  },
): Promise<{ networkId: string; networkQuestionnaireId: string; versionId: string }> {
  const [network] = await db.insert(networks).values({ slug: values.slug, name: values.name }).returning({ id: networks.id });
  const networkId = network!.id;
  await db.insert(networkMembers).values(values.members.map((m) => ({ tenantId: m.tenantId, networkId, consentVia: 'cli' as const, named: m.named })));
  if (values.providers.length) await db.insert(networkProviders).values(values.providers.map((p) => ({ networkId, ...p })));
  const [q] = await db
    .insert(networkQuestionnaires)
    .values({ networkId, key: values.questionnaire.key, title: values.questionnaire.title })
    .returning({ id: networkQuestionnaires.id });
  const [v] = await db
    .insert(networkQuestionnaireVersions)
    .values({ networkId, questionnaireId: q!.id, version: 1, definition: values.questionnaire.definition, questionKeys: values.questionnaire.questionKeys })
    .returning({ id: networkQuestionnaireVersions.id });
  await db.insert(networkIndicatorSets).values({ networkId, version: 1, indicators: values.indicators });
  return { networkId, networkQuestionnaireId: q!.id, versionId: v!.id };
}

export async function insertDemoAdoption(
  db: Tx,
  values: {
    tenantId: string;
    networkId: string;
    networkQuestionnaireId: string;
    networkVersionId: string;
    questionnaireId: string;
    questionnaireVersionId: string;
  },
) {
  await db.insert(networkAdoptions).values(values);
}
