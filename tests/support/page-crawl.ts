// Finds the pages a signed-in user reaches by following links, as Chromium sees them: a crawl
// from the start page over same-origin links, one page per route (its Hono pattern, read from the
// real app's route table) and per set of query parameter names. Links that download a file, sign
// out or switch the language are not pages to check.
import type { Page } from 'playwright-core';

export interface RouteEntry {
  method: string;
  path: string;
}

const DOWNLOAD = /\.(pdf|csv|xlsx|json|zip)$|\/(export|download|downloaden)(\/|$)/i;
const NOT_A_PAGE = /^\/(uitloggen|assets\/|api\/|health)/;

/** Matches a path to the first GET route pattern of the app (Hono syntax: :name, :name{re}, *). */
export function routeMatcher(routes: readonly RouteEntry[]): (path: string) => string | undefined {
  const patterns = [...new Set(routes.filter((r) => r.method === 'GET' && r.path !== '/*' && r.path !== '*').map((r) => r.path))].map((pattern) => {
    const source = pattern
      .split('/')
      .map((segment) => {
        if (segment === '*') return '.*';
        const param = /^:[^{]+(?:\{(.+)\})?\??$/.exec(segment);
        if (param) return param[1] ?? '[^/]+';
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    return { pattern, regex: new RegExp(`^${source}/?$`) };
  });
  return (path) => patterns.find((p) => p.regex.test(path))?.pattern;
}

/** Same-origin links on the current page that lead to another page worth checking. */
export async function pageLinks(page: Page, origin: string): Promise<string[]> {
  // getAttribute, not .href: an SVG <a> (a chart's part on /patronen) has an SVGAnimatedString there.
  const hrefs = await page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].filter((a) => !a.hasAttribute('download')).map((a) => new URL(a.getAttribute('href')!, document.baseURI).href),
  );
  const links: string[] = [];
  for (const href of hrefs) {
    const url = new URL(href);
    if (url.origin !== origin || url.searchParams.has('lang')) continue;
    if (NOT_A_PAGE.test(url.pathname) || DOWNLOAD.test(url.pathname)) continue;
    links.push(url.pathname + url.search);
  }
  return links;
}

/** The kind of a page: its route pattern plus the names (not values) of its query parameters. */
const FILTERED_PAGES = ['/patronen', '/vergelijken', '/verhalen'];
/** Parameters of those pages that are the page's own state rather than a filter. */
const PAGE_STATE = new Set(['lang', 'pagina', 'page', 'zoek', 'q', 'sorteer', 'nr', 'patroon', 'gedaan']);

export function pageKind(url: string, match: (path: string) => string | undefined): string | undefined {
  const parsed = new URL(url, 'http://x');
  const pattern = match(parsed.pathname);
  if (!pattern) return undefined;
  // On the analyst's pages the parameters are filters named after questions (rol, wijk, gevoel…):
  // every such name would be a new kind, hundreds of them. They count as one kind, "filter".
  const filtered = FILTERED_PAGES.some((prefix) => parsed.pathname.startsWith(prefix));
  const names = [...new Set([...parsed.searchParams.keys()].map((name) => (filtered && !PAGE_STATE.has(name) ? 'filter' : name)))].sort();
  return names.length ? `${pattern}?${names.join('&')}` : pattern;
}
