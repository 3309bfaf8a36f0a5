// The demo questionnaire "zo-thuis": every question type once or more, in plain Dutch (B1) and
// English, with Arabic, Turkish, Polish and Ukrainian marked as unchecked machine translations.
import { applyTranslations } from '../questionnaire/translations.ts';
import type { LocalizedText, Option, Questionnaire } from '../questionnaire/types.ts';
import { PROVIDERS, WIJKEN } from './municipality.ts';
import { DEMO_TRANSLATIONS } from './questionnaire-translations.ts';

const t = (nl: string, en: string): LocalizedText => ({ nl, en });
const opt = (key: string, nl: string, en: string): Option => ({ key, text: t(nl, en) });

const GEVOEL = ['opgelucht', 'tevreden', 'onzeker', 'verdrietig', 'boos'] as const;
export type Gevoel = (typeof GEVOEL)[number];
export const WAT_HIELP = ['vaste-contactpersoon', 'snel-hulp', 'luisteren', 'school', 'familie', 'praktisch', 'niets'] as const;
export type WatHielp = (typeof WAT_HIELP)[number];
export const ROLLEN = ['jongere', 'ouder', 'professional', 'mantelzorger'] as const;
export type Rol = (typeof ROLLEN)[number];
const LEEFTIJDEN = ['12-17', '18-26', '27-44', '45-66', '67-plus'] as const;
export const STONES = ['wijkteam', 'jeugdhulp', 'school'] as const;
export const PROMPTS = ['moment', 'wachten', 'thuis'] as const;

export function questionnaire(): Questionnaire {
  let definition = dutchAndEnglish();
  for (const [language, texts] of Object.entries(DEMO_TRANSLATIONS)) {
    // Provider names are names: the same in every language.
    const names = Object.fromEntries(PROVIDERS.map((p) => [`questions.aanbieder.options.${p.provider.code}`, p.provider.name]));
    definition = applyTranslations(definition, language, { ...texts, ...names }, true).definition;
  }
  return definition;
}

