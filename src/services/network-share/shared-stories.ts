// The stories members released to a network, as every active member reads them: title, text,
// period, and the member by name only when it opted to be named (otherwise "een gemeente in het
// netwerk"; the reader's own municipality is always its own name). Searchable in Dutch.
import { namedMembers } from '../../db/repositories/network.repository.ts';
import * as repo from '../../db/repositories/network-share.repository.ts';
import { text } from '../../domain/opgaven/input.ts';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import type { ServiceContext } from '../context.ts';
import { memberNetwork } from '../network/membership.ts';

export interface SharedStory {
  id: string;
  title: string;
  text: string;
  period: string;
  releasedAt: Date;
  /** The member's name when named; null: "a municipality in the network". */
  member: string | null;
  /** Released by the reader's own municipality (it may take it back). */
  own: boolean;
  /** The story's id, for its own municipality only (to take it back); null for the others. */
  story: string | null;
}

export async function readSharedStories(
  ctx: ServiceContext,
  slug: string,
  options: { q?: unknown } = {},
): Promise<{ network: { slug: string; name: string }; stories: SharedStory[] }> {
  const { network } = await memberNetwork(ctx, slug);
  const problems: Problem[] = [];
  const q = text(options.q, 'q', problems, { max: 200 });
  if (problems.length) throw new InputRejected(problems);
  const named = new Map((await namedMembers(ctx.db, network.id)).map((m) => [m.tenantId, m.name]));
  const stories = (await repo.searchReleases(ctx.db, network.id, q || null)).map(({ memberTenantId, storyId, ...s }) => ({
    ...s,
    story: memberTenantId === ctx.tenantId ? storyId : null,
    member: named.get(memberTenantId) ?? null,
    own: memberTenantId === ctx.tenantId,
  }));
  return { network: { slug: network.slug, name: network.name }, stories };
}
