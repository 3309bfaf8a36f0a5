// Page routes of the catalysis (issue 11): observations (/observaties), writing one from a pattern,
// a comparison or a selection (/observaties/nieuw), one observation with its interpretations, the
// perspectives board (/perspectieven/{key}) and the catalytic report (/catalyse/{key}); changing
// and removing an observation (…/bewerken, …/verwijderen) and a perspective (/perspectieven/{key}/
// {id}/bewerken, …/verwijderen; every removal asks first, naming what goes with it). Reading
// needs observations.read (analist, gespreksleider), writing observations.write (analist). Thin:
// guard → one service → render, or a 303 after a POST; bad input shows the form again (400).
import { Hono, type Context } from 'hono';
import { InputRejected, type Problem } from '../../domain/problems.ts';
import type { ObservationSource, QueryPairs } from '../../domain/sensemaking/source.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import { inAnyNetwork } from '../../services/network-share/observation-share.ts';
import { catalyticReport } from '../../services/sensemaking/catalytic.ts';
import {
  addInterpretation,
  createObservation,
  deleteObservation,
  editObservation,
  listObservations,
  observationRemoval,
  readObservation,
  showInMonitor,
} from '../../services/sensemaking/observations.ts';
import { observationPage, previewSource } from '../../services/sensemaking/pages.ts';
import {
  addPerspective,
  deletePerspective,
  editPerspective,
  findPerspectiveOf,
  moveInterpretation,
  perspectiveBoard,
  perspectiveRemoval,
} from '../../services/sensemaking/perspectives.ts';
import { requirePage } from '../guards.tsx';
import { ConfirmPage } from '../pages/confirm-delete.tsx';
import { BoardPage } from '../pages/observations/board.tsx';
import { ObservationDetailPage } from '../pages/observations/detail.tsx';
import { EditObservationPage } from '../pages/observations/edit.tsx';
import { boardHref, observationHref, perspectiveHref } from '../pages/observations/links.ts';
import type { ObservationForm } from '../pages/observations/observation-fields.tsx';
import { EditPerspectivePage } from '../pages/observations/perspective-edit.tsx';
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
    return c.html(
      <ObservationListPage view={c.var.view} observations={observations} questionnaires={questionnaires} deleted={c.req.query('gedaan') === 'verwijderd'} />,
    );
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

  // Changing an observation: the fields of the new-observation form, the same rules (the service's).
  const editPage = async (c: C, form?: ObservationForm, problems?: Problem[]) => {
    const id = c.req.param('id')!;
    const current = form ?? (await readObservation(serviceContext(c), id));
    const values = { title: current.title, body: current.body, strength: current.strength };
    return c.html(<EditObservationPage view={c.var.view} id={id} form={values} problems={problems} />, problems?.length ? 400 : 200);
  };

  app.get('/observaties/:id/bewerken', write, (c) => editPage(c));

  app.post('/observaties/:id/bewerken', write, async (c) => {
    const form = await c.req.parseBody();
    const input = { title: text(form, 'title'), body: text(form, 'body'), strength: text(form, 'strength') };
    return orFormAgain(
      async () => {
        await editObservation(serviceContext(c), c.req.param('id'), input);
        return c.redirect(`${observationHref(c.req.param('id'))}?gedaan=bewerkt`, 303);
      },
      (problems) => editPage(c, input, problems),
    );
  });

  // Removing asks first, naming what goes with it (interpretations, cards on the board, the monitor, dialogues).
  app.post('/observaties/:id/verwijderen', write, async (c) => {
    const form = await c.req.parseBody();
    const id = c.req.param('id');
    if (text(form, 'bevestigd') !== 'ja') {
      const removal = await observationRemoval(serviceContext(c), id);
      return c.html(
        <ConfirmPage
          view={c.var.view}
          current="observations"
          action={c.req.path}
          message={c.var.view.t.observations.confirmDeleteObservation(removal.observation.title, removal)}
          fields={{}}
          back={observationHref(id)}
        />,
      );
    }
    await deleteObservation(serviceContext(c), id);
    return c.redirect('/observaties?gedaan=verwijderd', 303);
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
        changed={c.req.query('gedaan') === 'hernoemd' ? 'edited' : c.req.query('gedaan') === 'weggehaald' ? 'deleted' : null}
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

  const perspectivePage = async (c: C, form?: { name: string; description: string }, problems?: Problem[]) => {
    const key = c.req.param('key')!;
    const { perspective } = await findPerspectiveOf(serviceContext(c), key, c.req.param('perspectiveId')!);
    return c.html(
      <EditPerspectivePage view={c.var.view} questionnaire={key} perspective={perspective} form={form ?? perspective} problems={problems} />,
      problems?.length ? 400 : 200,
    );
  };

  app.get('/perspectieven/:key/:perspectiveId/bewerken', write, (c) => perspectivePage(c));

  app.post('/perspectieven/:key/:perspectiveId/bewerken', write, async (c) => {
    const form = await c.req.parseBody();
    const input = { name: text(form, 'name'), description: text(form, 'description') };
    return orFormAgain(
      async () => {
        await editPerspective(serviceContext(c), c.req.param('key'), c.req.param('perspectiveId'), input);
        return c.redirect(`${boardHref(c.req.param('key'))}?gedaan=hernoemd`, 303);
      },
      (problems) => perspectivePage(c, input, problems),
    );
  });

  // Removing a perspective asks first; its cards go back to "not placed", none is removed.
  app.post('/perspectieven/:key/:perspectiveId/verwijderen', write, async (c) => {
    const form = await c.req.parseBody();
    const key = c.req.param('key');
    const id = c.req.param('perspectiveId');
    if (text(form, 'bevestigd') !== 'ja') {
      const removal = await perspectiveRemoval(serviceContext(c), key, id);
      return c.html(
        <ConfirmPage
          view={c.var.view}
          current="observations"
          action={`${perspectiveHref(key, id)}/verwijderen`}
          message={c.var.view.t.observations.confirmDeletePerspective(removal.name, removal.interpretations)}
          fields={{}}
          back={boardHref(key)}
        />,
      );
    }
    await deletePerspective(serviceContext(c), key, id);
    return c.redirect(`${boardHref(key)}?gedaan=weggehaald`, 303);
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
