// Edge #1 of issue 17: a stones answer on the story page reads with the question's own axes
// ("hoe snel: 45, hoe passend: 48"), and every answer line stays in the value column: one <dd>
// per question, several lines as a list inside it.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/domain/demo/questionnaire.ts';
import type { StoryView } from '../../../src/services/browse.ts';
import { StoryPageView } from '../../../src/web/pages/story.tsx';
import { textOf, viewIn } from './render.ts';

const story = {
  id: 's1',
  ref: 'demo-000001',
  title: 'Eindelijk iemand die luisterde',
  text: 'Het duurde lang.',
  language: 'nl',
  collectedAt: new Date('2026-03-01T10:00:00Z'),
  collection: 'Demo',
  consentQuote: true,
  prompt: null,
  definition: questionnaire(),
  answers: { steun: { jeugdhulp: [45.2, 48], school: [10, 90] } },
  areaNames: {},
} as unknown as StoryView;

async function html(lang: 'nl' | 'en'): Promise<string> {
  return String(await (StoryPageView({ view: viewIn(lang), story }) as unknown as { toString(): Promise<string> }).toString());
}

describe('a stones answer on the story page', () => {
  it('names each stone with the axes of the question, in Dutch and English', async () => {
    const nl = await textOf(StoryPageView({ view: viewIn('nl'), story }));
    expect(nl).toContain('de jeugdhulp — hoe snel: 45, hoe passend: 48');
    expect(nl).toContain('school — hoe snel: 10, hoe passend: 90');
    expect(nl).not.toMatch(/naar rechts|omhoog/);
    const en = await textOf(StoryPageView({ view: viewIn('en'), story }));
    expect(en).toContain('youth care — how fast: 45, how well it fitted: 48');
  });

  it('gives every question exactly one value cell, so no line falls into the label column', async () => {
    const page = await html('nl');
    const answers = page.slice(page.indexOf('id="antwoorden"'));
    const list = answers.slice(0, answers.indexOf('</dl>'));
    const cells = list.match(/<\/?d[td][^>]*>/g)!.filter((tag) => !tag.startsWith('</'));
    // dt, dd, dt, dd, …: never two <dd> in a row.
    for (let i = 1; i < cells.length; i++) expect(`${cells[i - 1]} ${cells[i]}`).not.toBe('<dd> <dd>');
    expect(list).toMatch(/<dd><ul class="duiding-answer-lines"><li>de jeugdhulp — hoe snel: 45/);
  });
});
