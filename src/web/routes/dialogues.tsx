// Pages of dialogues (/dialogen): plan, material, record, actions and their follow-up, and the
// printable session pack. Thin: read the form → one service → redirect or show the problems.
import { Hono, type Context } from 'hono';
import type { Problem } from '../../domain/problems.ts';
import { allows } from '../../services/auth/policy.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { listDialogueSummaries, readDialogue, sessionPack } from '../../services/dialogue-read.ts';
import * as dialogues from '../../services/dialogues.ts';
import { formChoices } from '../../services/opgaven-labels.ts';
import { requirePage } from '../guards.tsx';
import { attempt } from './opgaven-pages.tsx';
import { DialoguePage } from '../pages/dialogues/detail.tsx';
import { DialoguesPage } from '../pages/dialogues/list.tsx';
import { SessionPackPage } from '../pages/dialogues/session-pack.tsx';
import { ConfirmPage } from '../pages/confirm-delete.tsx';
import { notFound, serviceContext } from '../../http/kit.ts';
import { formValues, materialFromForm, participantsFromForm } from './opgaven-forms.ts';

type C = Context<AppEnv>;

export function dialoguePageRoutes() {
  const app = new Hono<AppEnv>();
  const form = async (c: C) => formValues(await c.req.parseBody());
  const ctx = (c: C) => serviceContext(c);
  const planInput = (f: Record<string, string>) => ({
    kind: f.kind,
    title: f.title,
    heldOn: f.heldOn,
    opgave: f.opgave,
    participants: participantsFromForm(f),
  });

  const listPage = async (c: C, problems?: Problem[], values?: Record<string, string>) => {
    const v = c.var.view;
    const list = await listDialogueSummaries(ctx(c));
    const { opgaven } = await formChoices(ctx(c), v.lang);
    return c.html(
      <DialoguesPage view={v} dialogues={list} opgaven={opgaven} canWrite={allows(v.session!.roles, 'dialogues.write')} problems={problems} values={values} />,
      problems ? 400 : 200,
    );
  };
  const detailPage = async (c: C, id: string, problems?: Problem[]) => {
    const v = c.var.view;
    const dialogue = await readDialogue(ctx(c), id, { storyTitles: allows(v.session!.roles, 'stories.read'), lang: v.lang });
    const choices = await formChoices(ctx(c), v.lang);
    const saved = c.req.query('opgeslagen') === '1';
    return c.html(
      <DialoguePage view={v} dialogue={dialogue} choices={choices} canWrite={allows(v.session!.roles, 'dialogues.write')} problems={problems} saved={saved} />,
      problems ? 400 : 200,
    );
  };
  const confirmed = (c: C, values: Record<string, string>, message: string, back: string) => {
    if (values.bevestigd === 'ja') return null;
    const { _csrf: _, ...fields } = values;
    return c.html(<ConfirmPage view={c.var.view} current="dialogues" action={c.req.path} message={message} fields={fields} back={back} />);
  };
  const back = (id: string, anchor = '') => `/dialogen/${id}?opgeslagen=1${anchor}`;

  app.get('/dialogen', requirePage('dialogues.read'), (c) => listPage(c));
  app.post('/dialogen', requirePage('dialogues.write'), async (c) => {
    const values = await form(c);
    return attempt(
      c,
      async () => back(await dialogues.planDialogue(ctx(c), planInput(values))),
      (p) => listPage(c, p, values),
    );
  });

  app.get('/dialogen/:id', requirePage('dialogues.read'), (c) => detailPage(c, c.req.param('id')));
  app.post('/dialogen/:id', requirePage('dialogues.write'), async (c) => {
    const id = c.req.param('id');
    const values = await form(c);
    return attempt(
      c,
      async () => {
        await dialogues.updatePlan(ctx(c), id, planInput(values));
        return back(id);
      },
      (p) => detailPage(c, id, p),
    );
  });
  app.post('/dialogen/:id/verwijderen', requirePage('dialogues.write'), async (c) => {
    const id = c.req.param('id');
    const values = await form(c);
    if (values.bevestigd !== 'ja') {
      const found = await readDialogue(ctx(c), id).catch(() => null);
      if (!found) throw notFound();
      return confirmed(c, values, c.var.view.t.opgaven.confirm.dialogue(found.title), `/dialogen/${id}`)!;
    }
    return attempt(
      c,
      async () => {
        await dialogues.deleteDialogue(ctx(c), id);
        return '/dialogen';
      },
      async () => {
        throw notFound();
      },
    );
  });

  app.post('/dialogen/:id/materiaal', requirePage('dialogues.write'), async (c) => {
    const id = c.req.param('id');
    const items = materialFromForm(await form(c));
    return attempt(
      c,
      async () => {
        await dialogues.addMaterial(ctx(c), id, items);
        return back(id, '#materiaal');
      },
      (p) => detailPage(c, id, p),
    );
  });
  app.post('/dialogen/:id/materiaal/verwijderen', requirePage('dialogues.write'), async (c) => {
    const id = c.req.param('id');
    const values = await form(c);
    if (values.bevestigd !== 'ja') {
      const found = await readDialogue(ctx(c), id, { storyTitles: allows(c.var.view.session!.roles, 'stories.read') }).catch(() => null);
      const item = found?.material[Number(values.index)];
      if (!found || !item) throw notFound();
      return confirmed(c, values, c.var.view.t.opgaven.confirm.material(item.label ?? item.kind), `/dialogen/${id}#materiaal`)!;
    }
    return attempt(
      c,
      async () => {
        await dialogues.removeMaterial(ctx(c), id, Number(values.index));
        return back(id, '#materiaal');
      },
      (p) => detailPage(c, id, p),
    );
  });

  app.post('/dialogen/:id/verslag', requirePage('dialogues.write'), async (c) => {
    const id = c.req.param('id');
    const values = await form(c);
    return attempt(
      c,
      async () => {
        await dialogues.recordDialogue(ctx(c), id, values);
        return back(id, '#verslag');
      },
      (p) => detailPage(c, id, p),
    );
  });

  app.post('/dialogen/:id/acties', requirePage('dialogues.write'), async (c) => {
    const id = c.req.param('id');
    const values = await form(c);
    return attempt(
      c,
      async () => back(id, `#actie-${await dialogues.addAction(ctx(c), id, values)}`),
      (p) => detailPage(c, id, p),
    );
  });
  app.post('/dialogen/:id/acties/:action', requirePage('dialogues.write'), async (c) => {
    const { id, action } = c.req.param();
    const values = await form(c);
    return attempt(
      c,
      async () => {
        await dialogues.followUpAction(ctx(c), id, action, values);
        return back(id, `#actie-${action}`);
      },
      (p) => detailPage(c, id, p),
    );
  });
  app.post('/dialogen/:id/acties/:action/verwijderen', requirePage('dialogues.write'), async (c) => {
    const { id, action } = c.req.param();
    const values = await form(c);
    if (values.bevestigd !== 'ja') {
      const found = await readDialogue(ctx(c), id).catch(() => null);
      const a = found?.actionList.find((x) => x.id === action);
      if (!a) throw notFound();
      return confirmed(c, values, c.var.view.t.opgaven.confirm.action(a.description), `/dialogen/${id}#acties`)!;
    }
    return attempt(
      c,
      async () => {
        await dialogues.deleteAction(ctx(c), id, action);
        return back(id, '#acties');
      },
      async () => {
        throw notFound();
      },
    );
  });

  // The pack holds whole story texts: for those who prepare the session, not for every reader.
  app.get('/dialogen/:id/sessiepakket', requirePage('dialogues.write'), async (c) => {
    const v = c.var.view;
    return c.html(<SessionPackPage view={v} pack={await sessionPack(ctx(c), c.req.param('id'), v.lang)} />);
  });
  return app;
}
