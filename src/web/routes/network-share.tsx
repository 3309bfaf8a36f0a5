// Pages of sharing with a network (issue 15, docs/network.md "Shared stories"). Thin: guard →
// one service → render. A story is released from its page after a confirmation that shows the
// copy exactly as the network will see it; the network's shared stories have their own page; an
// observation or interpretation goes to the library through a prefilled form.
import { type Context, Hono } from 'hono';
import type { Problem } from '../../domain/problems.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import { observationShareDraft, shareObservation } from '../../services/network-share/observation-share.ts';
import { readSharedStories } from '../../services/network-share/shared-stories.ts';
import { previewRelease, releaseStory, takeBackStory } from '../../services/network-share/story-release.ts';
import { requirePage } from '../guards.tsx';
import { networkShareEn, networkShareNl } from '../i18n/network-share.ts';
import { ObservationSharePage } from '../pages/network-share/observation-share-page.tsx';
import { ReleasePage } from '../pages/network-share/release-page.tsx';
import { SharedStoriesPage } from '../pages/network-share/shared-stories-page.tsx';
import type { PageEnv } from '../view.ts';

type C = Context<PageEnv>;

const formValues = async (c: C) =>
  Object.fromEntries(Object.entries(await c.req.parseBody()).map(([k, x]) => [k, typeof x === 'string' ? x : ''])) as Record<string, string>;

export function networkSharePageRoutes() {
  const app = new Hono<PageEnv>();
  const release = requirePage('network.release');

  const releasePage = async (c: C, network: string, problems?: Problem[]) => {
    const { network: n, story } = await previewRelease(serviceContext(c), network, c.req.param('id'));
    return c.html(<ReleasePage view={c.var.view} network={n} story={story} problems={problems} />, problems ? 400 : 200);
  };
  app.get('/verhalen/:id/delen', release, (c) => releasePage(c, c.req.query('netwerk') ?? ''));
  app.post('/verhalen/:id/delen', release, async (c) => {
    const form = await formValues(c);
    const network = form.network ?? '';
    if (form.confirm !== 'ja') {
      const [nl, en] = [networkShareNl.release.confirmRequired, networkShareEn.release.confirmRequired];
      return releasePage(c, network, [{ field: 'confirm', code: 'confirm-required', nl, en }]);
    }
    return orFormAgain(
      async () => {
        const released = await releaseStory(serviceContext(c), network, c.req.param('id'));
        return c.redirect(`/netwerken/${encodeURIComponent(released.network)}/verhalen?gedeeld=1`, 303);
      },
      (problems) => releasePage(c, network, problems),
    );
  });
  app.post('/verhalen/:id/delen/terugnemen', release, async (c) => {
    const network = (await formValues(c)).network ?? '';
    await takeBackStory(serviceContext(c), network, c.req.param('id'));
    return c.redirect(`/netwerken/${encodeURIComponent(network)}/verhalen?teruggenomen=1`, 303);
  });

  app.get('/netwerken/:slug/verhalen', requirePage('network.read'), async (c) => {
    const q = c.req.query('q') ?? '';
    const { network, stories } = await readSharedStories(serviceContext(c), c.req.param('slug'), { q });
    const notice = c.req.query('gedeeld') === '1' ? 'released' : c.req.query('teruggenomen') === '1' ? 'takenBack' : null;
    return c.html(<SharedStoriesPage view={c.var.view} network={network} stories={stories} q={q} notice={notice} />);
  });

  const observationGuards = [requirePage('observations.read'), requirePage('network.share')] as const;
  const sharePage = async (c: C, values?: Record<string, string>, problems?: Problem[]) => {
    const draft = await observationShareDraft(serviceContext(c), c.req.param('id')!, c.req.query('duiding'));
    return c.html(<ObservationSharePage view={c.var.view} draft={draft} values={values ?? draft.values} problems={problems} />, problems ? 400 : 200);
  };
  app.get('/observaties/:id/delen', ...observationGuards, (c) => sharePage(c));
  app.post('/observaties/:id/delen', ...observationGuards, async (c) => {
    const values = await formValues(c);
    return orFormAgain(
      async () => {
        const shared = await shareObservation(serviceContext(c), c.req.param('id'), values);
        return c.redirect(`/netwerken/${encodeURIComponent(shared.network)}/bibliotheek?gedeeld=1`, 303);
      },
      (problems) => sharePage(c, values, problems),
    );
  });
  return app;
}
