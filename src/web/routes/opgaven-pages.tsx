// What the opgaven and dialogue pages share: running a write that redirects on success and shows
// the form again with the problems when the input is refused (an unknown opgave or dialogue is a
// 404 page through app.onError).
import type { Context } from 'hono';
import type { Problem } from '../../domain/problems.ts';
import { orFormAgain } from '../../http/kit.ts';
import type { PageEnv } from '../view.ts';

/** Runs a write that returns where to go next; refused input → `again(problems)`. */
export const attempt = (c: Context<PageEnv>, work: () => Promise<string>, again: (problems: Problem[]) => Promise<Response>) =>
  orFormAgain(async () => c.redirect(await work(), 303), again);
