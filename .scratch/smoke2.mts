import { startTestApp } from '/work/wt-compare/tests/support/test-app.ts';
const app = await startTestApp({ stories: 300 });
const r = await fetch(app.url + '/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'analist@voorbeeld.example', password: 'voorbeeld-demo' }) });
const cookie = r.headers.get('set-cookie')!.split(';')[0];
for (const path of ['/verhalen', '/verhalen?zoek=wachtlijst', '/verhalen?vragenlijst=zo-thuis&antwoord=wijk%3DWK999901&status=published', '/verhalen?vragenlijst=zo-thuis&status=published&niet=wijk%3DWK999901&group=gevoel:boos', '/verhalen?wijk=WK999901', '/verhalen?humeur=x', '/verhalen?status=kapot', '/verhalen.csv?vragenlijst=zo-thuis&wijk=WK999902', '/verhalen?status=pending']) {
  const t0 = performance.now();
  const p = await fetch(app.url + path, { headers: { cookie }, redirect: 'manual' });
  const html = await p.text();
  console.log(path, p.status, Math.round(performance.now() - t0), 'ms', html.length, html.match(/id="aantal">([^<]*)/)?.[1], html.match(/role="alert"[\s\S]{0,300}/)?.[0]?.replace(/<[^>]+>/g, ' ').slice(0, 200));
  if (path.includes('zoek')) console.log(html.match(/<mark>[^<]*<\/mark>/g)?.slice(0, 3));
  if (path.endsWith('.csv?vragenlijst=zo-thuis&wijk=WK999902')) console.log(html.split('\r\n').slice(0, 3).map((l) => l.slice(0, 120)));
}
await app.close();
