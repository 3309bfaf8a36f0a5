// Page routes of the catalysis (issue 11): observations (/observaties), writing one from a pattern,
// a comparison or a selection (/observaties/nieuw), one observation with its interpretations, the
// perspectives board (/perspectieven/{key}) and the catalytic report (/catalyse/{key}). Reading
// needs observations.read (analist, gespreksleider), writing observations.write (analist). Thin:
// guard → one service → render, or a 303 after a POST; bad input shows the form again (400).
import { Hono, type Context } from 'hono';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import type { ObservationSource, QueryPairs } from '../../domain/sensemaking/source.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import { inAnyNetwork } from '../../services/network-share/observation-share.ts';
import { catalyticReport } from '../../services/sensemaking/catalytic.ts';
import { addInterpretation, createObservation, listObservations, showInMonitor } from '../../services/sensemaking/observations.ts';
import { observationPage, previewSource } from '../../services/sensemaking/pages.ts';
import { addPerspective, moveInterpretation, perspectiveBoard } from '../../services/sensemaking/perspectives.ts';
import { requirePage } from '../guards.tsx';
import { BoardPage } from '../pages/observations/board.tsx';
import { ObservationDetailPage } from '../pages/observations/detail.tsx';
import { boardHref, observationHref } from '../pages/observations/links.ts';
import { ObservationListPage } from '../pages/observations/list.tsx';
import { NewObservationPage, type NewObservationForm } from '../pages/observations/new.tsx';
import { CatalyticPage } from '../pages/observations/report.tsx';
import type { PageEnv as AppEnv } from '../view.ts';

type C = Context<AppEnv>;

/** Parameters of the pages a source comes from that are no filter: the reader's place, the cell, the form's own. */
const NOT_FILTER = ['lang', 'vragenlijst', 'bron', 'patroon', 'group', 'range', 'var', 'min', 'max', 'q', 'page', 'pageSize', 'nr', 'a', 'b', 'c', 'd'];

const text = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');

