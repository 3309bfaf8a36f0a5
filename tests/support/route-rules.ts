// Every route of the real app with the rule that guards it, read from app.routes: the permission
// tagged on its requirePermission / requirePage middleware (http/middleware/guard-tag.ts), or its
// entry in PUBLIC_ROUTES. A route with neither has rule null — the authorization matrix fails.
import { guardOf, type GuardTag } from '../../src/http/middleware/guard-tag.ts';
import { PUBLIC_ROUTES } from '../../src/http/public-routes.ts';

export interface RouteRule {
  method: string;
  path: string;
  guards: GuardTag[];
  isPublic: boolean;
}

interface RouterEntry {
  method: string;
  path: string;
  handler: unknown;
}

const COMPOSED_HANDLER = '__COMPOSED_HANDLER'; // hono/utils/constants: a sub-app's handler wrapped with its error handler

function tagOf(handler: unknown): GuardTag | undefined {
  return guardOf(handler) ?? guardOf((handler as Record<string, unknown> | undefined)?.[COMPOSED_HANDLER]);
}

/** Does middleware registered at `pattern` (app.use / app.all) run for a route at `path`? */
function covers(pattern: string, path: string): boolean {
  if (pattern === path || pattern === '*' || pattern === '/*') return true;
  if (pattern.endsWith('/*')) {
    const base = pattern.slice(0, -2);
    return path === base || path.startsWith(`${base}/`);
  }
  return false;
}

export function routeRules(routes: readonly RouterEntry[]): RouteRule[] {
  const endpoints = new Map<string, RouteRule>();
  for (const r of routes) {
    if (r.method === 'ALL') continue;
    const id = `${r.method} ${r.path}`;
    if (!endpoints.has(id)) {
      endpoints.set(id, {
        method: r.method,
        path: r.path,
        guards: [],
        isPublic: PUBLIC_ROUTES.some((p) => p.method === r.method && covers(p.path, r.path)),
      });
    }
  }
  for (const rule of endpoints.values()) {
    for (const r of routes) {
      const applies =
        r.method === rule.method
          ? r.path === rule.path || (r.path.endsWith('*') && covers(r.path, rule.path))
          : r.method === 'ALL' && covers(r.path, rule.path);
      const tag = applies ? tagOf(r.handler) : undefined;
      if (tag && !rule.guards.some((g) => g.permission === tag.permission && g.kind === tag.kind)) rule.guards.push(tag);
    }
  }
  return [...endpoints.values()].sort((x, y) => `${x.path} ${x.method}`.localeCompare(`${y.path} ${y.method}`));
}

/** Parameter names of a Hono path pattern, without their regular expressions. */
export function pathParams(path: string): { name: string; before: string }[] {
  const segments = path.split('/');
  const params: { name: string; before: string }[] = [];
  segments.forEach((segment, i) => {
    if (segment.startsWith(':'))
      params.push({
        name: segment
          .slice(1)
          .replace(/\{.*\}$/, '')
          .replace(/\?$/, ''),
        before: segments[i - 1] ?? '',
      });
  });
  return params;
}

export function fillPath(path: string, value: (name: string, before: string) => string): string {
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      if (segment === '*') return 'duiding.css';
      if (!segment.startsWith(':')) return segment;
      const name = segment
        .slice(1)
        .replace(/\{.*\}$/, '')
        .replace(/\?$/, '');
      return encodeURIComponent(value(name, segments[i - 1] ?? ''));
    })
    .join('/');
}
