// What the opgaven and dialogue pages share: the not-found page, and running a write that
// redirects on success, shows the not-found page for a 404 and the form again for other problems.
import type { Context } from 'hono';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import type { RequestEnv } from '../../http/request-env.ts';
import { MessagePage } from '../pages/message.tsx';
import { viewOf } from '../view.ts';

type C = Context<AppEnv>;

export function opgavenPageHelpers(secureCookies: boolean) {
  const notFound = (c: C) => {
    const v = viewOf(c, secureCookies);
    return c.html(<MessagePage view={v} title={v.t.opgaven.notFoundTitle} message={v.t.opgaven.notFound} />, 404);
  };
  /** Runs a write; InputRejected 404 → not found page, 400 → `again(problems)`. */
  const attempt = async (c: C, work: () => Promise<string>, again: (problems: Problem[]) => Promise<Response>) => {
    try {
      return c.redirect(await work(), 303);
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      return error.status === 404 ? notFound(c) : again(error.problems);
    }
  };
  return { notFound, attempt };
}