/** The source of a new observation from the address the "Observatie schrijven" link built (pages/observations/links.ts). */
function sourceOfAddress(url: string): { questionnaire: string; source: ObservationSource } {
  const params = new URL(url).searchParams;
  const filter: QueryPairs = [...params].filter(([name, value]) => !NOT_FILTER.includes(name) && value.trim() !== '');
  const questionnaire = params.get('vragenlijst') ?? '';
  const kind = params.get('bron');
  if (kind === 'patroon') {
    const [a = '', b = ''] = (params.get('patroon') ?? '').split('|');
    return { questionnaire, source: { kind: 'pattern', a, b, filter } };
  }
  if (kind === 'vergelijking') {
    const subsets = Object.fromEntries(['a', 'b', 'c', 'd'].flatMap((name) => (params.get(name)?.trim() ? [[name, params.get(name)!.trim()]] : [])));
    return { questionnaire, source: { kind: 'compare', subsets } };
  }
  if (kind === 'selectie') {
    return {
      questionnaire,
      source: { kind: 'selection', group: params.getAll('group'), range: params.getAll('range'), filter, search: params.get('q') ?? '' },
    };
  }
  throw new InputRejected([
    {
      field: 'bron',
      code: 'unknown-source',
      nl: 'kies een patroon, vergelijking of selectie als bron',
      en: 'the source must be a pattern, comparison or selection',
    },
  ]);
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

export function observationPageRoutes() {
  const app = new Hono<AppEnv>();
  const read = requirePage('observations.read');
  const write = requirePage('observations.write');

  app.get('/observaties', read, async (c) => {
    const observations = await listObservations(serviceContext(c));
    const questionnaires = [...new Set(observations.map((o) => o.questionnaire))].sort();
    return c.html(<ObservationListPage view={c.var.view} observations={observations} questionnaires={questionnaires} />);
  });

  const newPage = async (c: C, questionnaire: string, source: ObservationSource, form?: NewObservationForm, problems?: Problem[]) => {
    const rerun = await previewSource(serviceContext(c), questionnaire, source);
    return c.html(
      <NewObservationPage view={c.var.view} questionnaire={questionnaire} source={source} rerun={rerun} form={form} problems={problems} />,
      problems?.length ? 400 : 200,
    );
  };

  app.get('/observaties/nieuw', write, async (c) => {
    const { questionnaire, source } = sourceOfAddress(c.req.url);
    return newPage(c, questionnaire, source);
  });

  app.post('/observaties', write, async (c) => {
    const form = await c.req.parseBody();
    const input = {
      questionnaire: text(form, 'questionnaire'),
      source: parseJson(text(form, 'source')),
      title: text(form, 'title'),
      body: text(form, 'body'),
      strength: text(form, 'strength'),
    };
    return orFormAgain(
      async () => {
        const made = await createObservation(serviceContext(c), input);
        return c.redirect(`${observationHref(made.id)}?gedaan=opgeslagen`, 303);
      },
      // The source and questionnaire came from our own link and a hidden field: if they are refused
      // (tampered with, or no longer running), the kit's error page says why; the rest is the form's.
      (problems, refusal) => {
        if (problems.some((p) => p.field === 'questionnaire' || p.field?.startsWith('source'))) throw refusal;
        return newPage(c, input.questionnaire, input.source as ObservationSource, input, problems);
      },
    );
  });

  const detail = async (c: C, extra: { problems?: Problem[]; interpretation?: string } = {}) => {
    const data = await observationPage(serviceContext(c), c.req.param('id')!);
    const shareInNetwork = c.var.view.may('network.share') && (await inAnyNetwork(serviceContext(c)));
    return c.html(
      <ObservationDetailPage view={c.var.view} data={data} done={c.req.query('gedaan')} shareInNetwork={shareInNetwork} {...extra} />,
      extra.problems?.length ? 400 : 200,
    );
  };

  app.get('/observaties/:id', read, (c) => detail(c));

  app.post('/observaties/:id/duidingen', write, async (c) => {
    const form = await c.req.parseBody();
    const interpretation = text(form, 'text');
    return orFormAgain(
      async () => {
        await addInterpretation(serviceContext(c), c.req.param('id'), { text: interpretation });
        return c.redirect(`${observationHref(c.req.param('id'))}?gedaan=duiding#duidingen-kop`, 303);
      },
      (problems) => detail(c, { problems, interpretation }),
    );
  });

  app.post('/observaties/:id/monitor', write, async (c) => {
    const form = await c.req.parseBody();
    return orFormAgain(
      async () => {
        await showInMonitor(serviceContext(c), c.req.param('id'), text(form, 'opgave') || null);
        return c.redirect(`${observationHref(c.req.param('id'))}?gedaan=monitor#monitor-kop`, 303);
      },
      (problems) => detail(c, { problems }),
    );
  });

  const board = async (c: C, extra: { problems?: Problem[]; form?: { name?: string; description?: string } } = {}) => {
    const data = await perspectiveBoard(serviceContext(c), c.req.param('key')!);
    const card = c.req.query('kaart');
    const column = card ? (data.perspectives.find((p) => p.interpretations.some((i) => i.id === card))?.name ?? c.var.view.t.observations.unsorted) : null;
    return c.html(
      <BoardPage
        view={c.var.view}
        board={data}
        moved={card && column ? { card, to: column } : null}
        added={c.req.query('gedaan') === 'toegevoegd'}
        {...extra}
      />,
      extra.problems?.length ? 400 : 200,
    );
  };

  app.get('/perspectieven/:key', read, (c) => board(c));

  app.post('/perspectieven/:key', write, async (c) => {
    const form = await c.req.parseBody();
    const input = { name: text(form, 'name'), description: text(form, 'description') };
    return orFormAgain(
      async () => {
        await addPerspective(serviceContext(c), c.req.param('key'), input);
        return c.redirect(`${boardHref(c.req.param('key'))}?gedaan=toegevoegd`, 303);
      },
      (problems) => board(c, { problems, form: input }),
    );
  });

  app.post('/perspectieven/:key/verplaatsen', write, async (c) => {
    const form = await c.req.parseBody();
    const card = text(form, 'interpretation');
    return orFormAgain(
      async () => {
        await moveInterpretation(serviceContext(c), card, text(form, 'perspective') || null);
        return c.redirect(`${boardHref(c.req.param('key'))}?kaart=${encodeURIComponent(card)}#kaart-${encodeURIComponent(card)}`, 303);
      },
      (problems) => board(c, { problems }),
    );
  });

  app.get('/catalyse/:key', read, async (c) => {
    const key = c.req.param('key');
    const observations = await listObservations(serviceContext(c), { questionnaire: key });
    return c.html(
      <CatalyticPage view={c.var.view} questionnaire={key} observations={observations.length} complete={observations.filter((o) => o.complete).length} />,
    );
  });

  // Downloads, never shown inside the app: the report carries its own inline print styles.
  for (const format of ['html', 'pdf'] as const) {
    app.get(`/catalyse/:key/${format}`, read, async (c) => {
      const key = c.req.param('key');
      const body = await catalyticReport(serviceContext(c), key, format, c.var.view.lang);
      return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
        'content-type': format === 'pdf' ? 'application/pdf' : 'text/html; charset=utf-8',
        'content-disposition': `attachment; filename="catalyse-${key.replace(/[^a-z0-9-]/gi, '-')}.${format}"`,
        'cache-control': 'private, no-store',
      });
    });
  }

  return app;
}
