// Refusals of collecting that are no input error: the channel is closed, or only staff may use it.

export class CollectRefused extends Error {
  constructor(
    readonly status: 401 | 403 | 409 | 410,
    readonly type: 'collection-closed' | 'collection-not-yet-open' | 'staff-only' | 'submission-conflict',
    readonly nl: string,
    readonly en: string,
  ) {
    super(en);
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
