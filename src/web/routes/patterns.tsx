// The pattern workbench (/patronen, issue 11): the scan as a list, one pattern with its charts,
// and the stories behind a selection. Thin: guard → one service → page. The filter is read from
// the address exactly as the API reads it (every parameter that is not the page's own is an
// answer filter, then parseStoryFilter); empty values are dropped, since a GET form sends
// "rol=" for "(alle)".
import { Hono, type Context } from 'hono';
import { formatProblem } from '../../domain/problems.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import { allows } from '../../services/auth/policy.ts';
import { PATTERN_SORTS, patternDetail, patternList, patternQuestionnaires, selectionStories, type PatternSort } from '../../services/pattern-explorer.ts';
import type { FilterInput } from '../../services/patterns.ts';
import { requirePage } from '../guards.tsx';
import { PatternDetailPage } from '../pages/patterns/detail-page.tsx';
import { PatternIndexPage } from '../pages/patterns/index-page.tsx';
import { PatternListPage } from '../pages/patterns/list-page.tsx';
import { SelectionPage } from '../pages/patterns/selection-page.tsx';
import type { PageEnv as AppEnv } from '../view.ts';

type C = Context<AppEnv>;
type Pair = [string, string];

const LIST_OWN = ['zoek', 'sorteer', 'pagina'];
const DETAIL_OWN = ['patroon'];
/** The API's own parameters of stories-behind, and the reader's place. */
const CELL = ['group', 'range', 'var', 'min', 'max'];
const SELECTION_OWN = [...CELL, 'q', 'page', 'pageSize', 'nr'];

/** The address's parameters in order, without the page's own ones, the language and empty values. */
function filterPairs(url: string, own: readonly string[]): Pair[] {
  const pairs: Pair[] = [];
  for (const [name, value] of new URL(url).searchParams) {
    if (name === 'lang' || own.includes(name) || value.trim() === '') continue;
    pairs.push([name, value]);
  }
  return pairs;
}

function filterInput(pairs: readonly Pair[]): FilterInput {
  const first = (name: string) => pairs.find(([n]) => n === name)?.[1] ?? null;
  return { collection: first('collection'), period: first('period'), answers: pairs.filter(([n]) => n !== 'collection' && n !== 'period') };
}

const positive = (text: string | undefined) => {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? value : null;
};

// A refused filter on the list shows the form again; every other refusal (an unknown questionnaire
// or pattern, a bad selection) is the request kit's error page (http/errors.ts).
export function patternPageRoutes() {
  const app = new Hono<AppEnv>();
  const view = (c: C) => c.var.view;

  app.get('/patronen', requirePage('patterns.read'), async (c) => {
    return c.html(<PatternIndexPage view={view(c)} questionnaires={await patternQuestionnaires(serviceContext(c))} />);
  });

  app.get('/patronen/:key', requirePage('patterns.read'), async (c) => {
    const v = view(c);
    const key = c.req.param('key');
    const filter = filterPairs(c.req.url, LIST_OWN);
    const search = c.req.query('zoek')?.slice(0, 200) ?? '';
    const asked = c.req.query('sorteer') as PatternSort | undefined;
    const sort: PatternSort = asked && PATTERN_SORTS.includes(asked) ? asked : 'sterkte';
    const page = positive(c.req.query('pagina')) ?? 1;
    const ctx = serviceContext(c);
    return orFormAgain(
      async () => {
        const data = await patternList(ctx, key, { filter: filterInput(filter), search, sort, page });
        return c.html(<PatternListPage view={v} data={data} filter={filter} search={search} sort={sort} />);
      },
      async (problems) => {
        // A refused filter: the form again with what was typed, and the problems named.
        const data = await patternList(ctx, key, { filter: {}, search, sort, page: 1 });
        const named = problems.map((p) => formatProblem(p, v.lang));
        return c.html(<PatternListPage view={v} data={data} filter={filter} search={search} sort={sort} problems={named} />, 400);
      },
    );
  });

  app.get('/patronen/:key/patroon', requirePage('patterns.read'), async (c) => {
    const v = view(c);
    const [a, b] = (c.req.query('patroon') ?? '').split('|');
    const filter = filterPairs(c.req.url, DETAIL_OWN);
    const detail = await patternDetail(serviceContext(c), c.req.param('key'), { a: a ?? '', b: b ?? '' }, filterInput(filter));
    return c.html(<PatternDetailPage view={v} detail={detail} filter={filter} />);
  });

  // Story texts: stories.read (analist, gespreksleider, beheerder), never the council or providers.
  app.get('/patronen/:key/verhalen', requirePage('stories.read'), async (c) => {
    const v = view(c);
    const all = c.req.queries();
    const filter = filterPairs(c.req.url, SELECTION_OWN);
    const cell = filterPairs(c.req.url, []).filter(([name]) => CELL.includes(name));
    const search = c.req.query('q')?.slice(0, 200) ?? '';
    const reader = positive(c.req.query('nr'));
    {
      const data = await selectionStories(serviceContext(c), c.req.param('key'), {
        filter: filterInput(filter),
        cell: { var: c.req.query('var'), min: c.req.query('min'), max: c.req.query('max'), ranges: all.range ?? [], groups: all.group ?? [] },
        search,
        page: reader ?? positive(c.req.query('page')) ?? 1,
        pageSize: reader !== null ? 1 : 25,
        words: reader === null,
      });
      return c.html(
        <SelectionPage
          view={v}
          data={data}
          cell={cell}
          filter={filter}
          search={search}
          reader={reader}
          canModerate={allows(v.session!.roles, 'stories.moderate')}
        />,
      );
    }
  });

  return app;
}
