// A small questionnaire with every question type, and helpers to decode one stories.csv row.
import { parseCsv } from '../../../src/domain/csv/reader.ts';
import { csvRow } from '../../../src/domain/csv/writer.ts';
import type { Questionnaire } from '../../../src/domain/questionnaire/types.ts';
import { StoryRowDecoder, storyColumns } from '../../../src/domain/stories/csv-codec.ts';

const t = (nl: string) => ({ nl, en: nl });
const options = (...keys: string[]) => keys.map((key) => ({ key, text: t(key) }));

export const FIXTURE: Questionnaire = {
  format: 'duiding.questionnaire/v1',
  key: 'proef',
  title: t('Proef'),
  languages: ['nl', 'en'],
  prompts: [{ key: 'moment', text: t('Vertel') }],
  questions: [
    { key: 'gehoord', about: 'story', type: 'slider', text: t('Gehoord?'), left: t('niet'), right: t('wel'), allowNotApplicable: true },
    { key: 'wie_hielp', about: 'story', type: 'triad', text: t('Wie?'), corners: [t('a'), t('b'), t('c')], allowNotApplicable: true },
    { key: 'steun', about: 'story', type: 'stones', text: t('Steun'), x: t('x'), y: t('y'), stones: options('wijkteam', 'school') },
    { key: 'gevoel', about: 'story', type: 'choice', text: t('Gevoel'), options: options('blij', 'boos', 'bang'), required: true },
    { key: 'wat_hielp', about: 'story', type: 'multichoice', text: t('Wat?'), options: options('geld', 'school', 'buren'), max: 2 },
    { key: 'cijfer', about: 'story', type: 'scale', text: t('Cijfer'), min: 1, max: 10 },
    { key: 'weken', about: 'story', type: 'number', text: t('Weken'), min: 0, max: 104, allowNotApplicable: true },
    { key: 'tip', about: 'story', type: 'text', text: t('Tip') },
    {
      key: 'wijk',
      about: 'participant',
      type: 'area',
      level: 'wijk',
      text: t('Wijk'),
      areas: [
        { code: 'WK047901', name: 'Noord' },
        { code: 'WK047902', name: 'Zuid' },
      ],
    },
    { key: 'gemeente', about: 'participant', type: 'area', level: 'gemeente', text: t('Gemeente') },
  ],
};

export const HEADER = storyColumns(FIXTURE);

/** A valid row as column → cell; override cells to break it. */
function validCells(): Record<string, string> {
  return {
    story_id: 's1',
    collected_at: '2026-01-31T10:00:00Z',
    collection: 'c',
    language: 'nl',
    prompt: 'moment',
    title: 'Titel',
    text: 'Een verhaal, met "quotes".',
    gehoord: '50',
    'wie_hielp.1': '0.2',
    'wie_hielp.2': '0.3',
    'wie_hielp.3': '0.5',
    'steun.wijkteam.x': '10',
    'steun.wijkteam.y': '90',
    'steun.school.x': '',
    'steun.school.y': '',
    gevoel: 'blij',
    wat_hielp: 'geld|buren',
    cijfer: '7',
    weken: '3',
    tip: 'meer tijd',
    wijk: 'WK047902',
    gemeente: 'GM0479',
  };
}

/** Decodes one data row (CSV line 2) made from validCells() with these overrides. */
export function decodeRow(overrides: Record<string, string> = {}) {
  const cells = { ...validCells(), ...overrides };
  const csv = csvRow(HEADER) + csvRow(HEADER.map((c) => cells[c] ?? ''));
  const [header, row] = parseCsv(csv);
  return new StoryRowDecoder(FIXTURE, header!, 'stories.csv').decode(row!);
}
