// A quality review as the API sends it: ISO timestamps and only
// the fields the schema names (no network or user ids, no member tenant id: a case's member is its
// name when named, else null).
import type { z } from '@hono/zod-openapi';
import type { readReview } from '../../services/network-compare/memory.ts';
import type { Review } from '../schemas/network-reviews.ts';

type ReadReview = Awaited<ReturnType<typeof readReview>>;

export function presentReview({ network, review, cases, actions }: ReadReview): z.infer<typeof Review> {
  return {
    network,
    id: review.id,
    kind: 'kwaliteitsreview',
    title: review.title,
    heldOn: review.heldOn,
    participants: review.participants,
    seen: review.seen,
    interpretations: review.interpretations,
    record: review.record,
    createdAt: review.createdAt.toISOString(),
    cases,
    actions: actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      description: a.description,
      owner: a.owner,
      dueOn: a.dueOn,
      learningLevel: a.learningLevel,
      status: a.status,
      followUp: a.followUp,
    })),
  };
}
