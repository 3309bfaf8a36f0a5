import { startTestApp } from '/work/wt-compare/tests/support/test-app.ts';
const app = await startTestApp({ stories: 300 });
const r = await fetch(app.url + '/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'analist@voorbeeld.example', password: 'voorbeeld-demo' }) });
const cookie = r.headers.get('set-cookie')!.split(';')[0];
for (const path of ['/vergelijken', '/vergelijken/zo-thuis', '/vergelijken/zo-thuis?a=wijk%3DWK999901&b=wijk%3DWK999902&c_periode=2026&c=rest', '/vergelijken/zo-thuis?a=humeur%3Dx&b=rest']) {
  const t0 = performance.now();
  const p = await fetch(app.url + path, { headers: { cookie }, redirect: 'manual' });
  const html = await p.text();
  console.log(path, p.status, Math.round(performance.now() - t0), 'ms', html.length, p.headers.get('location'));
  if (path.includes('humeur')) console.log(html.match(/<ul class="utrecht-unordered-list"><li>[^<]*/)?.[0]);
  if (path.includes('WK999902')) { (await import('node:fs')).writeFileSync('/tmp/cmp/page.html', html); }
}
await app.close();
