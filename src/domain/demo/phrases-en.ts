// English sentences for the few demo stories told in English; fewer than the Dutch ones on purpose.
import type { PhraseBook } from './phrase-book.ts';

export const EN: PhraseBook = {
  openings: {
    self: ['I am {leeftijd} and live with my mother in {wijk}.', 'Last year things went wrong for me at home and at school.'],
    parent: ['Our {relatie} {naam} ({leeftijd}) got stuck at school.', 'Things at home got worse and worse with {naam}, our {relatie}.'],
    carer: ['I often look after my {relatie} {naam} ({leeftijd}).'],
    pro: ['I work for {aanbieder} and support a family in {wijk}.', 'A school told me about a {kind} of {leeftijd} who was often absent.'],
  },
  waitLong: [
    ['I was on the waiting list for {weken}.', 'We were on the waiting list for {weken}.', 'The family was on the waiting list for {weken}.'],
    'Nobody could tell how long the waiting list still was.',
  ],
  waitShort: [
    ['Within {weken} I had a first talk.', 'Within {weken} we had a first talk.', 'Within {weken} we met the family.'],
    'The neighbourhood team came round after a few days.',
  ],
  heardLow: [
    [
      'I had to tell my story again and again to someone new.',
      'We had to tell our story again and again to someone new.',
      'The family had to tell their story again and again.',
    ],
    'Nobody asked what we needed ourselves.',
  ],
  heardMid: ['Sometimes we felt heard, sometimes not.'],
  heardHigh: [['My counsellor really listened to me.', 'The social worker really listened to what we needed.', 'My colleague listened well to the parents.']],
  contact: ['We had one steady contact person, which made all the difference.'],
  home: {
    ja: [['I still live at home.', '{naam} still lives at home.', 'The {kind} still lives at home.']],
    deels: [
      [
        'I lived with my aunt for a few months.',
        '{naam} stayed away from home for a while; now {hij} is back.',
        'The {kind} lived in a group home for a while.',
      ],
    ],
    nee: [['I now live in a group home.', '{naam} now lives with a foster family.', 'In the end the {kind} was placed outside the home.']],
  },
  schoolGood: ['The mentor at school helped us think it through.'],
  schoolBad: ['School and youth care did not talk to each other.'],
  provider: {
    'wijkteam-noord': ['The neighbourhood team sat with us at the kitchen table.'],
    'jeugdhulp-de-brug': ['The therapists at De Brug changed often.'],
    gezinspunt: ['At Gezinspunt someone always called back.'],
  },
  closing: {
    opgelucht: ['We are relieved: finally some peace at home.'],
    tevreden: ['It is not perfect, but it is getting better.'],
    onzeker: ['We do not know what happens when the help stops.'],
    verdrietig: ['It still hurts when I think about it.'],
    boos: ['I am angry: with help in time this would not have been necessary.'],
  },
  titles: {
    opgelucht: ['Finally someone who listened', 'Peace at home again'],
    tevreden: ['Getting better', 'Good help nearby'],
    onzeker: ['What if the help stops?', 'Not there yet'],
    verdrietig: ['No longer at home', 'Too late'],
    boos: ['Months on the waiting list', 'Again and again'],
  },
  themeTitles: ['Help in {wijk}', 'Our story'],
  tips: {
    wait: ['Shorter waiting lists.'],
    heard: ['One contact person for the whole family.'],
    self: ['Talk to me, not only to my parents.'],
    general: ['Better cooperation between school and the neighbourhood team.', 'Less paperwork.'],
  },
  words: {
    weeks: (n) => (n <= 1 ? 'a week' : `${n} weeks`),
    child: ['boy', 'girl'],
    son: ['son', 'daughter'],
    relatives: [
      ['grandson', 'granddaughter'],
      ['nephew', 'niece'],
    ],
    he: ['he', 'she'],
    him: ['him', 'her'],
  },
};
