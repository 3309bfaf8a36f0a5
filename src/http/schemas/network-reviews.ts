// The network's quality reviews (kwaliteitsreview at network level, issue 15, docs/network.md):
// requests and documents. Types are checked here; what types cannot say (a blank title, a date
// that does not exist, text too long) the service refuses, naming the field in Dutch and English.
import { z } from '@hono/zod-openapi';
import { ACTION_KINDS, ACTION_STATUSES, PARTICIPANT_ROLES } from '../../domain/opgaven/vocabulary.ts';
import { Timestamp } from './shared.ts';

const Network = z.object({ slug: z.string(), name: z.string() });
const Participant = z.object({ role: z.enum(PARTICIPANT_ROLES), name: z.string().max(200).optional() });
const Day = z.string().max(20).openapi({ description: 'yyyy-mm-dd', example: '2026-03-12' });
const LearningLevel = z.union([z.literal(1), z.literal(2), z.literal(3)]).openapi({ description: '1 causaal, 2 reflectief, 3 systeem' });

const ReviewSummary = z.object({
  id: z.string(),
  title: z.string(),
  heldOn: z.string().nullable(),
  planned: z.boolean().openapi({ description: 'No date yet, or a date after today' }),
  cases: z.number().int(),
  actions: z.number().int(),
});

export const ReviewList = z.object({ network: Network, reviews: z.array(ReviewSummary) }).openapi('NetworkReviewList');

const ReviewCase = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    period: z.string(),
    member: z
      .string()
      .nullable()
      .openapi({ description: 'The member that brought it, only when it is named (or the reader’s own); null: a municipality in the network' }),
  })
  .openapi('NetworkReviewCase');

const ReviewAction = z
  .object({
    id: z.string(),
    kind: z.string().openapi({ description: `One of ${ACTION_KINDS.join(', ')}` }),
    description: z.string(),
    owner: z.string(),
    dueOn: z.string().nullable(),
    learningLevel: z.number().int(),
    status: z.string().openapi({ description: `One of ${ACTION_STATUSES.join(', ')}` }),
    followUp: z.string(),
  })
  .openapi('NetworkReviewAction');

export const Review = z
  .object({
    network: Network,
    id: z.string(),
    kind: z.literal('kwaliteitsreview'),
    title: z.string(),
    heldOn: z.string().nullable(),
    participants: z.array(z.object({ role: z.string(), name: z.string() })),
    seen: z.string(),
    interpretations: z.string(),
    record: z.string(),
    createdAt: Timestamp,
    cases: z.array(ReviewCase),
    actions: z.array(ReviewAction),
  })
  .openapi('NetworkReview');

export const PlanReviewRequest = z
  .object({ title: z.string().max(1000), heldOn: Day.optional(), participants: z.array(Participant).max(20).optional() })
  .openapi('NetworkReviewPlan', {
    example: { title: 'Kwaliteitsreview wachttijden', heldOn: '2026-05-12', participants: [{ role: 'aanbieder', name: 'De Linde' }] },
  });

export const RecordReviewRequest = z
  .object({
    seen: z.string().max(40000).optional(),
    interpretations: z.string().max(40000).optional(),
    record: z.string().max(40000).optional(),
    participants: z.array(Participant).max(20).optional().openapi({ description: 'Replaces the participants when given' }),
  })
  .openapi('NetworkReviewRecord', { example: { seen: 'Wachttijden lopen op bij twee aanbieders.', interpretations: 'Capaciteit, of verwijzing?' } });

export const CaseRequest = z
  .object({ title: z.string().max(1000), summary: z.string().max(10000), period: z.string().max(100).optional() })
  .openapi('NetworkReviewCaseRequest', {
    example: { title: 'Lang wachten op een plek', summary: 'Een gezin wachtte vier maanden op hulp.', period: '2026-Q1' },
  });

export const CaseAdded = z
  .object({
    id: z.string(),
    removed: z.number().int().openapi({ description: 'How many personal details (BSN, phone, e-mail, …) were removed before storing' }),
  })
  .openapi('NetworkReviewCaseAdded');

export const ActionRequest = z
  .object({
    kind: z.enum(ACTION_KINDS),
    description: z.string().max(4000),
    owner: z.string().max(1000),
    dueOn: Day.optional(),
    learningLevel: LearningLevel,
    status: z.enum(ACTION_STATUSES).optional(),
  })
  .openapi('NetworkReviewActionRequest', {
    example: { kind: 'contract-afspraken', description: 'Afspraak over wachttijden', owner: 'Regio', dueOn: '2026-09-01', learningLevel: 2 },
  });

export const FollowUpRequest = z
  .object({ status: z.enum(ACTION_STATUSES), followUp: z.string().max(8000).optional() })
  .openapi('NetworkReviewFollowUp', { example: { status: 'loopt', followUp: 'Gestart in juni.' } });

export const Created = z.object({ id: z.string() }).openapi('NetworkReviewCreated');
export const Recorded = z.object({ removed: z.number().int() }).openapi('NetworkReviewRecorded');
export const Updated = z.object({ updated: z.literal(true) }).openapi('NetworkReviewActionUpdated');
