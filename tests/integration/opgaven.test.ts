// Opgaven, assumptions and dialogues on both databases: a status is never set without evidence,
// the history is kept, the demo cycle reads back, queries stay inside their municipality, and
// the API speaks problem+json.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { findTenantBySlug } from '../../src/db/repositories/tenants.repository.ts';
import { InputRejected } from '../../src/domain/problems.ts';
import { createApp } from '../../src/http/app.ts';
import { judgeAssumption } from '../../src/services/assumptions.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { listDialogueSummaries, readDialogue, sessionPack } from '../../src/services/dialogue-read.ts';
import { addAction, addMaterial, followUpAction } from '../../src/services/dialogues.ts';
import { addStatement, createOpgave, linkElement } from '../../src/services/opgaven-edit.ts';
import { actionsOf, listOpgaven, theoryOfChange } from '../../src/services/opgaven.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { createTestTenant } from '../support/tenant.ts';

async function rejection(promise: Promise<unknown>): Promise<InputRejected> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputRejected) return error;
    throw error;
  }
  throw new Error('expected the input to be rejected');
}

describe.each(testDatabaseTargets())('opgaven and dialogues on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let other: ServiceContext;

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 40 });
    const tenant = (await findTenantBySlug(handle.db, 'voorbeeld'))!;
    ctx = { db: handle.db, tenantId: tenant.id, actorUserId: null };
    other = await createTestTenant(handle, 'elders');
  });
  afterAll(async () => handle?.close());

  const assumptionOf = async (start: string) =>
    (await theoryOfChange(ctx, 'zo-thuis'))!.statements.flatMap((s) => s.assumptions).find((a) => a.text.startsWith(start))!;

  it('reads back the demo theory of change with statuses, evidence and links', async () => {
    const theory = (await theoryOfChange(ctx, 'zo-thuis'))!;
    expect(theory.opgave.title).toBe('Kinderen en jongeren groeien zo thuis mogelijk op');
    expect(theory.statements).toHaveLength(4);
    expect(theory.statements[0].parts?.action).toContain('wijkteam');
    expect(theory.statements[0].links.map((l) => l.label)).toContain('Gemiddelde wachttijd jeugdhulp');
    const all = theory.statements.flatMap((s) => s.assumptions);
    expect(all.length).toBeGreaterThanOrEqual(5);
    const judged = all.filter((a) => a.latest);
    expect(judged.length).toBe(4);
    for (const a of judged) {
      expect(a.latest!.status).toBe(a.status);
      expect(a.latest!.evidence.length).toBeGreaterThan(0);
    }
    // Story titles only when asked for (roles with stories.read).
    const wait = all.find((a) => a.text.startsWith('Lang wachten'))!;
    expect(wait.latest!.evidence.filter((e) => e.kind === 'story').every((e) => e.label === null)).toBe(true);
    const withTitles = (await theoryOfChange(ctx, 'zo-thuis', { storyTitles: true }))!.statements.flatMap((s) => s.assumptions).find((a) => a.id === wait.id)!;
    expect(withTitles.latest!.evidence.filter((e) => e.kind === 'story').every((e) => typeof e.label === 'string' && e.label.length > 0)).toBe(true);

    const opgaven = await listOpgaven(ctx);
    expect(opgaven.map((o) => o.key).sort()).toEqual(['inclusief-leven', 'zo-thuis']);
    expect(opgaven.find((o) => o.key === 'zo-thuis')!.statusCounts['houdt-stand']).toBe(2);
  });

  it('refuses a status without evidence, in Dutch, and changes nothing', async () => {
    const before = await assumptionOf('School ziet problemen');
    for (const evidence of [undefined, {}, { note: 'Ik denk het wel', items: [] }]) {
      const error = await rejection(judgeAssumption(ctx, 'zo-thuis', before.id, { status: 'houdt-stand', evidence }));
      expect(error.problems[0]).toMatchObject({ code: 'evidence-required', field: 'evidence' });
      expect(error.problems[0].nl).toContain('alleen worden vastgelegd met bewijs');
    }
    const after = await assumptionOf('School ziet problemen');
    expect(after.status).toBe('onbekend');
    expect(after.history).toEqual([]);
  });

  it('refuses evidence that points at nothing, and an unknown status', async () => {
    const a = await assumptionOf('School ziet problemen');
    const error = await rejection(
      judgeAssumption(ctx, 'zo-thuis', a.id, {
        status: 'weerlegd',
        evidence: {
          items: [
            { kind: 'story', ref: 'bestaat-niet' },
            { kind: 'indicator', indicator: 'wachttijd_weken', area: 'WK000000' },
            { kind: 'pattern', questionnaire: 'zo-thuis', a: 'gehoord', b: 'gehoord' },
          ],
        },
      }),
    );
    expect(error.problems.map((p) => p.field)).toEqual(['evidence.items[2].b']);
    const refs = await rejection(
      judgeAssumption(ctx, 'zo-thuis', a.id, {
        status: 'weerlegd',
        evidence: {
          items: [
            { kind: 'story', ref: 'bestaat-niet' },
            { kind: 'indicator', indicator: 'wachttijd_weken', area: 'WK000000' },
          ],
        },
      }),
    );
    expect(refs.problems.map((p) => p.field)).toEqual(['evidence.items[0].ref', 'evidence.items[1].area']);
    const status = await rejection(
      judgeAssumption(ctx, 'zo-thuis', a.id, {
        status: 'misschien',
        evidence: { items: [{ kind: 'indicator', indicator: 'wachttijd_weken', area: 'GM9999' }] },
      }),
    );
    expect(status.problems[0].field).toBe('status');
    expect((await assumptionOf('School ziet problemen')).history).toEqual([]);
  });

  it('keeps every status change, newest first', async () => {
    const a = await assumptionOf('De meeste gezinnen');
    await judgeAssumption(ctx, 'zo-thuis', a.id, {
      status: 'twijfelachtig',
      evidence: { note: 'eerste', items: [{ kind: 'indicator', indicator: 'jeugdhulp_verblijf_per_1000', area: 'GM9999' }] },
    });
    await new Promise((r) => setTimeout(r, 5));
    await judgeAssumption(ctx, 'zo-thuis', a.id, {
      status: 'weerlegd',
      evidence: { note: 'tweede', items: [{ kind: 'pattern', questionnaire: 'zo-thuis', a: 'wie_hielp.1', b: 'rol' }] },
    });
    const after = await assumptionOf('De meeste gezinnen');
    expect(after.status).toBe('weerlegd');
    expect(after.history.map((h) => [h.status, h.note])).toEqual([
      ['weerlegd', 'tweede'],
      ['twijfelachtig', 'eerste'],
    ]);
    expect(after.latest!.evidence[0]).toMatchObject({ kind: 'pattern', a: 'wie_hielp.1' });
  });

  it('lists the demo dialogues and the actions of the opgave with their follow-up', async () => {
    const dialogues = await listDialogueSummaries(ctx);
    expect(dialogues.filter((d) => d.planned)).toHaveLength(1);
    const held = dialogues.find((d) => d.kind === 'verantwoordingsdialoog')!;
    expect(held.actions).toBe(3);
    const actions = await actionsOf(ctx, 'zo-thuis');
    expect(actions.map((a) => a.learningLevel).sort()).toEqual([1, 2, 3]);
    expect(actions.find((a) => a.learningLevel === 1)).toMatchObject({ status: 'afgerond', dialogueTitle: held.title });

    const id = await addAction(ctx, held.id, {
      kind: 'nader-onderzoek',
      description: 'Uitzoeken waarom',
      owner: 'Onderzoek',
      dueOn: '2026-10-01',
      learningLevel: '2',
    });
    await followUpAction(ctx, held.id, id, { status: 'loopt', followUp: 'begonnen' });
    expect((await actionsOf(ctx, 'zo-thuis')).find((a) => a.id === id)).toMatchObject({ status: 'loopt', followUp: 'begonnen', learningLevel: 2 });
    const bad = await rejection(addAction(ctx, held.id, { kind: 'iets', description: '', owner: 'x', dueOn: '2026-02-30', learningLevel: 4 }));
    expect(bad.problems.map((p) => p.field).sort()).toEqual(['description', 'dueOn', 'kind', 'learningLevel']);

    // Several stories at once: all or nothing.
    const before = (await readDialogue(ctx, held.id)).material.length;
    const partly = await rejection(
      addMaterial(ctx, held.id, [
        { kind: 'story', ref: 'demo-000010' },
        { kind: 'story', ref: 'bestaat-niet' },
      ]),
    );
    expect(partly.problems.map((p) => p.field)).toEqual(['material[1].ref']);
    expect((await readDialogue(ctx, held.id)).material.length).toBe(before);
    const pack = await sessionPack(ctx, held.id);
    expect(pack.stories.length).toBe(3);
    expect(pack.patterns[0].pattern).toMatchObject({ test: 'kruskal-wallis' });
    // Small groups are suppressed in the printed pack (default threshold 5); larger ones keep their median.
    const groups = pack.patterns[0].groups;
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.every((g) => (g.n === null && g.median === null) || (g.n !== null && g.n >= 5))).toBe(true);
    expect(groups.some((g) => g.n === null)).toBe(true);
    expect(pack.series[0].rows.length).toBeGreaterThan(0);
  });

  it('keeps every query inside its municipality', async () => {
    const theory = (await theoryOfChange(ctx, 'zo-thuis'))!;
    const assumption = theory.statements[0].assumptions[0];
    const held = (await listDialogueSummaries(ctx)).find((d) => !d.planned)!;
    expect(await theoryOfChange(other, 'zo-thuis')).toBeNull();
    expect(await listOpgaven(other)).toEqual([]);
    expect(await actionsOf(other, 'zo-thuis')).toEqual([]);
    expect(await listDialogueSummaries(other)).toEqual([]);
    expect((await rejection(readDialogue(other, held.id))).status).toBe(404);
    expect((await rejection(addAction(other, held.id, { kind: 'praktijk', description: 'x', owner: 'x', learningLevel: 1 }))).status).toBe(404);

    // The same key in another municipality is a different opgave; ids from elsewhere are unknown.
    await createOpgave(other, { key: 'zo-thuis', title: 'Eigen opgave', domain: 'jeugd' });
    const statement = await addStatement(other, 'zo-thuis', { action: 'a', contributesTo: 'b', because: 'c' });
    const judged = await rejection(
      judgeAssumption(other, 'zo-thuis', assumption.id, {
        status: 'weerlegd',
        evidence: { items: [{ kind: 'dialogue', dialogue: held.id, conclusion: 'x' }] },
      }),
    );
    expect(judged.status).toBe(404);
    // Evidence pointing at the other municipality's dialogue or indicators does not exist here.
    const linked = await rejection(linkElement(other, 'zo-thuis', statement, { kind: 'indicator', ref: 'wachttijd_weken' }));
    expect(linked.problems[0].code).toBe('unknown-indicator');
    expect((await theoryOfChange(ctx, 'zo-thuis'))!.opgave.title).toBe('Kinderen en jongeren groeien zo thuis mogelijk op');
  });

  it('serves the API: theory of change per role, status only with evidence, dialogues and actions', async () => {
    const app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost' });
    const signIn = async (email: string) => {
      const response = await app.request('/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      return { cookie: response.headers.get('set-cookie')!.split(';')[0], 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    };
    const council = await signIn('raad@voorbeeld.example');
    const analyst = await signIn('analist@voorbeeld.example');

    expect(((await (await app.request('/api/v1/opgaven', { headers: council })).json()) as { opgaven: unknown[] }).opgaven).toHaveLength(2);
    const theoryText = await (await app.request('/api/v1/opgaven/zo-thuis', { headers: council })).text();
    const theory = JSON.parse(theoryText) as Awaited<ReturnType<typeof theoryOfChange>> & {};
    const storyEvidence = theory.statements
      .flatMap((s) => s.assumptions)
      .flatMap((a) => a.history)
      .flatMap((h) => h.evidence)
      .filter((e) => e.kind === 'story');
    expect(storyEvidence.length).toBeGreaterThan(0);
    expect(storyEvidence.every((e) => e.label === null)).toBe(true);
    expect((await app.request('/api/v1/opgaven/bestaat-niet', { headers: council })).status).toBe(404);

    const target = theory.statements[2].assumptions[0];
    const url = `/api/v1/opgaven/zo-thuis/assumptions/${target.id}/status`;
    const forbidden = await app.request(url, {
      method: 'POST',
      headers: council,
      body: JSON.stringify({ status: 'weerlegd', evidence: { items: [{ kind: 'indicator', indicator: 'wachttijd_weken', area: 'GM9999' }] } }),
    });
    expect(forbidden.status).toBe(403);
    const refused = await app.request(url, { method: 'POST', headers: analyst, body: JSON.stringify({ status: 'weerlegd' }) });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await refused.json()) as { errors: { code: string; message_nl: string }[] };
    expect(problem.errors[0].code).toBe('evidence-required');
    expect(problem.errors[0].message_nl).toContain('alleen worden vastgelegd met bewijs');
    const accepted = await app.request(url, {
      method: 'POST',
      headers: analyst,
      body: JSON.stringify({
        status: 'houdt-stand',
        evidence: { note: 'api', items: [{ kind: 'indicator', indicator: 'jongeren_met_jeugdhulp_pct', area: 'GM9999' }] },
      }),
    });
    expect(accepted.status).toBe(201);

    const created = await app.request('/api/v1/dialogues', {
      method: 'POST',
      headers: analyst,
      body: JSON.stringify({
        kind: 'kwaliteitsreview',
        title: 'Review',
        heldOn: '2026-05-01',
        opgave: 'zo-thuis',
        participants: [{ role: 'aanbieder', name: 'De Linde' }],
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const action = await app.request(`/api/v1/dialogues/${id}/actions`, {
      method: 'POST',
      headers: analyst,
      body: JSON.stringify({ kind: 'praktijk', description: 'Doen', owner: 'Team', learningLevel: 1 }),
    });
    expect(action.status).toBe(201);
    expect((await app.request(`/api/v1/dialogues/${id}/actions`, { method: 'POST', headers: council, body: '{}' })).status).toBe(403);
    const read = (await (await app.request(`/api/v1/dialogues/${id}`, { headers: council })).json()) as { actionList: unknown[]; participants: unknown[] };
    expect(read.actionList).toHaveLength(1);
    const list = (await (await app.request('/api/v1/dialogues', { headers: council })).json()) as { dialogues: { id: string }[] };
    expect(list.dialogues.map((d) => d.id)).toContain(id);
  });
});
