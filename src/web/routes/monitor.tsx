// Pages of the council monitor (/monitor), the curation of stories (/monitor/{key}/verhalen)
// and the staalkaart (/staalkaart). Thin: guard → one service → page; writes post/redirect/get.
import { Hono, type Context } from 'hono';
import { monitorMaps } from '../../services/monitor/maps.ts';
import { formatProblem, type Problem } from '../../domain/problems.ts';
import { allows } from '../../services/auth/policy.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { buildMonitor } from '../../services/monitor/build.ts';
import { chooseStory, curatedStoriesFor, curationCandidates, removeCuratedStory } from '../../services/monitor/curation.ts';
import { setSuppressionThreshold, suppressionThreshold } from '../../services/monitor/settings.ts';
import { listOpgaven } from '../../services/opgaven.ts';
import { readStaalkaart, saveDomainProfile } from '../../services/staalkaart.ts';
import { requirePage } from '../guards.tsx';
import { CurationPage } from '../pages/monitor/curation-page.tsx';
import { MonitorIndexPage } from '../pages/monitor/index-page.tsx';
import { MonitorPage } from '../pages/monitor/monitor-page.tsx';
import { StaalkaartEditPage } from '../pages/staalkaart/edit-page.tsx';
import { StaalkaartPage } from '../pages/staalkaart/staalkaart-page.tsx';
import { notFound, orFormAgain, serviceContext } from '../../http/kit.ts';

type C = Context<AppEnv>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function monitorPageRoutes() {
  const app = new Hono<AppEnv>();
  // An unknown opgave (404) or a wrong period (400): the error page of app.onError names it.
  const messages = (c: C, problems: Problem[]) => problems.map((p) => formatProblem(p, c.var.view.lang));

  const indexPage = async (c: C, form: { saved?: boolean; problem?: string } = {}) => {
    const v = c.var.view;
    const ctx = serviceContext(c);
    const threshold = allows(v.session!.roles, 'tenant.manage')
      ? { value: await suppressionThreshold(ctx), saved: form.saved ?? false, problem: form.problem }
      : undefined;
    return c.html(<MonitorIndexPage view={v} opgaven={await listOpgaven(ctx)} threshold={threshold} />, form.problem ? 400 : 200);
  };

  app.get('/monitor', requirePage('monitor.read'), (c) => indexPage(c, { saved: c.req.query('drempel') === 'opgeslagen' }));

  app.post('/monitor/drempel', requirePage('tenant.manage'), async (c) => {
    const body = await c.req.parseBody();
    return orFormAgain(
      async () => {
        await setSuppressionThreshold(serviceContext(c), text(body.drempel));
        return c.redirect('/monitor?drempel=opgeslagen', 303);
      },
      (problems) => indexPage(c, { problem: messages(c, problems).join(' ') }),
    );
  });

  app.get('/monitor/:key', requirePage('monitor.read'), async (c) => {
    const v = c.var.view;
    // ?als=raad: an analyst previews exactly what the council sees (it can only hide more).
    const asCouncil = c.req.query('als') === 'raad';
    const roles = asCouncil ? (['raad'] as const) : v.session!.roles;
    const data = await buildMonitor(serviceContext(c), c.req.param('key'), { roles, period: c.req.query('periode') ?? null });
    const maps = await monitorMaps(serviceContext(c), data);
    return c.html(
      <MonitorPage
        view={v}
        data={data}
        maps={maps}
        print={c.req.query('afdrukken') === '1'}
        canCurate={allows(v.session!.roles, 'curation.write')}
        asCouncil={asCouncil}
      />,
    );
  });

  const curationPage = async (c: C, status: 200 | 400, extra: { message?: string; problems?: string[] } = {}) => {
    const v = c.var.view;
    const ctx = serviceContext(c);
    const key = c.req.param('key')!;
    const data = await buildMonitor(ctx, key, { roles: v.session!.roles });
    const search = c.req.query('zoek') ?? '';
    const page = (
      <CurationPage
        view={v}
        opgave={{ key, title: data.opgave.title }}
        patterns={data.patterns.map((p) => ({ key: p.key, sentence: p.sentence[v.lang] }))}
        curated={await curatedStoriesFor(ctx, key)}
        candidates={await curationCandidates(ctx, key, search)}
        search={search}
        {...extra}
      />
    );
    return c.html(page, status);
  };

  app.get('/monitor/:key/verhalen', requirePage('curation.write'), async (c) => {
    const v = c.var.view;
    const done = c.req.query('klaar');
    return curationPage(c, 200, { message: done === 'gekozen' ? v.t.monitor.curation.saved : done === 'weg' ? v.t.monitor.curation.removed : undefined });
  });

  app.post('/monitor/:key/verhalen', requirePage('curation.write'), async (c) => {
    const key = c.req.param('key');
    const body = await c.req.parseBody();
    return orFormAgain(
      async () => {
        await chooseStory(serviceContext(c), key, {
          storyRef: text(body.story_ref).trim() || text(body.story),
          patternKey: text(body.pattern_key),
          note: text(body.note),
        });
        return c.redirect(`/monitor/${encodeURIComponent(key)}/verhalen?klaar=gekozen`, 303);
      },
      (problems) => curationPage(c, 400, { problems: messages(c, problems) }),
    );
  });

  app.post('/monitor/:key/verhalen/:id/weghalen', requirePage('curation.write'), async (c) => {
    const key = c.req.param('key');
    await removeCuratedStory(serviceContext(c), key, c.req.param('id'));
    return c.redirect(`/monitor/${encodeURIComponent(key)}/verhalen?klaar=weg`, 303);
  });

  app.get('/staalkaart', requirePage('monitor.read'), async (c) => {
    const v = c.var.view;
    const data = await readStaalkaart(serviceContext(c), v.session!.roles);
    const message = c.req.query('opgeslagen') === '1' ? v.t.monitor.staalkaart.saved : undefined;
    return c.html(<StaalkaartPage view={v} data={data} canEdit={allows(v.session!.roles, 'staalkaart.write')} message={message} />);
  });

  const editPage = async (c: C, problems?: string[]) => {
    const v = c.var.view;
    const row = (await readStaalkaart(serviceContext(c), v.session!.roles)).domains.find((d) => d.domain === c.req.param('domain'));
    if (!row) throw notFound();
    return c.html(<StaalkaartEditPage view={v} row={row} problems={problems} />, problems ? 400 : 200);
  };

  app.get('/staalkaart/:domain/bewerken', requirePage('staalkaart.write'), (c) => editPage(c));

  app.post('/staalkaart/:domain/bewerken', requirePage('staalkaart.write'), async (c) => {
    const body = await c.req.parseBody();
    return orFormAgain(
      async () => {
        await saveDomainProfile(serviceContext(c), c.req.param('domain'), {
          legalBasis: text(body.legal_basis),
          room: text(body.room),
          explanation: text(body.room_explanation),
        });
        return c.redirect('/staalkaart?opgeslagen=1', 303);
      },
      (problems) => editPage(c, messages(c, problems)),
    );
  });

  return app;
}
