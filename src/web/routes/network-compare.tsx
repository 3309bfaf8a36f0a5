// Page route of the network comparison (/netwerken/{slug}/vergelijken), permission
// network.compare. Thin: guard → the service → render. A non-member gets the 404 page; a
// question that is not shared (?question=) the refusal's message with 400 (app.onError).
import { type Context, Hono } from 'hono';
import type { Problem } from '../../domain/problems.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import { allows } from '../../services/auth/policy.ts';
import { compareNetwork } from '../../services/network-compare/compare.ts';
import { memberNetwork } from '../../services/network/membership.ts';
import { readLibrary, shareInLibrary } from '../../services/network-compare/memory.ts';
import { requirePage } from '../guards.tsx';
import type { PageEnv } from '../view.ts';
import { NetworkComparePage } from '../pages/network-compare/compare-page.tsx';
import { LibraryPage } from '../pages/network-compare/library-page.tsx';
import { PublishForm } from '../pages/network-report/publish-form.tsx';
import { MessagePage } from '../pages/message.tsx';

export function networkComparePageRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/netwerken/:slug/vergelijken', requirePage('network.compare'), async (c) => {
    const v = c.var.view;
    const slug = c.req.param('slug');
    const questions = c.req.queries('question') ?? [];
    const period = { from: c.req.query('from') ?? '', to: c.req.query('to') ?? '', keep: questions.map((q) => ['question', q] as const) };
    return orFormAgain(
      async () => {
        const document = await compareNetwork(serviceContext(c), slug, { questions, from: period.from, to: period.to });
        // The coordinator may publish what is shown (with the same period) as a report.
        const publish = v.may('network.manage') ? <PublishForm view={v} slug={slug} values={{ title: '', from: period.from, to: period.to }} /> : null;
        return c.html(<NetworkComparePage view={v} network={document.network} document={document} period={period} publish={publish} />);
      },
      async (problems, refusal) => {
        // A network without a shared questionnaire yet is an empty state on the page, not an error.
        if (problems.some((p) => p.code === 'no-shared-questionnaire' || p.code === 'no-version'))
          return c.html(<MessagePage view={v} title={v.t.networkCompare.nothingYetTitle} message={v.t.networkCompare.nothingYet} />);
        // A period that does not parse: the form again, the message next to its field.
        if (!problems.every((p) => p.field === 'from' || p.field === 'to')) throw refusal;
        const { network } = await memberNetwork(serviceContext(c), slug);
        return c.html(<NetworkComparePage view={v} network={network} document={null} period={{ ...period, problems }} />, 400);
      },
    );
  });
  return app;
}

/** The network library: read by network.read, shared into by network.share (docs/security.md). */
export function networkLibraryPageRoutes() {
  const app = new Hono<PageEnv>();
  const page = async (c: Context<PageEnv>, problems?: Problem[], values?: Record<string, string>) => {
    const v = c.var.view;
    const query = { q: c.req.query('q') ?? '', kind: c.req.query('kind') ?? '' };
    const { network, entries } = await readLibrary(serviceContext(c), c.req.param('slug')!, query);
    const canShare = allows(v.session!.roles, 'network.share');
    const shared = c.req.query('gedeeld') === '1';
    return c.html(
      <LibraryPage view={v} network={network} entries={entries} query={query} canShare={canShare} shared={shared} problems={problems} values={values} />,
      problems ? 400 : 200,
    );
  };
  app.get('/netwerken/:slug/bibliotheek', requirePage('network.read'), (c) => page(c));
  app.post('/netwerken/:slug/bibliotheek', requirePage('network.share'), async (c) => {
    const body = await c.req.parseBody();
    const values = Object.fromEntries(Object.entries(body).map(([k, x]) => [k, typeof x === 'string' ? x : '']));
    const slug = c.req.param('slug');
    return orFormAgain(
      async () => {
        await shareInLibrary(serviceContext(c), slug, values);
        return c.redirect(`/netwerken/${encodeURIComponent(slug)}/bibliotheek?gedeeld=1`, 303);
      },
      (problems) => page(c, problems, values),
    );
  });
  return app;
}
