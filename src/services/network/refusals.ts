// The refusals of the network services, each naming its field, in Dutch and English.
import { InputRejected } from '../../domain/problems.ts';

/** A network this municipality cannot see: unknown, or it is not (or no longer) a member. */
export function unknownNetwork(slug: string): InputRejected {
  return new InputRejected(
    [
      {
        field: 'network',
        code: 'unknown-network',
        nl: `netwerk "${slug}" bestaat niet, of uw gemeente is er geen lid van`,
        en: `network "${slug}" does not exist, or your municipality is not a member`,
      },
    ],
    404,
  );
}

export function rejected(field: string, code: string, nl: string, en: string): InputRejected {
  return new InputRejected([{ field, code, nl, en }]);
}

/** A unique violation of network_members_active: a join that raced another one. */
export function isDuplicateMembership(error: unknown): boolean {
  for (let e = error as { message?: string; cause?: unknown; constraint?: string } | undefined; e; e = e.cause as typeof e) {
    if (e.constraint === 'network_members_active' || e.message?.includes('network_members_active')) return true;
  }
  return false;
}
