// Edge #10 of issue 17: dialogues and the session pack show dates as "13 januari 2027", like every
// other page, never as the stored "2027-01-13".
import { describe, expect, it } from 'vitest';
import type { DialogueView } from '../../../src/services/dialogue-read.ts';
import { formatDay } from '../../../src/web/format.ts';
import { DialoguePage } from '../../../src/web/pages/dialogues/detail.tsx';
import { DialoguesPage } from '../../../src/web/pages/dialogues/list.tsx';
import { SessionPackPage } from '../../../src/web/pages/dialogues/session-pack.tsx';
import { textOf, viewIn } from './render.ts';

const dialogue = {
  id: 'd1',
  kind: 'kwaliteitsreview',
  title: 'Review wijkteams',
  heldOn: '2027-01-13',
  planned: true,
  opgave: null,
  actions: 1,
  participants: [],
  material: [],
  seen: '',
  interpretations: '',
  record: '',
  actionList: [
    { id: 'a1', description: 'Vaste contactpersoon', kind: 'contract-afspraken', owner: 'Inkoop', dueOn: '2027-03-01', level: 2, status: 'open', followUp: '' },
  ],
} as unknown as DialogueView;

describe('dates on the dialogue pages', () => {
  it('formats a stored day in Dutch and English, and leaves other text alone', () => {
    expect(formatDay('2027-01-13', 'nl')).toBe('13 januari 2027');
    expect(formatDay('2027-01-13', 'en')).toBe('13 January 2027');
    expect(formatDay('2027-06-30', 'nl')).toBe('30 juni 2027');
    expect(formatDay('binnenkort', 'nl')).toBe('binnenkort');
  });

  it.each(['nl', 'en'] as const)('shows no ISO date on the list, the dialogue and its session pack (%s)', async (lang) => {
    const view = viewIn(lang);
    const pages = [
      DialoguesPage({ view, dialogues: [dialogue], opgaven: [], canWrite: false }),
      DialoguePage({ view, dialogue, choices: { opgaven: [], questionnaires: [], indicators: [], areas: [] } as never, canWrite: false }),
      SessionPackPage({ view, pack: { dialogue, stories: [], patterns: [], series: [], observations: [] } }),
    ];
    for (const page of pages) {
      const text = await textOf(page);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).toContain(lang === 'nl' ? '13 januari 2027' : '13 January 2027');
    }
    expect(await textOf(pages[1])).toContain(lang === 'nl' ? '1 maart 2027' : '1 March 2027');
  });
});
