// Page routes of the comparison (/vergelijken), permission compare.read. Thin: guard → read the
// GET form → the compare service → render (problems in the input: the form again, with them, 400).
import { Hono, type Context } from 'hono';
import { filterInputFromText } from '../../domain/patterns/compare-filter.ts';
import { formatProblem, InputRejected } from '../../domain/problems.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import { compareSubsets, type CompareDocument } from '../../services/compare.ts';
import { compareChoices, indicatorsBeside, type IndicatorBeside } from '../../services/compare-page.ts';
import { listQuestionnaireKeys } from '../../services/import-questionnaire.ts';
import { requirePage } from '../guards.tsx';
import { ComparePage } from '../pages/compare/compare-page.tsx';
import { CompareIndexPage } from '../pages/compare/index-page.tsx';
import { fieldsFromQuery, filtersOfFields } from '../pages/compare/form.ts';
import { MessagePage } from '../pages/message.tsx';
import { serviceContextOf, viewOf } from '../view.ts';

export function comparePageRoutes(options: { secureCookies: boolean }) {
  const app = new Hono<AppEnv>();
  const guard = requirePage('compare.read', options.secureCookies);
  const view = (c: Context<AppEnv>) => viewOf(c, options.secureCookies);

  app.get('/vergelijken', guard, async (c) => {
    const keys = await listQuestionnaireKeys(serviceContextOf(c));
    if (keys.length === 1) return c.redirect(`/vergelijken/${encodeURIComponent(keys[0].key)}`, 302);
    return c.html(<CompareIndexPage view={view(c)} keys={keys.map((k) => k.key)} />);
  });

  app.get('/vergelijken/:key', guard, async (c) => {
    const v = view(c);
    const ctx = serviceContextOf(c);
    const choices = await compareChoices(ctx, c.req.param('key'));
    if (!choices) return c.html(<MessagePage view={v} title={v.t.compare.notFoundTitle} message={v.t.compare.notFound} />, 404);
    const fields = fieldsFromQuery((name) => c.req.query(name));
    const filters = filtersOfFields(fields);
    let document: CompareDocument | null = null;
    let problems: string[] = [];
    let indicators: IndicatorBeside[] = [];
    if (Object.keys(filters).length > 0) {
      try {
        document = await compareSubsets(ctx, choices.key, filters);
        indicators = await indicatorsBeside(ctx, codesOf(document));
      } catch (error) {
        if (!(error instanceof InputRejected)) throw error;
        problems = error.problems.map((p) => formatProblem(p, v.lang));
      }
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
