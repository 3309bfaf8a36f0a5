// Pages of opgaven and their theory of change (/opgaven). Thin: read the form → one service →
// redirect (post/redirect/get) or show the page again with the service's problems.
import { Hono, type Context } from 'hono';
import type { Problem } from '../../domain/problems.ts';
import { judgeAssumption } from '../../services/assumptions.ts';
import { allows } from '../../services/auth/policy.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import * as edit from '../../services/opgaven-edit.ts';
import { questionnaireTies, tieQuestionnaires } from '../../services/opgave-questionnaires.ts';
import { formChoices } from '../../services/opgaven-labels.ts';
import { actionsOf, listOpgaven, theoryOfChange } from '../../services/opgaven.ts';
import { requirePage } from '../guards.tsx';
import { attempt } from './opgaven-pages.tsx';
import { OpgavePage } from '../pages/opgaven/detail.tsx';
import { ElementPage } from '../pages/opgaven/element.tsx';
import { JudgePage } from '../pages/opgaven/judge.tsx';
import { OpgavenPage } from '../pages/opgaven/list.tsx';
import { ConfirmPage } from '../pages/confirm-delete.tsx';
import { notFound, serviceContext } from '../../http/kit.ts';
import { evidenceFromForm, formValues } from './opgaven-forms.ts';

type C = Context<AppEnv>;

