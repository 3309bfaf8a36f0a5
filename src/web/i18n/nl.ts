// Dutch (B1) texts of the workbench. Every text a page shows lives here or in en.ts.
import { accountsNl } from './accounts.ts';
import { adminDataNl } from './admin-data.ts';
import { tellerNl } from './teller.ts';
import { designerNl } from './designer.ts';
import { moderationNl } from './moderation.ts';
import { compareNl, storyFiltersNl } from './compare.ts';
import { codingNl } from './coding.ts';
import { observationsNl } from './observations.ts';
import { networkCompareNl } from './network-compare.ts';
import { networkReportNl } from './network-report.ts';
import { networkReviewNl } from './network-review.ts';
import { networkShareNl } from './network-share.ts';
import { networkNl } from './network.ts';
import { foreignNl } from './foreign.ts';
import { opgavenNl } from './opgaven.ts';
import { monitorNl } from './monitor.ts';
import { reportsNl } from './reports.ts';
import { importTemplatesNl } from './import-templates.ts';
import { areasNl } from './areas.ts';
import { patternsNl } from './patterns.ts';
import { jobsNl } from './jobs.ts';
export const nl = {
  accounts: accountsNl,
  appName: 'Duiding',
  skipLink: 'Naar de inhoud',
  fictionalBanner: 'Fictieve demogemeente — alle verhalen en cijfers zijn verzonnen',
  navLabel: 'Hoofdmenu',
  navMenu: 'Menu',
  navGroups: { collect: 'Verzamelen', interpret: 'Duiden', council: 'Raad', manage: 'Beheer' },
  nav: {
    overview: 'Overzicht',
    stories: 'Verhalen',
    indicators: 'Cijfers',
    import: 'Importeren',
    admin: 'Beheer',
    users: 'Gebruikers',
    account: 'Mijn account',
    questionnaires: 'Vragenlijsten',
    collections: 'Verzamelingen',
    entry: 'Verhaal invoeren',
    opgaven: opgavenNl.nav.opgaven,
    dialogues: opgavenNl.nav.dialogues,
    monitor: monitorNl.nav.monitor,
    staalkaart: monitorNl.nav.staalkaart,
    reports: reportsNl.nav.reports,
    moderation: moderationNl.nav.moderation,
    compare: compareNl.nav,
    codebook: codingNl.nav.codebook,
    observations: observationsNl.nav,
    network: networkNl.nav,
    patterns: patternsNl.nav,
  },
  signedInAs: (name: string) => `Ingelogd als ${name}`,
  signOut: 'Uitloggen',
  languageSwitch: { label: 'English', lang: 'en', title: 'Read this page in English' },
  footer: 'Duiding — verhalen naast de cijfers',

  signIn: {
    title: 'Inloggen',
    intro: 'Log in met uw e-mailadres en wachtwoord.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    failed: 'Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.',
    emailMissing: 'Vul uw e-mailadres in.',
    passwordMissing: 'Vul uw wachtwoord in.',
    errorSummary: 'Inloggen is niet gelukt',
    demoTitle: 'Demo-accounts',
    demoIntro: 'Dit is een fictieve demogemeente. U kunt inloggen met een van deze accounts:',
    demoPassword: 'Wachtwoord voor alle demo-accounts:',
  },

  overview: {
    title: 'Overzicht',
    storiesTitle: 'Verhalen',
    perQuestionnaire: 'Verhalen per vragenlijst',
    perCollection: 'Verhalen per collectie',
    questionnaire: 'Vragenlijst',
    collection: 'Collectie',
    count: 'Aantal verhalen',
    noQuestionnaires: 'Er is nog geen vragenlijst. Zet eerst een vragenlijst klaar via',
    noStories: 'Nog geen verhalen. Importeer ze via',
    importLink: 'Importeren',
    numbersTitle: 'Cijfers',
    indicators: (n: number) => (n === 1 ? '1 indicator' : `${n} indicatoren`),
    observations: (n: number) => (n === 1 ? '1 waarneming' : `${n} waarnemingen`),
    noIndicators: 'Nog geen cijfers. Importeer ze via',
    opgavenTitle: 'Opgaven en verandertheorie',
    noOpgaven: 'Er is nog geen opgave vastgelegd.',
    statements: 'Verandertheorie',
    assumptions: 'Aannames',
  },

  stories: {
    title: 'Verhalen',
    searchLabel: 'Zoek in de verhalen',
    searchHint:
      'Bijvoorbeeld: wachtlijst. Zoeken vindt ook andere vormen van een woord, in de taal van elk verhaal (zoals Nederlands, Engels, Turks en Arabisch). In andere talen, zoals Pools en Oekraïens, vindt zoeken alleen het woord precies zoals u het typt.',
    searchButton: 'Zoeken',
    resultCount: (n: number, query: string | null) =>
      query ? `${n === 1 ? '1 verhaal' : `${n} verhalen`} gevonden voor "${query}"` : n === 1 ? '1 verhaal' : `${n} verhalen`,
    none: 'Geen verhalen gevonden.',
    noneYet: 'Nog geen verhalen. Importeer ze via',
    tableCaption: 'Verhalen, nieuwste eerst',
    tableCaptionSearch: 'Verhalen, beste treffer eerst',
    columnTitle: 'Titel',
    columnDate: 'Datum',
    columnCollection: 'Collectie',
    columnConsent: 'Mag geciteerd worden',
    consent: { yes: 'ja', no: 'nee', unknown: 'niet gevraagd' } as Record<'yes' | 'no' | 'unknown', string>,
    pagination: 'Paginering',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    pageOf: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
  },

  story: {
    back: 'Terug naar de verhalen',
    details: 'Gegevens',
    ref: 'Verhaalnummer',
    date: 'Datum',
    collection: 'Collectie',
    consent: 'Mag geciteerd worden',
    prompt: 'Vraag waarop verteld werd',
    text: 'Het verhaal',
    answersStory: 'Antwoorden over het verhaal',
    answersParticipant: 'Over de verteller',
    noAnswer: 'geen antwoord',
    notApplicable: 'niet van toepassing',
    sliderValue: (value: number, left: string, right: string) => `${value} op een schaal van 0 (${left}) tot 100 (${right})`,
    scaleValue: (value: number, min: number, max: number) => `${value} (van ${min} tot ${max})`,
    /** A stone by the question's own axes: "de jeugdhulp — hoe snel: 45, hoe passend: 48". */
    stone: (label: string, xAxis: string, x: number, yAxis: string, y: number) => `${label} — ${xAxis}: ${x}, ${yAxis}: ${y}`,
    notFoundTitle: 'Verhaal niet gevonden',
    notFound: 'Dit verhaal bestaat niet (meer). Misschien is het ingetrokken.',
  },

  indicators: {
    title: 'Cijfers',
    intro: 'Per indicator de waarden per gebied en periode. Staat er "onbekend", dan is dat cijfer er niet.',
    none: 'Nog geen cijfers. Importeer ze via',
    unit: 'Eenheid',
    source: 'Bron',
    direction: 'Beter is',
    directions: { up: 'hoger', down: 'lager', none: 'niet van toepassing' } as Record<'up' | 'down' | 'none', string>,
    area: 'Gebied',
    missing: 'onbekend',
    noObservations: 'Voor deze indicator zijn nog geen waarnemingen.',
    tableCaption: (name: string) => `${name} per gebied en periode`,
  },

  importPage: {
    title: 'Importeren',
    intro: 'Lees een bestand in. Eerst wordt het hele bestand gecontroleerd. Staat er iets fout in, dan wordt er niets opgeslagen.',
    file: 'Bestand',
    questionnaireTitle: 'Vragenlijst (JSON of XLSX)',
    questionnaireHint: 'Een bestand in het formaat duiding.questionnaire/v1.',
    storiesTitle: 'Verhalen (CSV of XLSX)',
    storiesHint: 'Een bestand in het formaat duiding.stories/v1.',
    storiesNeedQuestionnaire: 'Zet eerst een vragenlijst klaar. Daarna kunt u verhalen importeren.',
    questionnaire: 'Bij welke vragenlijst horen de verhalen?',
    collection: 'Collectie (niet verplicht)',
    collectionHint: 'Vult u dit in, dan komen alle verhalen in deze collectie. Anders telt de kolom "collection" in het bestand.',
    indicatorsTitle: 'Cijfers (CSV of XLSX)',
    indicatorsHint:
      'Waarnemingen (indicator, area, period, value) en/of definities, in het formaat duiding.indicators/v1. Een indicator die nog niet bestaat, moet in hetzelfde bestand gedefinieerd worden.',
    submit: 'Importeren',
    noFile: 'Kies een bestand.',
    notJson: 'Het bestand is geen geldige JSON.',
    rejectedTitle: 'Het bestand is afgekeurd',
    nothingSaved: 'Er is niets opgeslagen.',
    problemsIntro: 'Dit moet u verbeteren:',
    successTitle: 'Gelukt',
    questionnaireDone: (key: string, version: number, outcome: 'created' | 'new-version' | 'unchanged') =>
      outcome === 'created'
        ? `Vragenlijst "${key}" is toegevoegd (versie ${version}).`
        : outcome === 'new-version'
          ? `Vragenlijst "${key}" is gewijzigd: er is een nieuwe versie ${version}.`
          : `Vragenlijst "${key}" was al zo opgeslagen (versie ${version}). Er is niets veranderd.`,
    storiesDone: (stories: number, replaced: number, created: string[], codings?: { kept: number; passagesDropped: number }) =>
      `${stories === 1 ? '1 verhaal' : `${stories} verhalen`} ingelezen` +
      (replaced ? `, waarvan ${replaced} ${replaced === 1 ? 'bestaand verhaal' : 'bestaande verhalen'} vervangen` : '') +
      '.' +
      (created.length ? ` Nieuwe collectie: ${created.join(', ')}.` : '') +
      (codings?.kept ? ` De coderingen van de vervangen verhalen zijn bewaard (${codings.kept}).` : '') +
      (codings?.passagesDropped ? ` ${codings.passagesDropped} gecodeerde passages zijn vervallen, omdat de tekst veranderde.` : ''),
    indicatorsDone: (kind: 'observations' | 'definitions', rows: number, created: string[]) =>
      (kind === 'observations'
        ? `${rows === 1 ? '1 waarneming' : `${rows} waarnemingen`} ingelezen.`
        : `${rows === 1 ? '1 definitie' : `${rows} definities`} ingelezen.`) + (created.length ? ` Nieuwe indicatoren: ${created.join(', ')}.` : ''),
    exportsTitle: 'Downloaden',
    exportsIntro: 'Download de gegevens als bestand, bijvoorbeeld om ze te bewaren of te bewerken.',
    exportStories: (title: string) => `Verhalen van "${title}" (CSV)`,
    exportIndicators: 'Alle waarnemingen (CSV)',
  },

  adminData: adminDataNl,
  importTemplates: importTemplatesNl,
  areas: areasNl,
  designer: designerNl,
  moderation: moderationNl,
  compare: compareNl,
  storyFilters: storyFiltersNl,
  coding: codingNl,
  networkReview: networkReviewNl,
  networkReport: networkReportNl,
  observations: observationsNl,
  networkCompare: networkCompareNl,
  networkShare: networkShareNl,
  network: networkNl,
  foreignImport: foreignNl,
  teller: tellerNl,
  opgaven: opgavenNl,
  monitor: monitorNl,
  reports: reportsNl,
  jobs: jobsNl,
  patterns: patternsNl,
  errors: {
    notFound: 'Dit bestaat niet (meer). Misschien heeft iemand het net verwijderd.',
    notFoundTitle: 'Niet gevonden',
    refusedTitle: 'Dit kan niet',
    internalTitle: 'Er ging iets mis',
    forbiddenTitle: 'Geen toegang',
    forbidden: 'U mag deze pagina niet bekijken met uw rol. Denkt u dat dit niet klopt? Vraag het aan de functioneel beheerder.',
    csrf: 'Deze actie is geweigerd omdat de beveiligingscode ontbreekt of niet klopt. Laad de pagina opnieuw en probeer het nog eens.',
    backHome: 'Naar het overzicht',
  },
};

export type Messages = typeof nl;
