// Refusals of collecting that are no input error: the channel is closed, or only staff may use it.
import { Refused, type RefusalKind } from '../../domain/refused.ts';

const KIND: Record<401 | 403 | 409 | 410, RefusalKind> = { 401: 'unauthenticated', 403: 'forbidden', 409: 'conflict', 410: 'gone' };

/** A story the collection will not take now: closed, not yet open, staff only, or an id sent before with other content. */
export class CollectRefused extends Refused {
  constructor(
    readonly status: 401 | 403 | 409 | 410,
    override readonly type: 'collection-closed' | 'collection-not-yet-open' | 'staff-only' | 'submission-conflict',
    readonly nl: string,
    readonly en: string,
  ) {
    super(KIND[status], type, { nl, en });
    this.message = en;
  }
}

export function closedRefusal(state: 'closed' | 'not-yet-open', opensAt: Date | null): CollectRefused {
  if (state === 'closed') {
    return new CollectRefused(
      410,
      'collection-closed',
      'U kunt hier geen verhaal meer vertellen: deze verzameling is gesloten.',
      'This collection is closed; it no longer accepts stories.',
    );
  }
  const when = opensAt ? opensAt.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }) : '';
  return new CollectRefused(
    409,
    'collection-not-yet-open',
    `U kunt hier nog geen verhaal vertellen${when ? `: de verzameling opent op ${when}` : ''}.`,
    `This collection is not open yet${opensAt ? ` (opens ${opensAt.toISOString()})` : ''}.`,
  );
}