export function opgavenPageRoutes() {
  const app = new Hono<AppEnv>();
  const form = async (c: C) => formValues(await c.req.parseBody());
  const saved = (c: C) => c.req.query('opgeslagen') === '1';
  const theoryFor = (c: C, key: string) =>
    theoryOfChange(serviceContext(c), key, { storyTitles: allows(c.var.view.session!.roles, 'stories.read'), lang: c.var.view.lang });

  const listPage = async (c: C, problems?: Problem[], values?: Record<string, string>) => {
    const v = c.var.view;
    const opgaven = await listOpgaven(serviceContext(c));
    return c.html(
      <OpgavenPage view={v} opgaven={opgaven} canWrite={allows(v.session!.roles, 'opgaven.write')} problems={problems} form={values} />,
      problems ? 400 : 200,
    );
  };
  const detailPage = async (c: C, key: string, problems?: Problem[], statementForm?: Record<string, string>) => {
    const v = c.var.view;
    const theory = await theoryFor(c, key);
    if (!theory) throw notFound();
    const roles = v.session!.roles;
    const may = { write: allows(roles, 'opgaven.write'), judge: allows(roles, 'assumptions.judge'), readDialogues: allows(roles, 'dialogues.read') };
    const actions = await actionsOf(serviceContext(c), key);
    const questionnaires = await questionnaireTies(serviceContext(c), key, v.lang);
    return c.html(
      <OpgavePage
        view={v}
        theory={theory}
        actions={actions}
        may={may}
        problems={problems}
        saved={saved(c)}
        statementForm={statementForm}
        questionnaires={questionnaires}
      />,
      problems ? 400 : 200,
    );
  };
  const elementPage = async (c: C, key: string, id: string, problems?: Problem[]) => {
    const v = c.var.view;
    const theory = await theoryFor(c, key);
    const statement = theory?.statements.find((s) => s.id === id);
    const assumption = theory?.statements.flatMap((s) => s.assumptions).find((a) => a.id === id);
    if (!theory || (!statement && !assumption)) throw notFound();
    const element = statement ? ({ kind: 'statement', value: statement } as const) : ({ kind: 'assumption', value: assumption! } as const);
    const choices = await formChoices(serviceContext(c), v.lang);
    return c.html(<ElementPage view={v} theory={theory} element={element} choices={choices} problems={problems} saved={saved(c)} />, problems ? 400 : 200);
  };
  const judgePage = async (c: C, key: string, id: string, problems?: Problem[], values?: Record<string, string>) => {
    const v = c.var.view;
    const theory = await theoryFor(c, key);
    const assumption = theory?.statements.flatMap((s) => s.assumptions).find((a) => a.id === id);
    if (!theory || !assumption) throw notFound();
    const choices = await formChoices(serviceContext(c), v.lang);
    return c.html(
      <JudgePage view={v} theory={theory} assumption={assumption} choices={choices} problems={problems} saved={saved(c)} form={values} />,
      problems ? 400 : 200,
    );
  };
  /** Deletes ask first: without bevestigd=ja the confirmation page is shown. */
  const confirmed = async (c: C, values: Record<string, string>, message: string, back: string) => {
    if (values.bevestigd === 'ja') return null;
    const { _csrf: _, ...fields } = values;
    return c.html(<ConfirmPage view={c.var.view} current="opgaven" action={c.req.path} message={message} fields={fields} back={back} />);
  };

  app.get('/opgaven', requirePage('opgaven.read'), (c) => listPage(c));
  app.post('/opgaven', requirePage('opgaven.write'), async (c) => {
    const values = await form(c);
    return attempt(
      c,
      async () => `/opgaven/${await edit.createOpgave(serviceContext(c), values)}?opgeslagen=1`,
      (p) => listPage(c, p, values),
    );
  });

  app.get('/opgaven/:key', requirePage('opgaven.read'), (c) => detailPage(c, c.req.param('key')));
  app.post('/opgaven/:key', requirePage('opgaven.write'), async (c) => {
    const key = c.req.param('key');
    const values = await form(c);
    return attempt(
      c,
      async () => {
        await edit.updateOpgave(serviceContext(c), key, values);
        return `/opgaven/${key}?opgeslagen=1`;
      },
      (p) => detailPage(c, key, p),
    );
  });
  app.post('/opgaven/:key/verwijderen', requirePage('opgaven.write'), async (c) => {
    const key = c.req.param('key');
    const theory = await theoryFor(c, key);
    if (!theory) throw notFound();
    const ask = await confirmed(c, await form(c), c.var.view.t.opgaven.confirm.opgave(theory.opgave.title), `/opgaven/${key}`);
    return (
      ask ??
      attempt(
        c,
        async () => {
          await edit.deleteOpgave(serviceContext(c), key);
          return '/opgaven?opgeslagen=1';
        },
        async () => {
          throw notFound();
        },
      )
    );
  });
  app.post('/opgaven/:key/vragenlijsten', requirePage('opgaven.write'), async (c) => {
    const key = c.req.param('key');
    const body = await c.req.parseBody({ all: true });
    const chosen = body.questionnaires;
    const keys = (Array.isArray(chosen) ? chosen : chosen === undefined ? [] : [chosen]).filter((k): k is string => typeof k === 'string');
    return attempt(
      c,
      async () => {
        await tieQuestionnaires(serviceContext(c), key, keys);
        return `/opgaven/${key}?opgeslagen=1#vragenlijsten`;
      },
      (p) => detailPage(c, key, p),
    );
  });
  app.post('/opgaven/:key/stellingen', requirePage('opgaven.write'), async (c) => {
    const key = c.req.param('key');
    const values = await form(c);
    return attempt(
      c,
      async () => `/opgaven/${key}?opgeslagen=1#stelling-${await edit.addStatement(serviceContext(c), key, values)}`,
      (p) => detailPage(c, key, p, values),
    );
  });

  const element = '/opgaven/:key/elementen/:id';
  app.get(element, requirePage('opgaven.write'), (c) => elementPage(c, c.req.param('key'), c.req.param('id')));
  app.post(element, requirePage('opgaven.write'), async (c) => {
    const { key, id } = c.req.param();
    const values = await form(c);
    return attempt(
      c,
      async () => {
        await edit.editElement(serviceContext(c), key, id, values);
        return `${c.req.path}?opgeslagen=1`;
      },
      (p) => elementPage(c, key, id, p),
    );
  });
  app.post(`${element}/koppelen`, requirePage('opgaven.write'), async (c) => {
    const { key, id } = c.req.param();
    const values = await form(c);
    return attempt(
      c,
      async () => {
        await edit.linkElement(serviceContext(c), key, id, values);
        return `/opgaven/${key}/elementen/${id}?opgeslagen=1`;
      },
      (p) => elementPage(c, key, id, p),
    );
  });
  app.post(`${element}/ontkoppelen`, requirePage('opgaven.write'), async (c) => {
    const { key, id } = c.req.param();
    const values = await form(c);
    const back = `/opgaven/${key}/elementen/${id}`;
    const ask = await confirmed(c, values, c.var.view.t.opgaven.confirm.link(values.ref ?? ''), back);
    return (
      ask ??
      attempt(
        c,
        async () => {
          await edit.unlinkElement(serviceContext(c), key, id, values);
          return `${back}?opgeslagen=1`;
        },
        (p) => elementPage(c, key, id, p),
      )
    );
  });
  app.post(`${element}/aannames`, requirePage('opgaven.write'), async (c) => {
    const { key, id } = c.req.param();
    const values = await form(c);
    return attempt(
      c,
      async () => `/opgaven/${key}?opgeslagen=1#aanname-${await edit.addAssumption(serviceContext(c), key, id, values)}`,
      (p) => elementPage(c, key, id, p),
    );
  });
  app.post(`${element}/verwijderen`, requirePage('opgaven.write'), async (c) => {
    const { key, id } = c.req.param();
    const ask = await confirmed(c, await form(c), c.var.view.t.opgaven.confirm.element, `/opgaven/${key}/elementen/${id}`);
    return (
      ask ??
      attempt(
        c,
        async () => {
          await edit.deleteElement(serviceContext(c), key, id);
          return `/opgaven/${key}?opgeslagen=1`;
        },
        async () => {
          throw notFound();
        },
      )
    );
  });

  app.get('/opgaven/:key/aannames/:id', requirePage('assumptions.judge'), (c) => judgePage(c, c.req.param('key'), c.req.param('id')));
  app.post('/opgaven/:key/aannames/:id', requirePage('assumptions.judge'), async (c) => {
    const { key, id } = c.req.param();
    const values = await form(c);
    const input = { status: values.status, evidence: evidenceFromForm(values, { dialogue: true }) };
    return attempt(
      c,
      async () => {
        await judgeAssumption(serviceContext(c), key, id, input);
        return `/opgaven/${key}?opgeslagen=1#aanname-${id}`;
      },
      (p) => judgePage(c, key, id, p, values),
    );
  });
  return app;
}
