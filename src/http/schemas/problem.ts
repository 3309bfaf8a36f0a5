// The one error shape of the API (RFC 9457 application/problem+json, http/problem.ts builds it) as
// an OpenAPI schema, and the error responses every route declares with it. A route lists what it
// can answer: its own refusals plus what the guard (401, 403), the body checks (400, 413) and the
// app's error mapping (400 for a value the database cannot take, 500) add around it.
import { z } from '@hono/zod-openapi';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One input problem: where (file, line, sheet, cell, column or field) and what, in Dutch and English. */
const ProblemItem = z
  .object({
    file: z.string().optional(),
    line: z.number().int().optional(),
    sheet: z.string().optional(),
    cell: z.string().optional(),
    column: z.string().optional(),
    field: z.string().optional(),
    code: z.string().openapi({ example: 'not-a-number' }),
    nl: z.string(),
    en: z.string(),
    message: z.string().openapi({ description: 'English, with its place: `stories.csv:12: column "gehoord": …`' }),
    message_nl: z.string(),
  })
  .openapi('ProblemItem');

const Problem = z
  .object({
    type: z.string().url().openapi({ example: 'https://duiding.nl/problems/input-rejected' }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    detail_nl: z.string().openapi({ description: 'Dutch, for end users; `detail` is English.' }),
    errors: z.array(ProblemItem).optional(),
  })
  .openapi('Problem');

/** Sign-in to accounts in several municipalities: the problem names them (RFC 9457 extension member). */
export const ChooseTenantProblem = Problem.extend({ tenants: z.array(z.object({ slug: z.string(), name: z.string() })) }).openapi('ChooseTenantProblem');

export const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } } });

/** Every route: a fault of ours is a problem too, never a stack trace. */
const always = { 500: problem('Something went wrong on our side') };

/** Routes behind requirePermission: no session, or a role that may not (or a missing CSRF token). */
export const guarded = {
  401: problem('Not signed in'),
  403: problem('The role may not do this, or the CSRF token is missing or wrong'),
  ...always,
};

/** Requests with a body or query the API reads: a field that does not validate, a body over the size limit. */
export const invalidInput = {
  400: problem('The request does not validate; `errors` names each field'),
  413: problem('The request body is too large'),
};

/** Path or query parameters that do not validate (or a value the database cannot take). */
export const badRequest = { 400: problem('A parameter does not validate; `errors` names it') };

export const notFound = { 404: problem('Not found (or not of this municipality)') };

/** Unguarded routes (sign-in, the public story endpoints). */
export const publicErrors = always;
