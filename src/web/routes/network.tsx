// Page routes of the regional learning network (issue 15, docs/network.md): the list, joining
// with a beheerder's consent, one network, the named opt-in, leaving, providers and the shared
// instrument. Thin: guard → one service → render, or a 303 after a POST; bad input shows the page
// again with the problems (status 400) and writes nothing.
import { Hono, type Context } from 'hono';
import type { Problem } from '../../domain/problems.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';
import { addIndicatorSet } from '../../services/network/indicator-set.ts';
import { addNetworkVersion, adoptNetworkVersion, memberInstrument } from '../../services/network/instrument.ts';
import { joinNetwork, leaveNetwork, memberNetwork, networkToJoin, setNamed } from '../../services/network/membership.ts';
import { myNetworks, networkOverview, removeNetworkProvider, saveNetworkProvider } from '../../services/network/overview.ts';
import { requirePage } from '../guards.tsx';
import { MessagePage } from '../pages/message.tsx';
import { InstrumentPage } from '../pages/network/instrument.tsx';
import { JoinConfirmPage, JoinPage } from '../pages/network/join.tsx';
import { LeavePage } from '../pages/network/leave.tsx';
import { NetworkListPage } from '../pages/network/list.tsx';
import { NetworkOverviewPage } from '../pages/network/overview.tsx';
import type { PageEnv as AppEnv } from '../view.ts';

const text = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');

