// The demo's fictional region (issue 15): "Regio Voorbeeldland", a learning network of Gemeente
// Voorbeeld and two more clearly fictional municipalities, Proefhoven and Oefenmeer. Their stories
// and figures are drawn by the same generator as Voorbeeld's under their own seed, then moved to
// their own area codes (GM9998, GM9997: unused by CBS) and wijk names, with their own waiting
// times, so the comparison has real differences to show. Pure and deterministic.
import type { Observation } from '../indicators/types.ts';
import type { Questionnaire, StoryRecord } from '../questionnaire/types.ts';
import { generateObservations } from './indicators.ts';
import { GEMEENTE_CODE, WIJKEN } from './municipality.ts';
import { generateStories } from './stories.ts';
import type { DemoArea, DemoTenant } from './types.ts';

export const DEMO_NETWORK = { slug: 'voorbeeldland', name: 'Regio Voorbeeldland (fictief)' };

/** The shared questionnaire: every question of zo-thuis except these, which stay local. */
const DEMO_LOCAL_QUESTIONS = ['leeftijd'];
export const DEMO_NETWORK_INDICATORS = ['jongeren_met_jeugdhulp_pct', 'jeugdhulp_verblijf_per_1000', 'wachttijd_weken'];

export interface DemoMember {
  tenant: DemoTenant;
  code: string;
  wijken: readonly string[];
  /** Added to every waiting time in weeks: the difference between the municipalities. */
  waitShift: number;
  seed: number;
  /** Share of Voorbeeld's number of stories. */
  share: number;
}

const notice = (name: string) =>
  `${name} bestaat niet. Alle verhalen, namen en cijfers zijn door de computer gemaakt om te laten zien hoe ` +
  'een regionaal lerend netwerk in Duiding werkt. Ze gaan niet over echte mensen.';

export const DEMO_MEMBERS: readonly DemoMember[] = [
  {
    tenant: { slug: 'proefhoven', name: 'Gemeente Proefhoven', fictional: true, notice: notice('Gemeente Proefhoven') },
    code: 'GM9998',
    wijken: ['Dorpskern', 'Kanaalzone', 'Het Proefveld', 'Lindehof', 'De Weide', 'Sluiskwartier', 'Beekdal', 'Oostrand'],
    waitShift: 3,
    seed: 20261,
    share: 0.3,
  },
  {
    tenant: { slug: 'oefenmeer', name: 'Gemeente Oefenmeer', fictional: true, notice: notice('Gemeente Oefenmeer') },
    code: 'GM9997',
    wijken: ['Meerzicht', 'Oude Dorp', 'Rietland', 'De Oefenhoeve', 'Waterkant', 'Zuiderhof', 'Duinrand', 'Molenbuurt'],
    waitShift: -2,
    seed: 20262,
    share: 0.25,
  },
];

/** The member's own wijk code for Voorbeeld's wijk at this index: WK9998 + the same two digits. */
const wijkCode = (member: DemoMember, voorbeeldCode: string) => member.code.replace('GM', 'WK') + voorbeeldCode.slice(-2);

export function memberAreas(member: DemoMember): DemoArea[] {
  return [
    { code: member.code, name: member.tenant.name, level: 'gemeente', parent: null },
    ...WIJKEN.map((w, i) => ({ code: wijkCode(member, w.code), name: member.wijken[i]!, level: 'wijk' as const, parent: member.code })),
  ];
}

/** Voorbeeld's generator under the member's seed, moved to the member's wijken and waits. */
export function memberStories(member: DemoMember, voorbeeldStories: number): StoryRecord[] {
  const count = Math.round(voorbeeldStories * member.share);
  return generateStories(count, member.seed).map((story) => {
    const answers = { ...story.answers };
    if (typeof answers.wijk === 'string') answers.wijk = wijkCode(member, answers.wijk);
    if (typeof answers.wachtweken === 'number') answers.wachtweken = Math.min(104, Math.max(0, answers.wachtweken + member.waitShift));
    let text = story.text;
    let title = story.title;
    WIJKEN.forEach((w, i) => {
      text = text.split(w.name).join(member.wijken[i]!);
      title = title.split(w.name).join(member.wijken[i]!);
    });
    return { ...story, ref: `${member.tenant.slug}-${story.ref}`, text, title, answers };
  });
}

export function memberObservations(member: DemoMember): Observation[] {
  return generateObservations(member.seed).map((o) => ({
    ...o,
    area: o.area === GEMEENTE_CODE ? member.code : wijkCode(member, o.area),
    value: o.indicator === 'wachttijd_weken' && o.value !== null ? Math.round((o.value + member.waitShift) * 10) / 10 : o.value,
  }));
}

/** Voorbeeld's questionnaire with the member's own wijken in its area question. */
export function memberQuestionnaire(member: DemoMember, questionnaire: Questionnaire): Questionnaire {
  return {
    ...questionnaire,
    questions: questionnaire.questions.map((q) =>
      q.type === 'area' ? { ...q, areas: WIJKEN.map((w, i) => ({ code: wijkCode(member, w.code), name: member.wijken[i]! })) } : q,
    ),
  };
}

/** The keys of the shared instrument: everything but free text, the (local) area question and the local questions. */
export function sharedQuestionKeys(questionnaire: Questionnaire): string[] {
  return questionnaire.questions.filter((q) => q.type !== 'text' && q.type !== 'area' && !DEMO_LOCAL_QUESTIONS.includes(q.key)).map((q) => q.key);
}
