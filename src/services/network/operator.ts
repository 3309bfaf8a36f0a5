// The operator's network commands (`duiding network create|join|leave`). They run on the owner's
// connection, as the CLI's other administrator commands do: creating a network is not the
// application role's (migration 0015), and joining from the command line is an operator's action
// on behalf of a municipality, whose beheerder's consent the operator must have outside Duiding
// (docs/network.md, "Consent"). Recorded as such: consent_via 'cli', no consenting person.
import type { Database } from '../../db/connection.ts';
import { recordAudit } from '../../db/repositories/audit.repository.ts';
import { activeMembership, endMembership, findNetwork, insertMembership, insertNetwork } from '../../db/repositories/network.repository.ts';
import { findTenantBySlug } from '../../db/repositories/tenants.repository.ts';
import { ownerDatabase } from '../../db/tenant-scope.ts';
import { networkNameProblems, networkSlugProblems } from '../../domain/network/names.ts';
import { InputRejected } from '../../domain/problems.ts';
import { alreadyMember } from './membership.ts';
import { isDuplicateMembership, rejected } from './refusals.ts';

export async function createNetwork(db: Database, input: { slug: string; name: string }): Promise<{ slug: string; name: string }> {
  const owner = ownerDatabase(db);
  const slug = input.slug.trim();
  const name = input.name.trim();
  const problems = [...networkSlugProblems(slug), ...networkNameProblems(name)];
  if (problems.length === 0 && (await findNetwork(owner, slug))) {
    problems.push({ field: 'slug', code: 'network-taken', nl: `netwerk "${slug}" bestaat al`, en: `network "${slug}" already exists` });
  }
  if (problems.length) throw new InputRejected(problems);
  await insertNetwork(owner, { slug, name });
  return { slug, name };
}

async function networkAndTenant(owner: Database, input: { network: string; tenant: string }) {
  const network = await findNetwork(owner, input.network);
  const tenant = await findTenantBySlug(owner, input.tenant);
  const problems = [];
  if (!network)
    problems.push({
      field: 'network',
      code: 'unknown-network',
      nl: `netwerk "${input.network}" bestaat niet`,
      en: `network "${input.network}" does not exist`,
    });
  if (!tenant)
    problems.push({
      field: 'tenant',
      code: 'unknown-tenant',
      nl: `gemeente "${input.tenant}" bestaat niet`,
      en: `municipality "${input.tenant}" does not exist`,
    });
  if (!network || !tenant) throw new InputRejected(problems, 404);
  return { network, tenant };
}

export async function joinNetworkAsOperator(db: Database, input: { network: string; tenant: string }): Promise<{ network: string; tenant: string }> {
  const owner = ownerDatabase(db);
  const { network, tenant } = await networkAndTenant(owner, input);
  if (await activeMembership(owner, network.id, tenant.id)) throw alreadyMember(network.name, tenant.slug);
  try {
    await owner.transaction(async (tx) => {
      await insertMembership(tx, { tenantId: tenant.id, networkId: network.id, consentBy: null, consentVia: 'cli' });
      await recordAudit(tx, { tenantId: tenant.id, action: 'network.join', subject: network.slug, detail: { by: 'cli' } });
    });
  } catch (error) {
    if (isDuplicateMembership(error)) throw alreadyMember(network.name, tenant.slug);
    throw error;
  }
  return { network: network.name, tenant: tenant.name };
}

export async function leaveNetworkAsOperator(db: Database, input: { network: string; tenant: string }): Promise<{ network: string; tenant: string }> {
  const owner = ownerDatabase(db);
  const { network, tenant } = await networkAndTenant(owner, input);
  const membership = await activeMembership(owner, network.id, tenant.id);
  if (!membership) {
    throw rejected(
      'tenant',
      'not-a-member',
      `gemeente "${tenant.slug}" is geen lid van "${network.name}"`,
      `municipality "${tenant.slug}" is not a member of "${network.name}"`,
    );
  }
  await owner.transaction(async (tx) => {
    await endMembership(tx, membership.id, tenant.id, null);
    await recordAudit(tx, { tenantId: tenant.id, action: 'network.leave', subject: network.slug, detail: { by: 'cli' } });
  });
  return { network: network.name, tenant: tenant.name };
}
