// Opgaven, their theory of change (statements, assumptions, statuses with evidence) and the
// dialogues and actions that follow them up.
import { z } from '@hono/zod-openapi';
import { ASSUMPTION_STATUSES, DIALOGUE_KINDS, PARTICIPANT_ROLES } from '../../domain/opgaven/vocabulary.ts';
import { Timestamp } from './shared.ts';

const AssumptionStatus = z.enum(ASSUMPTION_STATUSES);

export const OpgaveList = z
  .object({
    opgaven: z.array(
      z.object({
        id: z.string(),
        key: z.string(),
        title: z.string(),
        description: z.string(),
        domain: z.string(),
        statements: z.number().int(),
        assumptions: z.number().int(),
        statusCounts: z.record(AssumptionStatus, z.number().int()),
      }),
    ),
  })
  .openapi('OpgaveList');

export const OpgaveCreated = z.object({ key: z.string() }).openapi('OpgaveCreated');
export const ElementCreated = z.object({ id: z.string() }).openapi('ElementCreated');
export const Linked = z.object({ linked: z.literal(true) }).openapi('Linked');

const PatternStats = z.object({
  test: z.string(),
  n: z.number(),
  q: z.number().nullable(),
  effect: z.object({ name: z.string(), value: z.number().nullable() }),
  strength: z.string().nullable(),
  significant: z.boolean(),
});

/** A pattern, a story, an indicator series or a dialogue's conclusion. */
const EvidenceItem = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('pattern'),
      questionnaire: z.string(),
      a: z.string(),
      b: z.string(),
      stats: PatternStats.optional(),
      confirmNotSignificant: z.boolean().optional(),
    }),
    z.object({ kind: z.literal('story'), ref: z.string() }),
    z.object({ kind: z.literal('indicator'), indicator: z.string(), area: z.string() }),
    z.object({ kind: z.literal('dialogue'), dialogue: z.string(), conclusion: z.string() }),
    z.object({ kind: z.literal('observation'), observation: z.string().openapi({ description: "An observation's id (a dialogue's material only)" }) }),
  ])
  .openapi('EvidenceItem');

/** An item with a readable label; null: a story title the caller's role may not read. */
const LabelledEvidence = z.intersection(EvidenceItem, z.object({ label: z.string().nullable(), storyId: z.string().optional() }));

const TocLink = z.object({ kind: z.enum(['indicator', 'question']), ref: z.string(), label: z.string() });

const StatusChange = z.object({
  id: z.string(),
  status: AssumptionStatus,
  note: z.string(),
  evidence: z.array(LabelledEvidence),
  changedBy: z.string().nullable(),
  changedAt: Timestamp,
});

const Assumption = z.object({
  id: z.string(),
  text: z.string(),
  buildingBlock: z.string().nullable(),
  status: AssumptionStatus,
  links: z.array(TocLink),
  latest: StatusChange.nullable(),
  history: z.array(StatusChange),
});

export const TheoryOfChange = z
  .object({
    opgave: z.object({ id: z.string(), key: z.string(), title: z.string(), description: z.string(), domain: z.string() }),
    statements: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        parts: z.object({ action: z.string(), contributesTo: z.string(), because: z.string() }).nullable(),
        buildingBlock: z.string().nullable(),
        links: z.array(TocLink),
        assumptions: z.array(Assumption),
      }),
    ),
  })
  .openapi('TheoryOfChange');

export const Judgement = z
  .object({ id: z.string(), status: AssumptionStatus, evidence: z.object({ note: z.string(), items: z.array(EvidenceItem) }), changedAt: Timestamp })
  .openapi('Judgement');

const DialogueSummaryFields = {
  id: z.string(),
  kind: z.string().openapi({ description: `One of ${DIALOGUE_KINDS.join(', ')}` }),
  title: z.string(),
  heldOn: z.string().nullable(),
  planned: z.boolean(),
  opgave: z.object({ key: z.string(), title: z.string() }).nullable(),
  actions: z.number().int(),
};

export const DialogueList = z.object({ dialogues: z.array(z.object(DialogueSummaryFields)) }).openapi('DialogueList');

/** An action's own fields, also in the monitor's document (http/schemas/monitor.ts). */
export const ActionFields = {
  kind: z.string(),
  description: z.string(),
  owner: z.string(),
  dueOn: z.string().nullable(),
  learningLevel: z.number().int(),
  status: z.string(),
  followUp: z.string(),
};

const Action = z.object({ id: z.string(), dialogueId: z.string(), ...ActionFields }).openapi('Action');

export const Dialogue = z
  .object({
    ...DialogueSummaryFields,
    participants: z.array(z.object({ role: z.enum(PARTICIPANT_ROLES), name: z.string() })),
    material: z.array(LabelledEvidence),
    seen: z.string(),
    interpretations: z.string(),
    record: z.string(),
    actionList: z.array(Action),
  })
  .openapi('Dialogue');

export const DialogueCreated = z.object({ id: z.string() }).openapi('DialogueCreated');
export const ActionUpdated = z.object({ updated: z.literal(true) }).openapi('ActionUpdated');
