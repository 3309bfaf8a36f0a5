// Pages of the network's quality reviews (/netwerken/{slug}/reviews, issue 15, docs/network.md):
// the list with the plan form, one review with its cases, record and actions. Thin: read the form
// → one service → redirect (303), or the page again with the problems (400). Read: network.read;
// plan, record, actions: network.review; a case: network.share. A non-member gets the 404 page.
import { type Context, Hono } from 'hono';
import type { Problem } from '../../domain/problems.ts';
import { serviceContext } from '../../http/kit.ts';
import {
  agreeReviewAction,
  bringCase,
  followUpReviewAction,
  listReviews,
  planReview,
  readReview,
  recordReview,
} from '../../services/network-compare/memory.ts';
import { requirePage } from '../guards.tsx';
import { ReviewsPage } from '../pages/network-review/list.tsx';
import { type ReviewForm, ReviewPage } from '../pages/network-review/review.tsx';
import type { PageEnv } from '../view.ts';
import { attempt } from './opgaven-pages.tsx';
import { formValues, participantsFromForm } from './opgaven-forms.ts';

type C = Context<PageEnv>;

export function networkReviewPageRoutes() {
  const app = new Hono<PageEnv>();
  const read = requirePage('network.read');
  const review = requirePage('network.review');
  const form = async (c: C) => formValues(await c.req.parseBody());
  const slug = (c: C) => c.req.param('slug')!;
  const reviewUrl = (c: C, query = '', anchor = '') =>
    `/netwerken/${encodeURIComponent(slug(c))}/reviews/${encodeURIComponent(c.req.param('reviewId')!)}${query}${anchor}`;

  const listPage = async (c: C, problems?: Problem[], values?: Record<string, string>) => {
    const v = c.var.view;
    const { network, reviews } = await listReviews(serviceContext(c), slug(c));
    return c.html(
      <ReviewsPage view={v} network={network} reviews={reviews} canPlan={v.may('network.review')} problems={problems} values={values} />,
      problems ? 400 : 200,
    );
  };

  const reviewPage = async (c: C, failed?: { problems: Problem[]; form: ReviewForm; values: Record<string, string> }) => {
    const v = c.var.view;
    const data = await readReview(serviceContext(c), slug(c), c.req.param('reviewId')!);
    const removed = Number(c.req.query('verwijderd') ?? 0);
    return c.html(
      <ReviewPage
        view={v}
        data={data}
        canWrite={v.may('network.review')}
        canBring={v.may('network.share')}
        saved={c.req.query('opgeslagen') === '1'}
        removed={Number.isInteger(removed) && removed > 0 ? removed : undefined}
        {...failed}
      />,
      failed ? 400 : 200,
    );
  };
  /** After a write: the review again, saying so, and how many personal details were removed. */
  const saved = (c: C, anchor: string, removed = 0) => reviewUrl(c, `?opgeslagen=1${removed ? `&verwijderd=${removed}` : ''}`, anchor);

  app.get('/netwerken/:slug/reviews', read, (c) => listPage(c));
  app.post('/netwerken/:slug/reviews', review, async (c) => {
    const values = await form(c);
    return attempt(
      c,
      async () => {
        const { id } = await planReview(serviceContext(c), slug(c), {
          title: values.title,
          heldOn: values.heldOn,
          participants: participantsFromForm(values),
        });
        return `/netwerken/${encodeURIComponent(slug(c))}/reviews/${id}?opgeslagen=1`;
      },
      (problems) => listPage(c, problems, values),
    );
  });

  app.get('/netwerken/:slug/reviews/:reviewId', read, (c) => reviewPage(c));

  app.post('/netwerken/:slug/reviews/:reviewId/verslag', review, async (c) => {
    const values = await form(c);
    return attempt(
      c,
      async () => {
        const input = { ...values, participants: participantsFromForm(values) };
        const { removed } = await recordReview(serviceContext(c), slug(c), c.req.param('reviewId'), input);
        return saved(c, '#verslag', removed);
      },
      (problems) => reviewPage(c, { problems, form: 'record', values }),
    );
  });

  app.post('/netwerken/:slug/reviews/:reviewId/casussen', requirePage('network.share'), async (c) => {
    const values = await form(c);
    return attempt(
      c,
      async () => {
        const { id, removed } = await bringCase(serviceContext(c), slug(c), c.req.param('reviewId'), values);
        return saved(c, `#casus-${id}`, removed);
      },
      (problems) => reviewPage(c, { problems, form: 'case', values }),
    );
  });

  app.post('/netwerken/:slug/reviews/:reviewId/acties', review, async (c) => {
    const values = await form(c);
    return attempt(
      c,
      async () => {
        const { id } = await agreeReviewAction(serviceContext(c), slug(c), c.req.param('reviewId'), values);
        return saved(c, `#actie-${id}`);
      },
      (problems) => reviewPage(c, { problems, form: 'action', values }),
    );
  });

  app.post('/netwerken/:slug/reviews/:reviewId/acties/:actionId', review, async (c) => {
    const values = await form(c);
    const actionId = c.req.param('actionId');
    return attempt(
      c,
      async () => {
        await followUpReviewAction(serviceContext(c), slug(c), c.req.param('reviewId'), actionId, values);
        return saved(c, `#actie-${actionId}`);
      },
      (problems) => reviewPage(c, { problems, form: 'action', values }),
    );
  });
  return app;
}
