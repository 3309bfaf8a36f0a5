// Stylesheets served from our own origin (CSP style-src 'self'): the NL Design System CSS from
// the installed packages and our own small sheet. Read once, cached by the browser for an hour.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { RequestEnv as AppEnv } from '../http/request-env.ts';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

const STYLESHEETS: Record<string, () => string> = {
  '/assets/utrecht/design-tokens.css': () => require.resolve('@utrecht/design-tokens/dist/theme.css'),
  '/assets/utrecht/component-library.css': () => require.resolve('@utrecht/component-library-css/dist/index.css'),
  '/assets/duiding.css': () => path.join(here, 'assets', 'duiding.css'),
  // The storyteller's page has its own slim sheet: the first step must stay under 100 KB.
  '/assets/teller.css': () => path.join(here, 'assets', 'teller.css'),
  // The pattern workbench's charts and selection (/patronen).
  '/assets/patterns.css': () => path.join(here, 'assets', 'patterns.css'),
};

export function assetRoutes() {
  const app = new Hono<AppEnv>();
  // Static files hold no secrets, so compressing them is safe (and the teller's first step must
  // stay small on a bad connection).
  app.use('/assets/*', compress());
  const cache = new Map<string, string>();
  for (const [route, locate] of Object.entries(STYLESHEETS)) {
    app.get(route, (c) => {
      let css = cache.get(route);
      if (css === undefined) cache.set(route, (css = readFileSync(locate(), 'utf8')));
      return c.body(css, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    });
  }
  // The icon in the tab (issue 17, edge 9): an SVG for browsers that take one (linked from every
  // page) and /favicon.ico, which browsers ask for by themselves. Cached for a day.
  const icons: Record<string, { file: string; type: string }> = {
    '/favicon.ico': { file: 'favicon.ico', type: 'image/x-icon' },
    '/assets/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
  };
  const iconBytes = new Map<string, ArrayBuffer>();
  for (const [route, icon] of Object.entries(icons)) {
    app.get(route, (c) => {
      let bytes = iconBytes.get(route);
      if (bytes === undefined) iconBytes.set(route, (bytes = new Uint8Array(readFileSync(path.join(here, 'assets', icon.file))).buffer));
      return c.body(bytes, 200, { 'content-type': icon.type, 'cache-control': 'public, max-age=86400' });
    });
  }
  // Browser scripts: plain ES modules in src/web/assets/*.js (CSP script-src 'self').
  const scripts = new Map<string, string>();
  app.get('/assets/*', (c, next) => {
    const name = c.req.path.slice('/assets/'.length);
    if (!/^[a-z0-9-]+\.js$/.test(name)) return next();
    let js = scripts.get(name);
    if (js === undefined) {
      try {
        js = readFileSync(path.join(here, 'assets', name), 'utf8');
      } catch {
        return next();
      }
      scripts.set(name, js);
    }
    return c.body(js, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' });
  });
  return app;
}
