// The one mapping from an error to a response (app.onError): problem+json for the API (/api/…),
// an error page for everything else. A refusal (domain/refused.ts) is the caller's to fix and keeps
// its own type, text and problems; a few errors of Hono and the database are the caller's input
// too; everything else is a fault of ours: logged without query parameters, answered with a 500
// that says nothing of its cause.
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import type { Problem } from '../domain/problems.ts';
import { Refused, type RefusalKind, type RefusalText } from '../domain/refused.ts';
import { isDatabaseInputError, loggableError } from './error-kinds.ts';
import { problemResponse } from './problem.ts';
import { UploadTooLarge } from './upload.ts';

/** The HTTP status of each kind of refusal. */
const REFUSAL_STATUS: Record<RefusalKind, ContentfulStatusCode> = {
  input: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
};

/** What went wrong, the same for the API and the pages; only the shape of the answer differs. */
export interface Failure {
  status: ContentfulStatusCode;
  /** problem+json type ("input-rejected", "collection-closed", "internal"). */
  type: string;
  text: RefusalText;
  problems?: Problem[];
}

/** Renders a failure as a page (web/error-page.tsx); the API needs none. */
export type ErrorPage = (c: Context, failure: Failure) => Response | Promise<Response>;

export const TOO_LARGE: Failure = { status: 413, type: 'too-large', text: { en: 'The request body is too large.', nl: 'Het bestand of verzoek is te groot.' } };
const INTERNAL: Failure = {
  status: 500,
  type: 'internal',
  text: { en: 'Something went wrong on our side.', nl: 'Er ging bij ons iets mis. Probeer het later opnieuw.' },
};

/** A refusal, or an error that is the caller's input; null for a fault of ours. */
function failureOf(error: unknown): Failure | null {
  if (error instanceof Refused) {
    return { status: REFUSAL_STATUS[error.kind], type: error.type, text: error.text, problems: error.problems.length ? error.problems : undefined };
  }
  if (error instanceof UploadTooLarge) return TOO_LARGE;
  // hono/csrf throws 403 for a cross-site form or text/plain POST: a refusal, not a fault of ours.
  if (error instanceof HTTPException && error.status === 403) {
    return {
      status: 403,
      type: 'cross-origin',
      text: { en: 'Requests from other sites are refused.', nl: 'Een verzoek vanaf een andere website wordt geweigerd.' },
    };
  }
  // Other 4xx of Hono (malformed JSON, …) and values the database cannot take: the caller's input.
  if (error instanceof HTTPException && error.status < 500) {
    return {
      status: error.status as ContentfulStatusCode,
      type: 'bad-request',
      text: { en: 'The request could not be read (for example malformed JSON).', nl: 'Het verzoek kon niet worden gelezen (bijvoorbeeld onjuiste JSON).' },
    };
  }
  if (isDatabaseInputError(error))
    return { status: 400, type: 'invalid-value', text: { en: 'A value in the request is not valid.', nl: 'Een waarde in het verzoek is ongeldig.' } };
  return null;
}

/** The API answers problem+json; every other path is a page and gets one. */
export function failureResponse(c: Context, failure: Failure, page: ErrorPage): Response | Promise<Response> {
  if (c.req.path.startsWith('/api/')) return problemResponse(c, failure.status, failure.type, failure.text, failure.problems);
  return page(c, failure);
}

export function errorHandler(options: { logger: Logger; page: ErrorPage }): ErrorHandler {
  return (error, c) => {
    const failure = failureOf(error);
    if (failure) return failureResponse(c, failure, options.page);
    // Never the query parameters: they can hold story text or e-mail addresses (error-kinds.ts).
    options.logger.error({ err: loggableError(error), path: c.req.path }, 'unhandled error');
    return failureResponse(c, INTERNAL, options.page);
  };
}
