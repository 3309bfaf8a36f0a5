// Page route of the network comparison (/netwerken/{slug}/vergelijken), permission
// network.compare. Thin: guard → the service → render. A non-member gets the 404 page; a
// question that is not shared (?question=) the refusal's message with 400 (app.onError).
import { Hono } from 'hono';
import { serviceContext } from '../../http/kit.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import { compareNetwork } from '../../services/network-compare/compare.ts';
import { requirePage } from '../guards.tsx';
import { NetworkComparePage } from '../pages/network-compare/compare-page.tsx';

export function networkComparePageRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/netwerken/:slug/vergelijken', requirePage('network.compare'), async (c) => {
    const document = await compareNetwork(serviceContext(c), c.req.param('slug'), { questions: c.req.queries('question') ?? [] });
    return c.html(<NetworkComparePage view={c.var.view} document={document} />);
  });
  return app;
}
