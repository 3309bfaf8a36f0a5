// The error page of the request kit's one error mapping (http/errors.ts): a refusal or a fault of
// ours on a page, in the page's language, with the problems listed when there are any.
import type { Context } from 'hono';
import { formatProblem } from '../domain/problems.ts';
import type { Failure } from '../http/errors.ts';
import { MessagePage } from './pages/message.tsx';
import { pageViewOf } from './view.ts';

export function errorPage(c: Context, failure: Failure) {
  const v = pageViewOf(c);
  const e = v.t.errors;
  const title =
    failure.status === 404
      ? e.notFoundTitle
      : failure.status === 403 || failure.status === 401
        ? e.forbiddenTitle
        : failure.status >= 500
          ? e.internalTitle
          : e.refusedTitle;
  const lines = [failure.text[v.lang], ...(failure.problems ?? []).map((p) => formatProblem(p, v.lang))];
  // A problem names its field or line already; the summary above it only repeats "not found".
  const message = failure.problems?.length ? lines.slice(1).join(' ') : failure.status === 404 ? e.notFound : lines[0]!;
  return c.html(<MessagePage view={v} title={title} message={message} />, failure.status);
}
