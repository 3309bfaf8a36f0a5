// The query of /verhalen (and /verhalen.csv) ↔ the story list service. Dutch parameter names for
// the form (zoek, pagina, vragenlijst, status, toestemming, antwoord), the scan's own for the rest
// (period, collection, filter, niet, range, group, var/min/max), and any other parameter as an
// answer filter KEY=VALUE, exactly as the API's patterns and stories-behind take them.
import type { StoryListQuery } from '../../services/story-list.ts';

const OWN = new Set([
  'zoek',
  'pagina',
  'vragenlijst',
  'status',
  'toestemming',
  'antwoord',
  'period',
  'collection',
  'filter',
  'niet',
  'range',
  'group',
  'var',
  'min',
  'max',
  'lang',
]);

export function storyQueryFrom(all: Record<string, string[]>): StoryListQuery {
  const first = (name: string) => all[name]?.find((v) => v.trim() !== '')?.trim() ?? null;
  const every = (name: string) => (all[name] ?? []).map((v) => v.trim()).filter((v) => v !== '');
  const answers: [string, string][] = [];
  for (const [name, values] of Object.entries(all)) {
    if (OWN.has(name)) continue;
    for (const value of values) if (value.trim() !== '') answers.push([name, value.trim()]);
  }
  const page = Number.parseInt(first('pagina') ?? '1', 10);
  return {
    questionnaire: first('vragenlijst'),
    status: first('status'),
    consent: first('toestemming'),
    search: first('zoek'),
    period: first('period'),
    collection: first('collection'),
    answers,
    // The form's answer selects send `antwoord=KEY=VALUE`: one more filter each.
    filters: [...every('filter'), ...every('antwoord')],
    exclude: every('niet'),
    cell: { var: first('var'), min: first('min'), max: first('max'), ranges: every('range'), groups: every('group') },
    page: Number.isFinite(page) ? page : 1,
  };
}

/** The same list at another page (or as CSV): every parameter kept but the page. */
export function listHref(path: string, all: Record<string, string[]>, page?: number): string {
  const params = new URLSearchParams();
  for (const [name, values] of Object.entries(all)) {
    if (name === 'pagina' || name === 'lang') continue;
    for (const value of values) if (value !== '') params.append(name, value);
  }
  if (page !== undefined && page > 1) params.set('pagina', String(page));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
