// Page routes of the moderation queue (/moderatie), permission stories.moderate. Thin: guard →
// one service call → render or redirect (POST → 303, so a reload never repeats an action).
import { Hono, type Context } from 'hono';
import { InputRejected } from '../../domain/problems.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import type { RequestEnv } from '../../http/request-env.ts';
import { editPendingStory, listPendingStories, publishStory, readPendingStory, rejectStory } from '../../services/moderation.ts';
import { requirePage } from '../guards.tsx';
import { MessagePage } from '../pages/message.tsx';
import { ModerationEditPage, ModerationRejectPage, type EditErrors } from '../pages/moderation/decide.tsx';
import { ModerationQueuePage } from '../pages/moderation/queue.tsx';
import { serviceContextOf, viewOf } from '../view.ts';

export function moderationRoutes(options: { secureCookies: boolean }) {
  const app = new Hono<AppEnv>();
  const guard = requirePage('stories.moderate', options.secureCookies);
  const view = (c: Context<AppEnv>) => viewOf(c, options.secureCookies);
  const notFound = (c: Context<AppEnv>) => {
    const v = view(c);
    return c.html(<MessagePage view={v} title={v.t.moderation.notFoundTitle} message={v.t.moderation.notFound} />, 404);
  };
  const isGone = (error: unknown) => error instanceof InputRejected && error.status === 404;

  app.get('/moderatie', guard, async (c) => {
    const page = Number.parseInt(c.req.query('pagina') ?? '1', 10);
    const data = await listPendingStories(serviceContextOf(c), Number.isFinite(page) ? page : 1);
    return c.html(<ModerationQueuePage view={view(c)} data={data} done={c.req.query('gedaan')} />);
  });

  app.post('/moderatie/:id/publiceren', guard, async (c) => {
    try {
      await publishStory(serviceContextOf(c), c.req.param('id'));
    } catch (error) {
      if (isGone(error)) return notFound(c);
      throw error;
    }
    return c.redirect('/moderatie?gedaan=published', 303);
  });

  app.get('/moderatie/:id/bewerken', guard, async (c) => {
    const story = await readPendingStory(serviceContextOf(c), c.req.param('id'));
    return story ? c.html(<ModerationEditPage view={view(c)} story={story} />) : notFound(c);
  });

  app.post('/moderatie/:id/bewerken', guard, async (c) => {
    const ctx = serviceContextOf(c);
    const form = await c.req.parseBody();
    const title = typeof form.title === 'string' ? form.title : '';
    const text = typeof form.text === 'string' ? form.text : '';
    try {
      await editPendingStory(ctx, c.req.param('id'), { title, text });
    } catch (error) {
      if (isGone(error)) return notFound(c);
      if (!(error instanceof InputRejected)) throw error;
      const story = await readPendingStory(ctx, c.req.param('id'));
      if (!story) return notFound(c);
      const v = view(c);
      const errors: EditErrors = {};
      for (const p of error.problems) if (p.field === 'title' || p.field === 'text') errors[p.field] = v.lang === 'nl' ? p.nl : p.en;
      return c.html(<ModerationEditPage view={v} story={story} title={title} text={text} errors={errors} />, 400);
    }
    return c.redirect('/moderatie?gedaan=edited', 303);
  });

  app.get('/moderatie/:id/afwijzen', guard, async (c) => {
    const story = await readPendingStory(serviceContextOf(c), c.req.param('id'));
    return story ? c.html(<ModerationRejectPage view={view(c)} story={story} />) : notFound(c);
  });

  app.post('/moderatie/:id/afwijzen', guard, async (c) => {
    try {
      await rejectStory(serviceContextOf(c), c.req.param('id'));
    } catch (error) {
      if (isGone(error)) return notFound(c);
      throw error;
    }
    return c.redirect('/moderatie?gedaan=rejected', 303);
  });

  return app;
}
