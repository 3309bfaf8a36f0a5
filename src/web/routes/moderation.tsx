// Page routes of the moderation queue (/moderatie), permission stories.moderate. Thin: guard →
// one service call → render or redirect (POST → 303, so a reload never repeats an action).
import { Hono } from 'hono';
import type { PageEnv as AppEnv } from '../view.ts';
import { editPendingStory, listPendingStories, publishStory, readPendingStory, rejectStory } from '../../services/moderation.ts';
import { requirePage } from '../guards.tsx';
import { ModerationEditPage, ModerationRejectPage, type EditErrors } from '../pages/moderation/decide.tsx';
import { ModerationQueuePage } from '../pages/moderation/queue.tsx';
import { notFound, orFormAgain, serviceContext } from '../../http/kit.ts';

export function moderationRoutes() {
  const app = new Hono<AppEnv>();
  const guard = requirePage('stories.moderate');
  // A story no longer in the queue (someone else reviewed it) is not found: the kit's one error
  // mapping shows the general 404 page ("… Misschien heeft iemand het net verwijderd.").

  app.get('/moderatie', guard, async (c) => {
    const page = Number.parseInt(c.req.query('pagina') ?? '1', 10);
    const data = await listPendingStories(serviceContext(c), Number.isFinite(page) ? page : 1);
    return c.html(<ModerationQueuePage view={c.var.view} data={data} done={c.req.query('gedaan')} />);
  });

  app.post('/moderatie/:id/publiceren', guard, async (c) => {
    await publishStory(serviceContext(c), c.req.param('id'));
    return c.redirect('/moderatie?gedaan=published', 303);
  });

  app.get('/moderatie/:id/bewerken', guard, async (c) => {
    const story = await readPendingStory(serviceContext(c), c.req.param('id'));
    if (!story) throw notFound();
    return c.html(<ModerationEditPage view={c.var.view} story={story} />);
  });

  app.post('/moderatie/:id/bewerken', guard, async (c) => {
    const ctx = serviceContext(c);
    const form = await c.req.parseBody();
    const title = typeof form.title === 'string' ? form.title : '';
    const text = typeof form.text === 'string' ? form.text : '';
    return orFormAgain(
      async () => {
        await editPendingStory(ctx, c.req.param('id'), { title, text });
        return c.redirect('/moderatie?gedaan=edited', 303);
      },
      async (problems) => {
        const story = await readPendingStory(ctx, c.req.param('id'));
        if (!story) throw notFound();
        const v = c.var.view;
        const errors: EditErrors = {};
        for (const p of problems) if (p.field === 'title' || p.field === 'text') errors[p.field] = v.lang === 'nl' ? p.nl : p.en;
        return c.html(<ModerationEditPage view={v} story={story} title={title} text={text} errors={errors} />, 400);
      },
    );
  });

  app.get('/moderatie/:id/afwijzen', guard, async (c) => {
    const story = await readPendingStory(serviceContext(c), c.req.param('id'));
    if (!story) throw notFound();
    return c.html(<ModerationRejectPage view={c.var.view} story={story} />);
  });

  app.post('/moderatie/:id/afwijzen', guard, async (c) => {
    await rejectStory(serviceContext(c), c.req.param('id'));
    return c.redirect('/moderatie?gedaan=rejected', 303);
  });

  return app;
}
