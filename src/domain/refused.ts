// The one base class for a refusal by the domain or a service: the caller asked for something we
// will not do (bad input, an unknown thing, a closed collection, a role that may not). A refusal is
// the caller's to fix, never a fault of ours: the request kit (http/errors.ts) turns every one
// into the same answer, problem+json for the API and an error page for the pages, using its kind
// for the status. Subclasses: InputRejected (problems.ts), CollectRefused (services/collect).
import type { Problem } from './problem.ts';

/** What kind of refusal; the request kit maps each to one HTTP status (400, 404, 401, 403, 409, 410). */
export type RefusalKind = 'input' | 'not-found' | 'unauthenticated' | 'forbidden' | 'conflict' | 'gone';

export interface RefusalText {
  nl: string;
  en: string;
}

export class Refused extends Error {
  constructor(
    readonly kind: RefusalKind,
    /** Stable machine-readable name, the last part of the problem+json type ("input-rejected"). */
    readonly type: string,
    /** One sentence for the whole refusal, in Dutch for people and English for the API. */
    readonly text: RefusalText,
    /** Every problem found, each naming its file, line, column or field; may be empty. */
    readonly problems: Problem[] = [],
  ) {
    super([text.en, ...problems.slice(0, 3).map((p) => p.en)].join(' '));
    this.name = new.target.name;
  }
}
