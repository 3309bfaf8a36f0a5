// Public collection channels of the demo municipality: an open self-told link
// (/vertel/voorbeeld-zo-thuis), an interview channel for staff and a signal channel for the
// ombudsfunctie of council members. All fictional.
import { insertCollectionLink } from '../../db/repositories/collect.repository.ts';
import { findQuestionnaire, insertCollection } from '../../db/repositories/questionnaires.repository.ts';
import type { ServiceContext } from '../context.ts';

export const DEMO_PUBLIC_SLUG = 'voorbeeld-zo-thuis';

const CHANNELS = [
  {
    slug: DEMO_PUBLIC_SLUG,
    mode: 'self' as const,
    title: 'Vertel uw verhaal: zo thuis mogelijk opgroeien',
    intro: {
      nl:
        'Gemeente Voorbeeld wil weten hoe hulp voor kinderen, jongeren en gezinnen echt gaat. ' +
        'Vertel over iets wat u meemaakte en beantwoord daarna een paar vragen over uw verhaal. ' +
        'Het kost ongeveer tien minuten. U hoeft uw naam niet te geven. ' +
        'Dit is een demo: de gemeente en de verhalen zijn verzonnen.',
      en:
        'Gemeente Voorbeeld wants to know how help for children, young people and families really works. ' +
        'Tell us about something you experienced, then answer a few questions about your story. ' +
        'It takes about ten minutes. You do not have to give your name. ' +
        'This is a demo: the municipality and the stories are fictional.',
    },
    retentionDays: 3 * 365,
  },
  {
    slug: 'voorbeeld-gesprek',
    mode: 'interview' as const,
    title: 'Verhalen uit gesprekken met het wijkteam',
    intro: { nl: 'Een medewerker vult hier een verhaal in dat iemand in een gesprek vertelde, met diens toestemming.' },
    retentionDays: 3 * 365,
  },
  {
    slug: 'voorbeeld-signaal',
    mode: 'signal' as const,
    title: 'Signalen uit de ombudsfunctie van de raad',
    intro: { nl: 'Een raadslid legt hier een casus vast die een inwoner aan hem of haar vertelde, met toestemming.' },
    retentionDays: 2 * 365,
  },
];

export async function seedCollectionsDemo(ctx: ServiceContext, questionnaireKey = 'zo-thuis'): Promise<void> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!questionnaire) return;
  for (const channel of CHANNELS) {
    const collection = await insertCollection(ctx.db, {
      tenantId: ctx.tenantId,
      slug: channel.slug,
      questionnaireId: questionnaire.id,
      title: channel.title,
      mode: channel.mode,
      opensAt: new Date(Date.UTC(2026, 0, 1)),
      closesAt: null,
      // The public channel in every language of the questionnaire; staff channels in nl and en.
      languages: channel.mode === 'self' ? questionnaire.definition.languages : questionnaire.definition.languages.filter((l) => l === 'nl' || l === 'en'),
      intro: channel.intro,
      retentionDays: channel.retentionDays,
    });
    await insertCollectionLink(ctx.db, { slug: channel.slug, tenantId: ctx.tenantId, collectionId: collection.id });
  }
}
