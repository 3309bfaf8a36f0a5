// Pages of the council monitor (/monitor), the curation of stories (/monitor/{key}/verhalen)
// and the staalkaart (/staalkaart). Thin: guard → one service → page; writes post/redirect/get.
import { Hono, type Context } from 'hono';
import { monitorMaps } from '../../services/monitor/maps.ts';
import { formatProblem, InputRejected } from '../../domain/problems.ts';
import { allows, type Permission } from '../../services/auth/policy.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import type { RequestEnv } from '../../http/request-env.ts';
import { buildMonitor } from '../../services/monitor/build.ts';
import { chooseStory, curatedStoriesFor, curationCandidates, removeCuratedStory } from '../../services/monitor/curation.ts';
import { setSuppressionThreshold, suppressionThreshold } from '../../services/monitor/settings.ts';
import { listOpgaven } from '../../services/opgaven.ts';
import { readStaalkaart, saveDomainProfile } from '../../services/staalkaart.ts';
import { requirePage } from '../guards.tsx';
import { MessagePage } from '../pages/message.tsx';
import { CurationPage } from '../pages/monitor/curation-page.tsx';
import { MonitorIndexPage } from '../pages/monitor/index-page.tsx';
import { MonitorPage } from '../pages/monitor/monitor-page.tsx';
import { StaalkaartEditPage } from '../pages/staalkaart/edit-page.tsx';
import { StaalkaartPage } from '../pages/staalkaart/staalkaart-page.tsx';
import { serviceContextOf, viewOf } from '../view.ts';

type C = Context<AppEnv>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function monitorPageRoutes(options: { secureCookies: boolean }) {
  const app = new Hono<AppEnv>();
  const guard = (permission: Permission) => requirePage(permission, options.secureCookies);
  const view = (c: C) => viewOf(c, options.secureCookies);
  /** Unknown opgave → 404 page; a wrong period or form → the problems in Dutch or English. */
  const failed = (c: C, error: unknown) => {
    if (!(error instanceof InputRejected)) throw error;
    const v = view(c);
    const title = error.status === 404 ? v.t.opgaven.notFoundTitle : v.t.monitor.curation.errorTitle;
    return c.html(<MessagePage view={v} title={title} message={error.problems.map((p) => formatProblem(p, v.lang)).join(' ')} />, error.status);
  };

  const indexPage = async (c: C, form: { saved?: boolean; problem?: string } = {}) => {
    const v = view(c);
    const ctx = serviceContextOf(c);
    const threshold = allows(v.session!.roles, 'tenant.manage') ? { value: await suppressionThreshold(ctx), saved: form.saved ?? false, problem: form.problem } : undefined;
    return c.html(<MonitorIndexPage view={v} opgaven={await listOpgaven(ctx)} threshold={threshold} />, form.problem ? 400 : 200);
  };

  app.get('/monitor', guard('monitor.read'), (c) => indexPage(c, { saved: c.req.query('drempel') === 'opgeslagen' }));

  app.post('/monitor/drempel', guard('tenant.manage'), async (c) => {
    const body = await c.req.parseBody();
    try {
      await setSuppressionThreshold(serviceContextOf(c), text(body.drempel));
      return c.redirect('/monitor?drempel=opgeslagen', 303);
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      return indexPage(c, { problem: error.problems.map((p) => formatProblem(p, view(c).lang)).join(' ') });
    }
  });

  app.get('/monitor/:key', guard('monitor.read'), async (c) => {
    const v = view(c);
    try {
      // ?als=raad: an analyst previews exactly what the council sees (it can only hide more).
      const asCouncil = c.req.query('als') === 'raad';
      const roles = asCouncil ? (['raad'] as const) : v.session!.roles;
      const data = await buildMonitor(serviceContextOf(c), c.req.param('key'), { roles, period: c.req.query('periode') ?? null });
      const maps = await monitorMaps(serviceContextOf(c), data);
      return c.html(<MonitorPage view={v} data={data} maps={maps} print={c.req.query('afdrukken') === '1'} canCurate={allows(v.session!.roles, 'curation.write')} asCouncil={asCouncil} />);
    } catch (error) {
      return failed(c, error);
    }
  });

  const curationPage = async (c: C, status: 200 | 400, extra: { message?: string; problems?: string[] } = {}) => {
    const v = view(c);
    const ctx = serviceContextOf(c);
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

  app.get('/monitor/:key/verhalen', guard('curation.write'), async (c) => {
    const v = view(c);
    const done = c.req.query('klaar');
    try {
      return await curationPage(c, 200, { message: done === 'gekozen' ? v.t.monitor.curation.saved : done === 'weg' ? v.t.monitor.curation.removed : undefined });
    } catch (error) {
      return failed(c, error);
    }
  });

  app.post('/monitor/:key/verhalen', guard('curation.write'), async (c) => {
    const key = c.req.param('key');
    const body = await c.req.parseBody();
    try {
      await chooseStory(serviceContextOf(c), key, {
        storyRef: text(body.story_ref).trim() || text(body.story),
        patternKey: text(body.pattern_key),
        note: text(body.note),
      });
      return c.redirect(`/monitor/${encodeURIComponent(key)}/verhalen?klaar=gekozen`, 303);
    } catch (error) {
      if (!(error instanceof InputRejected) || error.status === 404) return failed(c, error);
      return curationPage(c, 400, { problems: error.problems.map((p) => formatProblem(p, view(c).lang)) });
    }
  });

  app.post('/monitor/:key/verhalen/:id/weghalen', guard('curation.write'), async (c) => {
    const key = c.req.param('key');
    try {
      await removeCuratedStory(serviceContextOf(c), key, c.req.param('id'));
      return c.redirect(`/monitor/${encodeURIComponent(key)}/verhalen?klaar=weg`, 303);
    } catch (error) {
      return failed(c, error);
    }
  });

  app.get('/staalkaart', guard('monitor.read'), async (c) => {
    const v = view(c);
    const data = await readStaalkaart(serviceContextOf(c), v.session!.roles);
    const message = c.req.query('opgeslagen') === '1' ? v.t.monitor.staalkaart.saved : undefined;
    return c.html(<StaalkaartPage view={v} data={data} canEdit={allows(v.session!.roles, 'staalkaart.write')} message={message} />);
  });

  const editPage = async (c: C, problems?: string[]) => {
    const v = view(c);
    const row = (await readStaalkaart(serviceContextOf(c), v.session!.roles)).domains.find((d) => d.domain === c.req.param('domain'));
    if (!row) return c.html(<MessagePage view={v} title={v.t.opgaven.notFoundTitle} message={v.t.opgaven.notFound} />, 404);
    return c.html(<StaalkaartEditPage view={v} row={row} problems={problems} />, problems ? 400 : 200);
  };

  app.get('/staalkaart/:domain/bewerken', guard('staalkaart.write'), (c) => editPage(c));

  app.post('/staalkaart/:domain/bewerken', guard('staalkaart.write'), async (c) => {
    const body = await c.req.parseBody();
    try {
      await saveDomainProfile(serviceContextOf(c), c.req.param('domain'), {
        legalBasis: text(body.legal_basis),
        room: text(body.room),
        explanation: text(body.room_explanation),
      });
      return c.redirect('/staalkaart?opgeslagen=1', 303);
    } catch (error) {
      if (!(error instanceof InputRejected) || error.status === 404) return failed(c, error);
      return editPage(c, error.problems.map((p) => formatProblem(p, view(c).lang)));
    }
  });

  return app;
}