export function networkPageRoutes() {
  const app = new Hono<AppEnv>();
  const read = requirePage('network.read');
  const join = requirePage('network.join');
  const adopt = requirePage('network.adopt');
  const manage = requirePage('network.manage');
  const t = (c: Context<AppEnv>) => c.var.view.t.network;
  const notFound = (c: Context<AppEnv>) => c.html(<MessagePage view={c.var.view} title={t(c).notFoundTitle} message={t(c).notFound} />, 404);
  const slug = (c: Context<AppEnv>) => c.req.param('slug')!;
  const done = (c: Context<AppEnv>) => c.req.query('gedaan');

  app.get('/netwerken', read, async (c) => {
    const n = t(c);
    const message = done(c) === 'verlaten' ? n.left : undefined;
    return c.html(<NetworkListPage view={c.var.view} networks={await myNetworks(serviceContext(c))} done={message} />);
  });

  app.get('/netwerken/aansluiten', join, (c) => c.html(<JoinPage view={c.var.view} />));

  // Step 1: the code → the confirmation page with the network's name (or the code again).
  app.post('/netwerken/aansluiten', join, async (c) => {
    const code = text(await c.req.parseBody(), 'network').trim();
    return orFormAgain(
      async () => {
        const network = await networkToJoin(serviceContext(c), code);
        if (network.member) {
          const problem = { field: 'network', code: 'already-member', nl: t(c).alreadyMember(network.name), en: t(c).alreadyMember(network.name) };
          return c.html(<JoinPage view={c.var.view} code={code} problems={[problem]} />, 400);
        }
        return c.html(<JoinConfirmPage view={c.var.view} network={network} />);
      },
      (problems) => c.html(<JoinPage view={c.var.view} code={code} problems={problems} />, 400),
      ['input', 'not-found'],
    );
  });

  // Step 2: the beheerder's explicit consent joins; without the tick, the same page says so.
  app.post('/netwerken/aansluiten/bevestigen', join, async (c) => {
    const form = await c.req.parseBody();
    const code = text(form, 'network').trim();
    return orFormAgain(
      async () => {
        const joined = await joinNetwork(serviceContext(c), { network: code, consent: text(form, 'consent') === 'ja' });
        return c.redirect(`/netwerken/${joined.slug}?gedaan=aangesloten`, 303);
      },
      async (problems) => {
        if (problems.some((p) => p.field === 'consent')) {
          const network = await networkToJoin(serviceContext(c), code);
          return c.html(<JoinConfirmPage view={c.var.view} network={network} problems={problems} />, 400);
        }
        return c.html(<JoinPage view={c.var.view} code={code} problems={problems} />, 400);
      },
      ['input', 'not-found'],
    );
  });

  const overview = async (
    c: Context<AppEnv>,
    extra: { done?: string; problems?: Problem[]; providerForm?: { code: string; name: string } } = {},
    status: 200 | 400 = 200,
  ) =>
    orFormAgain(
      async () => c.html(<NetworkOverviewPage view={c.var.view} network={await networkOverview(serviceContext(c), slug(c))} {...extra} />, status),
      () => notFound(c),
      ['not-found'],
    );

  app.get('/netwerken/:slug', read, async (c) => {
    const n = t(c);
    const messages: Record<string, string> = { naam: n.namedChanged, aanbieder: n.providerSaved, weg: n.providerRemoved };
    // Right after joining, the notice names the network (only a member sees its name).
    const joined =
      done(c) === 'aangesloten'
        ? await orFormAgain(
            () => memberNetwork(serviceContext(c), slug(c)),
            () => null,
            ['not-found'],
          )
        : null;
    return overview(c, { done: joined ? n.joined(joined.network.name) : messages[done(c) ?? ''] });
  });

  app.post('/netwerken/:slug/naam', join, async (c) => {
    const named = text(await c.req.parseBody(), 'named') === 'ja';
    return orFormAgain(
      async () => {
        await setNamed(serviceContext(c), { network: slug(c), named });
        return c.redirect(`/netwerken/${slug(c)}?gedaan=naam`, 303);
      },
      () => notFound(c),
      ['not-found'],
    );
  });

  app.post('/netwerken/:slug/aanbieders', manage, async (c) => {
    const form = await c.req.parseBody();
    const input = { code: text(form, 'code'), name: text(form, 'name') };
    return orFormAgain(
      async () => {
        await saveNetworkProvider(serviceContext(c), { network: slug(c), ...input });
        return c.redirect(`/netwerken/${slug(c)}?gedaan=aanbieder#aanbieders`, 303);
      },
      (problems, refusal) => (refusal.kind === 'not-found' ? notFound(c) : overview(c, { problems, providerForm: input }, 400)),
      ['input', 'not-found'],
    );
  });

  app.post('/netwerken/:slug/aanbieders/verwijderen', manage, async (c) => {
    const code = text(await c.req.parseBody(), 'code');
    return orFormAgain(
      async () => {
        await removeNetworkProvider(serviceContext(c), { network: slug(c), code });
        return c.redirect(`/netwerken/${slug(c)}?gedaan=weg#aanbieders`, 303);
      },
      (problems, refusal) => (refusal.kind === 'not-found' ? notFound(c) : overview(c, { problems }, 400)),
      ['input', 'not-found'],
    );
  });

  app.get('/netwerken/:slug/verlaten', join, async (c) =>
    orFormAgain(
      async () => {
        const { network } = await memberNetwork(serviceContext(c), slug(c));
        return c.html(<LeavePage view={c.var.view} network={network} />);
      },
      () => notFound(c),
      ['not-found'],
    ),
  );

  app.post('/netwerken/:slug/verlaten', join, async (c) => {
    const confirm = text(await c.req.parseBody(), 'confirm') === 'ja';
    return orFormAgain(
      async () => {
        await leaveNetwork(serviceContext(c), { network: slug(c), confirm });
        return c.redirect('/netwerken?gedaan=verlaten', 303);
      },
      async (problems, refusal) => {
        if (refusal.kind === 'not-found') return notFound(c);
        const { network } = await memberNetwork(serviceContext(c), slug(c));
        return c.html(<LeavePage view={c.var.view} network={network} problems={problems} />, 400);
      },
      ['input', 'not-found'],
    );
  });

  const instrument = async (
    c: Context<AppEnv>,
    extra: {
      done?: string;
      problems?: Problem[];
      problemsTitle?: string;
      versionForm?: { document: string; note: string };
      indicatorForm?: { indicators: string };
    } = {},
    status: 200 | 400 = 200,
  ) =>
    orFormAgain(
      async () => {
        const found = await memberInstrument(serviceContext(c), slug(c), c.var.view.lang);
        return c.html(<InstrumentPage view={c.var.view} network={found.network} questionnaires={found.questionnaires} {...extra} />, status);
      },
      () => notFound(c),
      ['not-found'],
    );

  app.get('/netwerken/:slug/instrument', read, async (c) => {
    const n = t(c);
    const key = c.req.query('vragenlijst') ?? '';
    const version = Number(c.req.query('versie') ?? 0);
    const message = { overgenomen: n.adopted(key, version), opgeslagen: n.versionSaved(key, version), ongewijzigd: n.versionUnchanged(key, version) }[
      done(c) ?? ''
    ];
    return instrument(c, { done: message });
  });

  app.post('/netwerken/:slug/instrument/overnemen', adopt, async (c) => {
    const form = await c.req.parseBody();
    return orFormAgain(
      async () => {
        const adopted = await adoptNetworkVersion(serviceContext(c), {
          network: slug(c),
          questionnaire: text(form, 'questionnaire'),
          version: text(form, 'version'),
        });
        return c.redirect(`/netwerken/${slug(c)}/instrument?gedaan=overgenomen&vragenlijst=${encodeURIComponent(adopted.key)}&versie=${adopted.version}`, 303);
      },
      (problems, refusal) => (refusal.kind === 'not-found' && problems[0]?.code === 'unknown-network' ? notFound(c) : instrument(c, { problems }, 400)),
      ['input', 'not-found'],
    );
  });

  app.post('/netwerken/:slug/instrument/versie', manage, async (c) => {
    const form = await c.req.parseBody();
    const versionForm = { document: text(form, 'document'), note: text(form, 'note') };
    const n = t(c);
    let document: unknown;
    try {
      document = JSON.parse(versionForm.document);
    } catch (error) {
      const message = n.invalidJson((error as Error).message);
      return instrument(
        c,
        { problems: [{ field: 'document', code: 'invalid-json', nl: message, en: message }], problemsTitle: n.versionProblems, versionForm },
        400,
      );
    }
    return orFormAgain(
      async () => {
        const saved = await addNetworkVersion(serviceContext(c), { network: slug(c), document, note: versionForm.note });
        const what = saved.outcome === 'unchanged' ? 'ongewijzigd' : 'opgeslagen';
        return c.redirect(`/netwerken/${slug(c)}/instrument?gedaan=${what}&vragenlijst=${encodeURIComponent(saved.key)}&versie=${saved.version}`, 303);
      },
      (problems, refusal) => (refusal.kind === 'not-found' ? notFound(c) : instrument(c, { problems, problemsTitle: n.versionProblems, versionForm }, 400)),
      ['input', 'not-found'],
    );
  });

  app.post('/netwerken/:slug/instrument/cijfers', manage, async (c) => {
    const indicatorForm = { indicators: text(await c.req.parseBody(), 'indicators') };
    const n = t(c);
    let indicators: unknown;
    try {
      indicators = JSON.parse(indicatorForm.indicators);
    } catch (error) {
      const message = n.invalidJson((error as Error).message);
      return instrument(
        c,
        { problems: [{ field: 'indicators', code: 'invalid-json', nl: message, en: message }], problemsTitle: n.indicatorSetProblems, indicatorForm },
        400,
      );
    }
    return orFormAgain(
      async () => {
        const saved = await addIndicatorSet(serviceContext(c), { network: slug(c), indicators });
        return c.redirect(`/netwerken/${slug(c)}/instrument?gedaan=cijfers&versie=${saved.version}`, 303);
      },
      (problems, refusal) =>
        refusal.kind === 'not-found' ? notFound(c) : instrument(c, { problems, problemsTitle: n.indicatorSetProblems, indicatorForm }, 400),
      ['input', 'not-found'],
    );
  });

  return app;
}
