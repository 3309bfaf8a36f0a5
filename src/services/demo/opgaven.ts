// Demo of the sensemaking cycle on top of the demo opgave (seed-demo.ts creates "zo-thuis" and
// its theory of change): judged assumptions with evidence, a held verantwoordingsdialoog with
// three actions at different learning levels, a planned session, and a short Wmo opgave. Goes
// through the ordinary services, so the demo also proves them. Everything is fictional.
import { findStoriesByRefs } from '../../db/repositories/dialogues.repository.ts';
import { judgeAssumption } from '../assumptions.ts';
import type { ServiceContext } from '../context.ts';
import { addAction, addMaterial, followUpAction, planDialogue, recordDialogue } from '../dialogues.ts';
import { addAssumption, addStatement, createOpgave, linkElement } from '../opgaven-edit.ts';
import { theoryOfChange } from '../opgaven.ts';

const JEUGD = 'zo-thuis';
const QUESTIONNAIRE = 'zo-thuis';
const GEMEENTE = 'GM9999';
const MOLENWIJK = 'WK999903';

/** A date about six weeks after today, so that the planned session stays in the future. */
function weeksAhead(weeks: number): string {
  return new Date(Date.now() + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
}

export async function seedOpgavenDemo(ctx: ServiceContext): Promise<void> {
  const theory = await theoryOfChange(ctx, JEUGD);
  if (!theory) return;
  const assumption = (start: string) => theory.statements.flatMap((s) => s.assumptions).find((a) => a.text.startsWith(start))!;
  const storyRefs = (
    await findStoriesByRefs(
      ctx.db,
      ctx.tenantId,
      Array.from({ length: 20 }, (_, i) => `demo-${String(i + 1).padStart(6, '0')}`),
    )
  )
    .filter((s) => s.status === 'published')
    .map((s) => s.ref)
    .sort();

  const held = await planDialogue(ctx, {
    kind: 'verantwoordingsdialoog',
    title: 'Verantwoordingsdialoog jeugdhulp voorjaar 2026',
    heldOn: '2026-03-12',
    opgave: JEUGD,
    participants: [
      { role: 'raad', name: 'drie leden van de commissie Samenleving' },
      { role: 'college', name: 'wethouder Jeugd' },
      { role: 'aanbieder', name: 'De Linde Jeugdhulp, Kompas Gezinsbegeleiding' },
      { role: 'professional', name: 'twee medewerkers van het wijkteam' },
      { role: 'ervaringsdeskundige', name: '' },
    ],
  });
  await addMaterial(ctx, held, { kind: 'pattern', questionnaire: QUESTIONNAIRE, a: 'gehoord', b: 'rol' });
  await addMaterial(ctx, held, { kind: 'indicator', indicator: 'wachttijd_weken', area: MOLENWIJK });
  for (const ref of storyRefs.slice(0, 3)) await addMaterial(ctx, held, { kind: 'story', ref });
  await recordDialogue(ctx, held, {
    seen: 'Jongeren voelen zich minder gehoord dan ouders. In de Molenwijk is de wachttijd het langst, en de verhalen uit die wijk gaan vaak over wachten.',
    interpretations:
      'Aanbieders zien dat de vaste contactpersoon vaak wisselt door personeelstekort. Ervaringsdeskundigen zeggen dat jongeren vooral over hen gepraat wordt, niet met hen. Conclusie: de aanname dat een vaste contactpersoon genoeg is om gehoord te worden, is twijfelachtig.',
    record: 'Iedereen herkende het beeld van de Molenwijk. Over de oorzaak was geen overeenstemming.',
  });
  const first = await addAction(ctx, held, {
    kind: 'praktijk',
    description: 'Wijkteam Molenwijk start een inloopspreekuur op school.',
    owner: 'Wijkteam Molenwijk',
    dueOn: '2026-06-01',
    learningLevel: 1,
  });
  await addAction(ctx, held, {
    kind: 'contract-afspraken',
    description: 'Afspraak met aanbieders: jongeren praten mee in elk plan, en dat staat in het verslag.',
    owner: 'Team inkoop jeugd',
    dueOn: '2026-09-01',
    learningLevel: 2,
  });
  await addAction(ctx, held, {
    kind: 'opgave-bijstellen',
    description: 'De opgave aanvullen: "gehoord worden" wordt een eigen doel, naast zo thuis mogelijk opgroeien.',
    owner: 'Beleidsteam jeugd',
    dueOn: '2026-12-01',
    learningLevel: 3,
  });
  await followUpAction(ctx, held, first, { status: 'afgerond', followUp: 'Het spreekuur loopt sinds mei elke dinsdag.' });

  // With the full demo (2,000 stories) these patterns are significant; a small demo (tests seed
  // 40–150 stories) may not reach q < 0.05, and then the evidence is kept and labelled so.
  const pattern = (a: string, b: string) => ({ kind: 'pattern' as const, questionnaire: QUESTIONNAIRE, a, b, confirmNotSignificant: true });
  await judgeAssumption(ctx, JEUGD, assumption('Gezinnen melden zich eerder').id, {
    status: 'houdt-stand',
    evidence: {
      note: 'In wijken met een bekend wijkteam is de wachttijd korter en vertellen gezinnen dat ze eerder hulp vroegen.',
      items: [{ kind: 'indicator', indicator: 'wachttijd_weken', area: GEMEENTE }, pattern('wachtweken', 'thuis')],
    },
  });
  await judgeAssumption(ctx, JEUGD, assumption('Lang wachten').id, {
    status: 'houdt-stand',
    evidence: {
      note: 'Verhalen met lange wachttijden gaan vaker over een moeilijke tijd thuis.',
      items: [pattern('wachtweken', 'gevoel'), ...storyRefs.slice(3, 5).map((ref) => ({ kind: 'story' as const, ref }))],
    },
  });
  const contact = assumption('Met een vaste contactpersoon');
  await judgeAssumption(ctx, JEUGD, contact.id, {
    status: 'twijfelachtig',
    evidence: { note: 'Jongeren voelen zich minder gehoord dan ouders.', items: [pattern('gehoord', 'rol')] },
  });
  await judgeAssumption(ctx, JEUGD, assumption('Aanbieders kunnen').id, {
    status: 'twijfelachtig',
    evidence: {
      note: '',
      items: [{ kind: 'dialogue', dialogue: held, conclusion: 'Aanbieders zien dat de vaste contactpersoon vaak wisselt door personeelstekort.' }],
    },
  });

  await planDialogue(ctx, {
    kind: 'sensemaking',
    title: 'Duidingssessie verhalen Molenwijk',
    heldOn: weeksAhead(6),
    opgave: JEUGD,
    participants: [
      { role: 'inwoner', name: 'ouders en jongeren uit de Molenwijk' },
      { role: 'professional', name: 'wijkteam Molenwijk' },
      { role: 'ervaringsdeskundige', name: '' },
    ],
  });

  await seedWmo(ctx);
}

async function seedWmo(ctx: ServiceContext) {
  const key = await createOpgave(ctx, {
    key: 'inclusief-leven',
    title: 'Mensen leiden een inclusief leven',
    domain: 'wmo',
    description:
      'Inwoners met een beperking of ondersteuningsvraag doen mee in hun buurt en leiden het leven dat zij willen, met steun van hun netwerk waar dat kan en van de gemeente waar dat nodig is.',
  });
  const carers = await addStatement(ctx, key, {
    action: 'mantelzorgers op tijd respijtzorg en een vast aanspreekpunt bieden',
    contributesTo: 'mensen die langer thuis wonen en meedoen in hun buurt',
    because: 'mantelzorgers het dan langer volhouden',
    buildingBlock: 'activiteiten-en-veranderverhaal',
  });
  await addAssumption(ctx, key, carers, { text: 'Mantelzorgers weten de weg naar respijtzorg te vinden.', buildingBlock: 'kwaliteit-van-activiteiten' });
  await addAssumption(ctx, key, carers, { text: 'Respijtzorg voorkomt dat mantelzorgers overbelast raken.', buildingBlock: 'uitkomsten-van-activiteiten' });
  await linkElement(ctx, key, carers, { kind: 'indicator', ref: 'wmo_mantelzorg_ondersteuning_per_1000' });
  await linkElement(ctx, key, carers, { kind: 'question', ref: 'wie_hielp' });
  const neighbourhood = await addStatement(ctx, key, {
    action: 'buurthuizen en wijkteams samen activiteiten laten organiseren',
    contributesTo: 'minder eenzaamheid',
    because: 'mensen elkaar dan dichtbij huis ontmoeten',
    buildingBlock: 'samenwerking',
  });
  await addAssumption(ctx, key, neighbourhood, { text: 'Mensen die zich eenzaam voelen, komen naar activiteiten in de buurt.' });
}
