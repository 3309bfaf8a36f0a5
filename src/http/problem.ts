// RFC 9457 problem+json: one error shape for the whole API, with Dutch and English text.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { formatProblem, type Problem } from '../domain/problems.ts';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Dutch for end users; `detail` is English. */
  detail_nl: string;
  errors?: (Problem & { message: string; message_nl: string })[];
}

export function problemResponse(c: Context, status: ContentfulStatusCode, type: string, text: { en: string; nl: string }, problems?: Problem[]) {
  return c.body(JSON.stringify(problemDocument(status, type, text, problems)), status, PROBLEM_HEADERS);
}

export const PROBLEM_HEADERS = { 'content-type': 'application/problem+json; charset=utf-8' };

/** The body of a problem response (schemas/problem.ts describes it in the OpenAPI document). */
export function problemDocument(status: number, type: string, text: { en: string; nl: string }, problems?: Problem[]): ProblemDocument {
  const body: ProblemDocument = {
    type: `https://duiding.nl/problems/${type}`,
    title: text.en,
    status,
    detail: text.en,
    detail_nl: text.nl,
  };
  if (problems) {
    body.errors = problems.map((p) => ({ ...p, message: formatProblem(p, 'en'), message_nl: formatProblem(p, 'nl') }));
  }
  return body;
}
