// A valid story for the demo questionnaire "zo-thuis", as the teller's page would post it.
import { randomUUID } from 'node:crypto';

export const DEMO_SLUG = 'voorbeeld-zo-thuis';

export function demoSubmission(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    language: 'nl',
    prompt: 'moment',
    title: 'Hulp die op tijd kwam',
    text:
      'Mijn zoon kreeg in 2025 hulp van het wijkteam. Bel me gerust op 06-12345678 of mail ouder@example.nl. ' +
      'We wonen op Dorpsstraat 12a, 1234 AB Voorbeeld. Het kostte € 1.250,00 en om 14:30 was alles geregeld.',
    answers: {
      gehoord: 72,
      wie_hielp: [1, 2, 1],
      steun: { wijkteam: [20, 80], school: [50, 50] },
      gevoel: 'opgelucht',
      thuis: 'ja',
      wat_hielp: ['luisteren', 'snel-hulp'],
      cijfer: 8,
      wachtweken: 'NA',
      tip: 'Bel eerder terug, mijn nummer is 0612345678.',
      rol: 'ouder',
      leeftijd: '27-44',
      wijk: 'WK999903',
      aanbieder: 'wijkteam-noord',
    },
    consent: { share: true, quote: true },
    ...overrides,
  };
}