function dutchAndEnglish(): Questionnaire {
  return {
    format: 'duiding.questionnaire/v1',
    key: 'zo-thuis',
    title: t('Zo thuis mogelijk opgroeien', 'Growing up at home as much as possible'),
    languages: ['nl', 'en'],
    prompts: [
      {
        key: 'moment',
        text: t(
          'Vertel over een moment dat hulp voor u of uw gezin echt verschil maakte. Dat mag goed of slecht zijn.',
          'Tell us about a moment when help for you or your family really made a difference. Good or bad.',
        ),
      },
      {
        key: 'wachten',
        text: t(
          'Vertel over een keer dat u moest wachten op hulp. Wat gebeurde er in die tijd?',
          'Tell us about a time you had to wait for help. What happened while you waited?',
        ),
      },
      {
        key: 'thuis',
        text: t(
          'Vertel over een moment dat het thuis moeilijk was. Wie hielp, en hoe?',
          'Tell us about a time when things were hard at home. Who helped, and how?',
        ),
      },
    ],
    questions: [
      {
        key: 'gehoord',
        about: 'story',
        type: 'slider',
        allowNotApplicable: true,
        text: t('Voelde u zich gehoord?', 'Did you feel heard?'),
        help: t(
          'Zet de stip waar het past. Past de vraag niet bij uw verhaal? Kies dan "niet van toepassing".',
          'Put the dot where it fits. If the question does not fit your story, choose "not applicable".',
        ),
        left: t('helemaal niet', 'not at all'),
        right: t('helemaal wel', 'completely'),
      },
      {
        key: 'wie_hielp',
        about: 'story',
        type: 'triad',
        text: t('Wie hielp in uw verhaal het meest?', 'Who helped most in your story?'),
        help: t(
          'Zet de stip dichter bij wie meer hielp. In het midden: alle drie evenveel.',
          'Put the dot closer to whoever helped more. In the middle: all three equally.',
        ),
        corners: [t('familie en netwerk', 'family and friends'), t('een professional', 'a professional'), t('ikzelf', 'myself')],
      },
      {
        key: 'steun',
        about: 'story',
        type: 'stones',
        text: t('Hoe was de hulp die u kreeg?', 'How was the help you got?'),
        help: t(
          'Zet elke steen op een plek. Links is langzaam, rechts is snel. Onder past niet, boven past goed.',
          'Place each stone. Left is slow, right is fast. Bottom does not fit, top fits well.',
        ),
        x: t('hoe snel', 'how fast'),
        y: t('hoe passend', 'how well it fitted'),
        stones: [
          { key: 'wijkteam', text: t('het wijkteam', 'the neighbourhood team') },
          { key: 'jeugdhulp', text: t('de jeugdhulp', 'youth care') },
          { key: 'school', text: t('school', 'school') },
        ],
      },
      {
        key: 'gevoel',
        about: 'story',
        type: 'choice',
        required: true,
        text: t('Hoe voelt u zich als u aan dit verhaal denkt?', 'How do you feel when you think of this story?'),
        options: [
          opt('opgelucht', 'opgelucht', 'relieved'),
          opt('tevreden', 'tevreden', 'satisfied'),
          opt('onzeker', 'onzeker', 'unsure'),
          opt('verdrietig', 'verdrietig', 'sad'),
          opt('boos', 'boos', 'angry'),
        ],
      },
      {
        key: 'thuis',
        about: 'story',
        type: 'choice',
        text: t('Kon het kind of de jongere thuis blijven wonen?', 'Could the child or young person keep living at home?'),
        options: [
          opt('ja', 'ja', 'yes'),
          opt('deels', 'een tijd niet', 'not for a while'),
          opt('nee', 'nee', 'no'),
          opt('weet-niet', 'weet ik niet', "I don't know"),
        ],
      },
      {
        key: 'wat_hielp',
        about: 'story',
        type: 'multichoice',
        max: 3,
        text: t('Wat hielp het meest? Kies er hoogstens drie.', 'What helped most? Choose up to three.'),
        options: [
          opt('vaste-contactpersoon', 'een vaste contactpersoon', 'one steady contact person'),
          opt('snel-hulp', 'snel hulp', 'quick help'),
          opt('luisteren', 'iemand die luisterde', 'someone who listened'),
          opt('school', 'hulp op school', 'help at school'),
          opt('familie', 'familie of vrienden', 'family or friends'),
          opt('praktisch', 'praktische hulp, zoals vervoer of geld', 'practical help, like transport or money'),
          opt('niets', 'niets hielp', 'nothing helped'),
        ],
      },
      {
        key: 'cijfer',
        about: 'story',
        type: 'scale',
        min: 1,
        max: 10,
        text: t('Welk cijfer geeft u de hulp?', 'What mark do you give the help?'),
        minLabel: t('heel slecht', 'very bad'),
        maxLabel: t('heel goed', 'very good'),
      },
      {
        key: 'wachtweken',
        about: 'story',
        type: 'number',
        min: 0,
        max: 104,
        allowNotApplicable: true,
        text: t('Hoeveel weken wachtte u?', 'How many weeks did you wait?'),
        help: t('Een schatting is goed. Hoefde u niet te wachten? Vul dan 0 in.', 'A guess is fine. No wait at all? Fill in 0.'),
      },
      { key: 'tip', about: 'story', type: 'text', text: t('Wat zou u anders willen?', 'What would you like to be different?') },
      {
        key: 'rol',
        about: 'participant',
        type: 'choice',
        required: true,
        text: t('Wie bent u?', 'Who are you?'),
        options: [
          opt('jongere', 'jongere', 'young person'),
          opt('ouder', 'ouder of verzorger', 'parent or carer'),
          opt('professional', 'professional', 'professional'),
          opt('mantelzorger', 'mantelzorger of familielid', 'informal carer or relative'),
        ],
      },
      {
        key: 'leeftijd',
        about: 'participant',
        type: 'choice',
        text: t('Hoe oud bent u?', 'How old are you?'),
        options: LEEFTIJDEN.map((band) => (band === '67-plus' ? opt(band, '67 jaar of ouder', '67 or older') : opt(band, `${band} jaar`, `${band} years`))),
      },
      {
        key: 'wijk',
        about: 'participant',
        type: 'area',
        level: 'wijk',
        required: true,
        text: t('In welke wijk woont u?', 'Which neighbourhood do you live in?'),
        help: t('Werkt u als professional? Kies dan de wijk van dit verhaal.', 'Are you a professional? Choose the neighbourhood of this story.'),
        areas: WIJKEN.map((w) => ({ code: w.code, name: w.name })),
      },
      {
        key: 'aanbieder',
        about: 'participant',
        type: 'choice',
        text: t('Van welke organisatie kreeg u vooral hulp?', 'Which organisation helped you most?'),
        options: PROVIDERS.map((p) => opt(p.provider.code, p.provider.name, p.provider.name)),
      },
    ],
  };
}
