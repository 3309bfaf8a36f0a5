// What each role may do: the one table every endpoint and page checks (docs/security.md).
import type { Role } from '../../db/schema/index.ts';

// The roles, for the edge (pages and routes import services, never db).
export { ROLES, type Role } from '../../db/schema/index.ts';

export const PERMISSIONS = {
  'overview.read': ['beheerder', 'analist', 'gespreksleider', 'interviewer', 'raad', 'aanbieder', 'netwerkcoordinator'],
  // The raw story list and story texts: never the council or providers (they get curated stories).
  'stories.read': ['beheerder', 'analist', 'gespreksleider'],
  'stories.import': ['beheerder', 'analist'],
  'stories.export': ['beheerder', 'analist'],
  'stories.moderate': ['beheerder', 'analist'],
  // Entering a story told in a conversation (collection mode interview) or a council member's
  // case from the ombudsfunctie (mode signal).
  'stories.enter-interview': ['beheerder', 'analist', 'interviewer'],
  'stories.enter-signal': ['beheerder', 'analist', 'interviewer', 'raad'],
  'questionnaires.read': ['beheerder', 'analist', 'gespreksleider', 'interviewer'],
  'questionnaires.write': ['beheerder', 'analist'],
  'collections.read': ['beheerder', 'analist', 'gespreksleider', 'interviewer'],
  'collections.write': ['beheerder', 'analist'],
  // aanbieder reads indicators filtered to its own provider beside the whole (services/indicators).
  'indicators.read': ['beheerder', 'analist', 'gespreksleider', 'raad', 'aanbieder'],
  'indicators.write': ['beheerder', 'analist'],
  'patterns.read': ['beheerder', 'analist', 'gespreksleider'],
  // Comparing subsets (/vergelijken, the compare API): the analyst's work, read by the facilitator.
  'compare.read': ['analist', 'gespreksleider'],
  // The network comparison (issue 15): every reader of figures, each seeing what network-level
  // disclosure allows (services/network-compare); the network's own pages are network.read.
  'network.compare': ['beheerder', 'analist', 'gespreksleider', 'raad', 'aanbieder', 'netwerkcoordinator'],
  // Sharing a lesson, observation or interpretation, or bringing a case: speaking for the member.
  'network.share': ['beheerder', 'analist', 'gespreksleider'],
  // Planning and recording the network's quality reviews and agreeing their actions: who leads a
  // session (as dialogues.write locally) and the coordinator who convenes the network.
  'network.review': ['gespreksleider', 'netwerkcoordinator'],
  // Releasing a story whose teller consented to a network, or taking it back: the municipality's
  // second yes, given by who answers for its stories (docs/network.md "Shared stories").
  'network.release': ['beheerder', 'analist'],
  // Coding (issue 11): analysts code and keep the codebook; a dialogue's facilitator reads along.
  'codes.read': ['analist', 'gespreksleider'],
  'codes.write': ['analist'],
  // Observations, interpretations and perspectives (issue 11, catalysis): the analyst writes them,
  // the facilitator reads them to prepare a session. The council sees them only through the monitor.
  'observations.read': ['analist', 'gespreksleider'],
  'observations.write': ['analist'],
  'opgaven.read': ['beheerder', 'analist', 'gespreksleider', 'raad', 'aanbieder'],
  'opgaven.write': ['beheerder', 'analist', 'gespreksleider'],
  'assumptions.judge': ['beheerder', 'analist', 'gespreksleider'],
  'dialogues.read': ['beheerder', 'analist', 'gespreksleider', 'raad'],
  'dialogues.write': ['beheerder', 'analist', 'gespreksleider'],
  // The monitor and staalkaart: aggregates with small-cell suppression for raad and aanbieder.
  'monitor.read': ['beheerder', 'analist', 'gespreksleider', 'raad', 'aanbieder'],
  'staalkaart.write': ['beheerder', 'analist'],
  'curation.write': ['beheerder', 'analist'],
  'reports.read': ['beheerder', 'analist', 'gespreksleider', 'raad', 'aanbieder'],
  'reports.write': ['beheerder', 'analist'],
  'users.manage': ['beheerder'],
  'tenant.manage': ['beheerder'],
  'audit.read': ['beheerder'],
  // The regional learning network (issue 15, docs/network.md). Reading the networks the own
  // municipality is a member of; joining and leaving is the beheerder's explicit consent; adopting
  // a network version changes the municipality's own questionnaire; the coordinator designs the
  // shared instrument and keeps the providers list (and holds no role in the members' own data).
  'network.read': ['beheerder', 'analist', 'gespreksleider', 'netwerkcoordinator'],
  'network.join': ['beheerder'],
  'network.adopt': ['beheerder', 'analist'],
  'network.manage': ['netwerkcoordinator'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function allows(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
