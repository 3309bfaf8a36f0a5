// GET /api/v1/networks/{slug}/compare over the demo's fictional region (Voorbeeld, Proefhoven,
// Oefenmeer), on PGlite and PostgreSQL: disclosure at network level (named and not named members,
// "te weinig gemeenten"), non-members get 404, a local question is refused, leaving removes a
// member from the next comparison.
import { hash } from '@node-rs/argon2';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { upsertUser } from '../../src/db/repositories/users.repository.ts';
import * as schema from '../../src/db/schema/index.ts';
import { tenantDatabase } from '../../src/db/tenant-scope.ts';
import { agreeReviewAction, bringCase, planReview, readLibrary, readReview, recordReview, shareInLibrary } from '../../src/services/network-compare/memory.ts';
import type { NetworkCompareDocument } from '../../src/services/network-compare/compare.ts';
import { DEMO_PASSWORD } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { seedDemoRegion, type DemoRegion } from '../support/demo-region.ts';
import { Auditor, summarise } from '../support/disclosure-auditor.ts';

describe.each(testDatabaseTargets())('network comparison on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: DemoRegion['app'];
  let tenantOf: Map<string, string>;
  let signIn: DemoRegion['signIn'];

  beforeAll(async () => {
    handle = await create();
    ({ app, tenantOf, signIn } = await seedDemoRegion(handle, 300));
  }, 600_000);
  afterAll(async () => handle?.close());

  const as = async (email: string): Promise<string> => (await signIn(email)).cookie;

  const get = async (email: string, query = '', slug = 'voorbeeldland') =>
    app.request(`/api/v1/networks/${slug}/compare${query}`, { headers: { cookie: await as(email) } });
  const compare = async (email: string, query = '') => {
    const response = await get(email, query);
    expect(response.status).toBe(200);
    return (await response.json()) as NetworkCompareDocument;
  };
  const setNamed = async (slug: string, named: boolean) =>
    handle.db
      .update(schema.networkMembers)
      .set({ named })
      .where(eq(schema.networkMembers.tenantId, tenantOf.get(slug)!));
  const tooFew = { tooFewMembers: true };

  it('shows a member its own exact figures, named members rounded, and the network beside them', async () => {
    const doc = await compare('analist@voorbeeld.example');
    expect(doc.format).toBe('duiding.network-compare/v1');
    expect(doc.viewer).toBe('member');
    expect(doc.members.map((m) => m.label).sort()).toEqual(['Gemeente Oefenmeer', 'Gemeente Proefhoven', 'Gemeente Voorbeeld']);
    const own = doc.members.find((m) => m.own)!;
    expect(own.label).toBe('Gemeente Voorbeeld');
    for (const m of doc.members.filter((x) => !x.own)) expect(Number(m.stories) % 5, m.label).toBe(0);
    expect(typeof doc.stories.network).toBe('number');
    // The rest of the network is two members: "te weinig gemeenten", never the figure.
    expect(doc.stories.rest).toEqual(tooFew);
    // Local and not comparable questions stay out.
    const questions = doc.questions.map((q) => q.question);
    expect(questions).toContain('gevoel');
    expect(questions).not.toContain('leeftijd');
    expect(questions).not.toContain('wijk');
    const gevoel = doc.questions.find((q) => q.variable === 'gevoel')!;
    expect(gevoel.kind).toBe('choice');
    expect(gevoel.heterogeneity.test).toBe('chi-square-homogeneity');
    expect(typeof gevoel.heterogeneity.p).toBe('number');
    if (gevoel.kind === 'choice') for (const figure of gevoel.network) expect(typeof figure === 'number' || 'suppressed' in (figure as object)).toBe(true);
    // Waiting differs between the municipalities by construction (Proefhoven +3, Oefenmeer −2 weeks).
    const wachtweken = doc.questions.find((q) => q.variable === 'wachtweken')!;
    expect(wachtweken.heterogeneity.test).toBe('kruskal-wallis');
    expect(wachtweken.heterogeneity.verdict).toBe('differs');
    expect(doc.patterns.length).toBeGreaterThan(0);
    expect(doc.patterns.every((p) => ['holds-everywhere', 'differs', 'unknown'].includes(p.verdict))).toBe(true);
    const indicator = doc.indicators.find((i) => i.key === 'jongeren_met_jeugdhulp_pct')!;
    expect(indicator.members).toHaveLength(3);
    expect(typeof indicator.network).toBe('number');
  });

  it('hides a member that is not named, and the aggregates it would leak', async () => {
    await setNamed('oefenmeer', false);
    try {
      const doc = await compare('analist@voorbeeld.example');
      const hidden = doc.members.find((m) => m.label.startsWith('gemeente '))!;
      expect(hidden.stories).toEqual({ notNamed: true });
      expect(hidden.named).toBe(false);
      // Network minus own minus Proefhoven would be Oefenmeer alone.
      expect(doc.stories.network).toEqual(tooFew);
      const gevoel = doc.questions.find((q) => q.variable === 'gevoel')!;
      if (gevoel.kind === 'choice') expect(gevoel.network.every((f) => JSON.stringify(f) === JSON.stringify(tooFew))).toBe(true);
      expect(gevoel.heterogeneity.p).toEqual(tooFew);
      if (gevoel.kind === 'choice')
        expect(gevoel.members.find((m) => m.label === hidden.label)!.counts.every((c) => JSON.stringify(c) === '{"notNamed":true}')).toBe(true);
      const body = JSON.stringify(doc);
      expect(body).not.toContain('Oefenmeer');
      // The coordinator sees no member's figure that is not named either.
      const coordinator = await compare('coordinator@voorbeeldland.example');
      expect(coordinator.viewer).toBe('coordinator');
      expect(JSON.stringify(coordinator)).not.toContain('Oefenmeer');
      expect(coordinator.stories.network).toEqual(tooFew);
    } finally {
      await setNamed('oefenmeer', true);
    }
  });

  it('shows the coordinator the network when three or more members are not named', async () => {
    for (const slug of ['voorbeeld', 'proefhoven', 'oefenmeer']) await setNamed(slug, false);
    try {
      const doc = await compare('coordinator@voorbeeldland.example');
      expect(doc.members.every((m) => JSON.stringify(m.stories) === '{"notNamed":true}')).toBe(true);
      expect(typeof doc.stories.network).toBe('number');
      expect(Number(doc.stories.network) % 5).toBe(0);
      // A member reader can subtract its own figure: two unseen members remain, so nothing.
      expect((await compare('analist@proefhoven.example')).stories.network).toEqual(tooFew);
    } finally {
      for (const slug of ['voorbeeld', 'proefhoven', 'oefenmeer']) await setNamed(slug, true);
    }
  });

  it('gives a provider its own figures against the regional whole, no member one by one', async () => {
    const doc = await compare('aanbieder@voorbeeld.example');
    expect(doc.viewer).toBe('provider');
    expect(doc.members).toEqual([]);
    expect(doc.questions.every((q) => q.members.length === 0)).toBe(true);
    const wait = doc.indicators.find((i) => i.key === 'wachttijd_weken')!;
    expect(typeof wait.provider).toBe('number');
    expect(typeof wait.network).toBe('number');
    expect(wait.members).toEqual([]);
  });

  it('refuses a local question by name, and answers 404 to a non-member and an unknown network', async () => {
    const local = await get('analist@voorbeeld.example', '?question=leeftijd');
    expect(local.status).toBe(400);
    expect(local.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await local.json()) as { errors: { code: string; field: string; nl: string }[] };
    expect(problem.errors[0]).toMatchObject({ code: 'local-question', field: 'question' });
    expect(problem.errors[0]!.nl).toContain('leeftijd');
    const restricted = await compare('analist@voorbeeld.example', '?question=gevoel&question=wachtweken');
    expect(restricted.questions.map((q) => q.question).sort()).toEqual(['gevoel', 'wachtweken']);
    expect((await get('analist@buiten.example')).status).toBe(404);
    expect((await get('analist@voorbeeld.example', '', 'bestaat-niet')).status).toBe(404);
  });

  it('the disclosure auditor pins no figure of the network comparison', async () => {
    // Every month the demo's stories may fall in; a month without stories is a true 0, which the
    // rounding model allows, so the attacker is given a superset of the real atoms.
    const months = [
      ...Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ];
    const shown = (f: unknown): number | 'hidden' | null => (typeof f === 'number' ? f : f && typeof f === 'object' && 'suppressed' in f ? 'hidden' : null);
    // A comparison over a period publishes sums of the same month atoms, only fewer of them.
    const atomsOf = (labels: readonly string[], within = months) => labels.flatMap((label) => within.map((m) => `${label}:${m}`));
    async function audit(doc: NetworkCompareDocument, ...periods: { doc: NetworkCompareDocument; months: string[] }[]) {
      const auditor = new Auditor(5);
      for (const { doc: d, months: within } of [{ doc, months }, ...periods]) publishAll(auditor, d, within);
      // Every hidden figure and the smallest rounded ones (larger ones only add up intervals; docs/disclosure.md).
      const rounded = auditor.publications.filter((p) => !p.exact && typeof p.value === 'number' && p.value > 0).map((p) => Number(p.value));
      const cutoff = Math.max(30, Math.min(...rounded));
      return summarise(await auditor.ranges((p) => !p.exact && p.value !== 0 && (p.value === 'hidden' || p.value <= cutoff)));
    }
    function publishAll(auditor: Auditor, doc: NetworkCompareDocument, within: string[]) {
      const labels = doc.members.map((m) => m.label);
      const period = doc.period.from || doc.period.to ? ` (${doc.period.from}–${doc.period.to})` : '';
      for (const q of doc.questions) {
        if (q.kind !== 'choice') continue;
        q.categories.forEach((category, i) => {
          const set = `${q.variable}=${category}`;
          const network = shown(q.network[i]);
          if (network !== null) auditor.publish({ set, months: atomsOf(labels, within), value: network, where: `network ${set}${period}` });
          for (const m of q.members) {
            const value = shown(m.counts[i]);
            const own = doc.members.find((x) => x.label === m.label)?.own ?? false;
            if (value !== null) auditor.publish({ set, months: atomsOf([m.label], within), value, exact: own, where: `${m.label} ${set}${period}` });
          }
        });
      }
    }
    // A member reader with everyone named: its own exact figures, the others rounded, the network.
    const member = await audit(await compare('analist@voorbeeld.example'));
    expect(member.figures).toBeGreaterThan(0);
    expect(member.pinned.map((r) => r.publication.where)).toEqual([]);
    // The same reader also fetches a period: whole months, so the two documents together pin nothing either.
    const withPeriod = await audit(await compare('analist@voorbeeld.example'), {
      doc: await compare('analist@voorbeeld.example', '?from=2026-01&to=2026-06'),
      months: months.filter((m) => m >= '2026-01' && m <= '2026-06'),
    });
    expect(withPeriod.figures).toBeGreaterThan(member.figures);
    expect(withPeriod.pinned.map((r) => r.publication.where)).toEqual([]);
    // The coordinator with no member named: only aggregates of three.
    for (const slug of ['voorbeeld', 'proefhoven', 'oefenmeer']) await setNamed(slug, false);
    try {
      const coordinator = await audit(await compare('coordinator@voorbeeldland.example'));
      expect(coordinator.figures).toBeGreaterThan(0);
      expect(coordinator.pinned.map((r) => r.publication.where)).toEqual([]);
      expect(coordinator.minWidth).toBeGreaterThanOrEqual(4);
    } finally {
      for (const slug of ['voorbeeld', 'proefhoven', 'oefenmeer']) await setNamed(slug, true);
    }
  });

  it('keeps quality reviews with redacted cases, actions with learning levels, and a Dutch-searchable library', async () => {
    const voorbeeld = tenantOf.get('voorbeeld')!;
    const proefhoven = tenantOf.get('proefhoven')!;
    const writer = await upsertUser(handle.db, {
      email: 'schrijver@proefhoven.example',
      displayName: 'Schrijver',
      passwordHash: null,
      homeTenantId: proefhoven,
    });
    const ctxOf = (tenantId: string, actorUserId: string | null = null) => ({ db: tenantDatabase(handle.db, tenantId), tenantId, actorUserId });
    const review = await planReview(ctxOf(voorbeeld), 'voorbeeldland', {
      title: 'Kwaliteitsreview wachttijden',
      heldOn: '2026-11-20',
      participants: [{ role: 'aanbieder', name: 'Gezinspunt' }],
    });
    const brought = await bringCase(ctxOf(proefhoven, writer), 'voorbeeldland', review.id, {
      title: 'Gezin wacht op hulp',
      summary: 'Moeder belde 06-12345678 en mailde naar moeder@example.nl; na 14 weken kwam er hulp via het wijkteam.',
      period: '2026-Q3',
    });
    expect(brought.removed).toBeGreaterThanOrEqual(2);
    await agreeReviewAction(ctxOf(voorbeeld), 'voorbeeldland', review.id, {
      kind: 'praktijk',
      description: 'Vaste contactpersoon bij elke aanmelding',
      owner: 'Gezinspunt',
      learningLevel: '2',
    });
    await expect(
      agreeReviewAction(ctxOf(voorbeeld), 'voorbeeldland', review.id, { kind: 'praktijk', description: 'x', owner: 'y', learningLevel: '4' }),
    ).rejects.toThrow(/learningLevel|one of/);
    await recordReview(ctxOf(voorbeeld), 'voorbeeldland', review.id, {
      record: 'Besproken met drie gemeenten.',
      seen: 'Lange wachttijden in Proefhoven.',
      interpretations: '',
    });
    const read = await readReview(ctxOf(tenantOf.get('oefenmeer')!), 'voorbeeldland', review.id);
    expect(read.review.seen).toBe('Lange wachttijden in Proefhoven.');
    expect(read.cases).toHaveLength(1);
    expect(read.cases[0]!.member).toBe('Gemeente Proefhoven');
    expect(read.cases[0]!.summary).not.toContain('06-12345678');
    expect(read.cases[0]!.summary).not.toContain('moeder@example.nl');
    expect(read.actions.map((a) => a.learningLevel)).toEqual([2]);

    await shareInLibrary(ctxOf(proefhoven, writer), 'voorbeeldland', {
      kind: 'les',
      title: 'Kortere wachtlijsten door een vaste contactpersoon',
      body: 'Gezinnen die één vaste contactpersoon hadden, wachtten korter en voelden zich vaker gehoord.',
      period: '2026',
      evidence: 'Verhalen 2026 en de wachttijd per aanbieder',
    });
    // Dutch stemming: "wachtlijst" finds "wachtlijsten"; the provenance is kept.
    const found = (await readLibrary(ctxOf(voorbeeld), 'voorbeeldland', { q: 'wachtlijst contactpersonen' })).entries;
    expect(found.map((e) => [e.title, e.member, e.period, e.evidence])).toEqual([
      ['Kortere wachtlijsten door een vaste contactpersoon', 'Gemeente Proefhoven', '2026', 'Verhalen 2026 en de wachttijd per aanbieder'],
    ]);
    expect((await readLibrary(ctxOf(voorbeeld), 'voorbeeldland', { q: 'fietsenstalling' })).entries).toEqual([]);
    // Owned by the network: the writer's account goes, the lesson stays.
    await handle.db.delete(schema.users).where(eq(schema.users.id, writer));
    expect((await readLibrary(ctxOf(voorbeeld), 'voorbeeldland', { q: 'wachtlijst' })).entries).toHaveLength(1);
    // A member writes only as itself, and a non-member sees nothing.
    await expect(
      tenantDatabase(handle.db, voorbeeld)
        .insert(schema.networkLibrary)
        .values({ networkId: read.review.networkId, kind: 'les', title: 't', body: 'b', memberTenantId: proefhoven }),
    ).rejects.toThrow();
    await expect(readLibrary(ctxOf(tenantOf.get('buiten')!), 'voorbeeldland')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('counts only the stories of the asked months, and refuses a period that does not parse, naming the field', async () => {
    const ownStories = (doc: NetworkCompareDocument) => Number(doc.members.find((m) => m.own)!.stories);
    const all = await compare('analist@voorbeeld.example');
    expect(all.period).toEqual({ from: null, to: null });
    const before = await compare('analist@voorbeeld.example', '?to=2025-12');
    const after = await compare('analist@voorbeeld.example', '?from=2026-01');
    expect(before.period).toEqual({ from: null, to: '2025-12' });
    // The own figure is exact for an analist: two halves that do not overlap add up to the whole.
    expect(ownStories(before)).toBeGreaterThan(0);
    expect(ownStories(after)).toBeGreaterThan(0);
    expect(ownStories(before) + ownStories(after)).toBe(ownStories(all));
    const quarter = await compare('analist@voorbeeld.example', '?from=2026-01&to=2026-03');
    expect(ownStories(quarter)).toBeLessThan(ownStories(after));
    const wachtweken = (doc: NetworkCompareDocument) => doc.questions.find((q) => q.variable === 'wachtweken')!;
    const answered = (doc: NetworkCompareDocument) => {
      const q = wachtweken(doc);
      return q.kind === 'number' ? Number(q.members.find((m) => m.label === 'Gemeente Voorbeeld')!.n) : Number.NaN;
    };
    expect(answered(quarter)).toBeLessThan(answered(all));
    // Months before any story: nothing counts, no member contributes, no pattern is called.
    const empty = await compare('analist@voorbeeld.example', '?from=2020-01&to=2020-02');
    expect(ownStories(empty)).toBe(0);
    expect(empty.patterns.every((p) => p.contributing === 0 && p.verdict === 'unknown')).toBe(true);

    const refused = async (query: string) => {
      const response = await get('analist@voorbeeld.example', query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      return ((await response.json()) as { errors: { code: string; field: string; nl: string; en: string }[] }).errors;
    };
    expect(await refused('?from=2026-13')).toMatchObject([{ field: 'from', code: 'invalid-period' }]);
    expect((await refused('?to=maart'))[0]).toMatchObject({ field: 'to', code: 'invalid-period' });
    const order = await refused('?from=2026-06&to=2026-02');
    expect(order).toMatchObject([{ field: 'to', code: 'period-order' }]);
    expect(order[0]!.nl).toContain('2026-02');
    expect(order[0]!.en).toContain('2026-06');
    // The page: the form again, the message next to its field, no figures.
    const page = await app.request('/netwerken/voorbeeldland/vergelijken?from=2026-06&to=2026-02&question=gevoel', {
      headers: { cookie: await as('analist@voorbeeld.example') },
    });
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).toContain('id="veld-to-fout"');
    expect(html).toContain('aria-describedby="veld-to-fout"');
    expect(html).toContain('href="#veld-to"');
    expect(html).toContain('value="2026-06"');
    expect(html).toContain('name="question" value="gevoel"');
    expect(html).not.toContain('Antwoorden per vraag');
    const shown = await app.request('/netwerken/voorbeeldland/vergelijken?from=2026-01', { headers: { cookie: await as('analist@voorbeeld.example') } });
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('Alleen verhalen vanaf 2026-01 tellen mee.');
  });

  it('tests number × choice patterns for a difference between members, under the aggregate rule', async () => {
    const numberChoice = (doc: NetworkCompareDocument) => doc.patterns.filter((p) => p.kind === 'number-choice');
    const doc = await compare('analist@voorbeeld.example');
    const pairs = numberChoice(doc);
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) {
      const numeric = doc.questions.find((q) => q.variable === p.a)!;
      const choice = doc.questions.find((q) => q.variable === p.b)!;
      expect([numeric.kind, choice.kind]).toEqual(['number', 'choice']);
      expect(numeric.question).not.toBe(choice.question);
      expect(p.heterogeneity.test).toBe('anova-interaction');
      expect(p.contributing).toBe(3);
      expect(p.heterogeneity.df).toBeGreaterThan(0);
      expect(p.heterogeneity.dfError).toBeGreaterThan(p.heterogeneity.df);
    }
    // Waiting weeks are shifted per member, not per feeling: whichever way, the test gives a p.
    const tested = pairs.filter((p) => typeof p.heterogeneity.p === 'number');
    expect(tested.length).toBeGreaterThan(0);
    for (const p of tested) expect(p.heterogeneity.p as number).toBeGreaterThanOrEqual(0);
    // Oefenmeer not named: own + Proefhoven seen, one unseen member left: no test, no effect.
    await setNamed('oefenmeer', false);
    try {
      const hidden = numberChoice(await compare('analist@voorbeeld.example'));
      expect(hidden.length).toBeGreaterThan(0);
      for (const p of hidden) {
        expect(p.heterogeneity.p).toEqual(tooFew);
        expect(p.heterogeneity.statistic).toEqual(tooFew);
        expect(p.effect).toEqual(tooFew);
        expect(p.members.find((m) => m.label.startsWith('gemeente '))!.effect).toEqual({ notNamed: true });
      }
    } finally {
      await setNamed('oefenmeer', true);
    }
  });

  it('leaves a member that left out of every later comparison', async () => {
    const oefenmeer = tenantOf.get('oefenmeer')!;
    const where = and(eq(schema.networkMembers.tenantId, oefenmeer), isNull(schema.networkMembers.leftAt));
    await handle.db.update(schema.networkMembers).set({ leftAt: new Date() }).where(where);
    const doc = await compare('analist@voorbeeld.example');
    expect(doc.members.map((m) => m.label).sort()).toEqual(['Gemeente Proefhoven', 'Gemeente Voorbeeld']);
    expect(doc.stories.network).toEqual(tooFew);
    expect(JSON.stringify(doc)).not.toContain('Oefenmeer');
    // And Oefenmeer itself no longer sees the network.
    const mine = await upsertUser(handle.db, {
      email: 'analist@oefenmeer.example',
      displayName: 'x',
      passwordHash: await hash(DEMO_PASSWORD),
      homeTenantId: oefenmeer,
    });
    expect(mine).toBeTruthy();
    expect((await get('analist@oefenmeer.example')).status).toBe(404);
  });
});
