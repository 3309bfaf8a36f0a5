// Page routes of the comparison (/vergelijken), permission compare.read. Thin: guard → read the
// GET form → the compare service → render (problems in the input: the form again, with them, 400).
import { Hono } from 'hono';
import { filterInputFromText } from '../../domain/patterns/compare-filter.ts';
import { formatProblem } from '../../domain/problems.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import { compareSubsets, type CompareDocument } from '../../services/compare.ts';
import { compareChoices, indicatorsBeside, type IndicatorBeside } from '../../services/compare-page.ts';
import { listQuestionnaireKeys } from '../../services/import-questionnaire.ts';
import { requirePage } from '../guards.tsx';
import { ComparePage } from '../pages/compare/compare-page.tsx';
import { CompareIndexPage } from '../pages/compare/index-page.tsx';
import { fieldsFromQuery, filtersOfFields } from '../pages/compare/form.ts';
import { MessagePage } from '../pages/message.tsx';

export function comparePageRoutes() {
  const app = new Hono<AppEnv>();
  const guard = requirePage('compare.read');

  app.get('/vergelijken', guard, async (c) => {
    const keys = await listQuestionnaireKeys(serviceContext(c));
    if (keys.length === 1) return c.redirect(`/vergelijken/${encodeURIComponent(keys[0].key)}`, 302);
    return c.html(<CompareIndexPage view={c.var.view} keys={keys.map((k) => k.key)} />);
  });

  app.get('/vergelijken/:key', guard, async (c) => {
    const v = c.var.view;
    const ctx = serviceContext(c);
    const choices = await compareChoices(ctx, c.req.param('key'));
    if (!choices) return c.html(<MessagePage view={v} title={v.t.compare.notFoundTitle} message={v.t.compare.notFound} />, 404);
    const fields = fieldsFromQuery((name) => c.req.query(name));
    const filters = filtersOfFields(fields);
    let document: CompareDocument | null = null;
    let problems: string[] = [];
    let indicators: IndicatorBeside[] = [];
    if (Object.keys(filters).length > 0) {
      await orFormAgain(
        async () => {
          document = await compareSubsets(ctx, choices.key, filters);
          indicators = await indicatorsBeside(ctx, codesOf(document));
        },
        (refused) => {
          problems = refused.map((p) => formatProblem(p, v.lang));
        },
      );
    }
    const page = <ComparePage view={v} choices={choices} fields={fields} document={document} problems={problems} indicators={indicators} />;
    return c.html(page, problems.length > 0 ? 400 : 200);
  });
  return app;
}

/** The answer values each subset is filtered on (area and provider codes among them). */
function codesOf(document: CompareDocument): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const subset of document.subsets) {
    if (subset.filter === 'rest') continue;
    out[subset.name] = filterInputFromText(subset.name, subset.filter).answers!.flatMap(([, values]) => values.split(',').map((v) => v.trim()));
  }
  return out;
}
