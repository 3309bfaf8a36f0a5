// English texts of the workbench (?lang=en).
import type { Messages } from './nl.ts';
import { accountsEn } from './accounts.ts';
import { adminDataEn } from './admin-data.ts';
import { tellerEn } from './teller.ts';
import { designerEn } from './designer.ts';
import { moderationEn } from './moderation.ts';
import { compareEn, storyFiltersEn } from './compare.ts';
import { codingEn } from './coding.ts';
import { observationsEn } from './observations.ts';
import { networkCompareEn } from './network-compare.ts';
import { networkReportEn } from './network-report.ts';
import { networkReviewEn } from './network-review.ts';
import { networkShareEn } from './network-share.ts';
import { networkEn } from './network.ts';
import { foreignEn } from './foreign.ts';
import { opgavenEn } from './opgaven.ts';
import { monitorEn } from './monitor.ts';
import { reportsEn } from './reports.ts';
import { importTemplatesEn } from './import-templates.ts';
import { areasEn } from './areas.ts';
import { patternsEn } from './patterns.ts';
import { jobsEn } from './jobs.ts';

export const en: Messages = {
  accounts: accountsEn,
  appName: 'Duiding',
  skipLink: 'Skip to content',
  fictionalBanner: 'Fictional demo municipality — all stories and figures are made up',
  navLabel: 'Main menu',
  navMenu: 'Menu',
  navGroups: { collect: 'Collect', interpret: 'Make sense', council: 'Council', manage: 'Manage' },
  nav: {
    overview: 'Overview',
    stories: 'Stories',
    indicators: 'Figures',
    import: 'Import',
    admin: 'Administration',
    users: 'Users',
    account: 'My account',
    questionnaires: 'Questionnaires',
    collections: 'Collections',
    entry: 'Enter a story',
    opgaven: opgavenEn.nav.opgaven,
    dialogues: opgavenEn.nav.dialogues,
    monitor: monitorEn.nav.monitor,
    staalkaart: monitorEn.nav.staalkaart,
    reports: reportsEn.nav.reports,
    moderation: moderationEn.nav.moderation,
    compare: compareEn.nav,
    codebook: codingEn.nav.codebook,
    observations: observationsEn.nav,
    network: networkEn.nav,
    patterns: patternsEn.nav,
  },
  signedInAs: (name: string) => `Signed in as ${name}`,
  signOut: 'Sign out',
  languageSwitch: { label: 'Nederlands', lang: 'nl', title: 'Lees deze pagina in het Nederlands' },
  footer: 'Duiding — stories next to the numbers',

  signIn: {
    title: 'Sign in',
    intro: 'Sign in with your e-mail address and password.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    failed: 'The e-mail address or the password is wrong. Please try again.',
    emailMissing: 'Enter your e-mail address.',
    passwordMissing: 'Enter your password.',
    errorSummary: 'Signing in did not work',
    demoTitle: 'Demo accounts',
    demoIntro: 'This is a fictional demo municipality. You can sign in with one of these accounts:',
    demoPassword: 'Password for all demo accounts:',
  },

  overview: {
    title: 'Overview',
    storiesTitle: 'Stories',
    perQuestionnaire: 'Stories per questionnaire',
    perCollection: 'Stories per collection',
    questionnaire: 'Questionnaire',
    collection: 'Collection',
    count: 'Number of stories',
    noQuestionnaires: 'There is no questionnaire yet. First add a questionnaire via',
    noStories: 'No stories yet. Import them via',
    importLink: 'Import',
    numbersTitle: 'Figures',
    indicators: (n: number) => (n === 1 ? '1 indicator' : `${n} indicators`),
    observations: (n: number) => (n === 1 ? '1 observation' : `${n} observations`),
    noIndicators: 'No figures yet. Import them via',
    opgavenTitle: 'Societal tasks and theory of change',
    noOpgaven: 'No societal task has been recorded yet.',
    statements: 'Theory of change',
    assumptions: 'Assumptions',
  },

  stories: {
    title: 'Stories',
    searchLabel: 'Search the stories',
    searchHint:
      'For example: wachtlijst. Search also finds other forms of a word, in the language of each story (such as Dutch, English, Turkish and Arabic). In other languages, such as Polish and Ukrainian, search finds only the word exactly as you type it.',
    searchButton: 'Search',
    resultCount: (n: number, query: string | null) =>
      query ? `${n === 1 ? '1 story' : `${n} stories`} found for "${query}"` : n === 1 ? '1 story' : `${n} stories`,
    none: 'No stories found.',
    noneYet: 'No stories yet. Import them via',
    tableCaption: 'Stories, newest first',
    tableCaptionSearch: 'Stories, best match first',
    columnTitle: 'Title',
    columnDate: 'Date',
    columnCollection: 'Collection',
    columnConsent: 'May be quoted',
    consent: { yes: 'yes', no: 'no', unknown: 'not asked' },
    pagination: 'Pagination',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },

  story: {
    back: 'Back to the stories',
    details: 'Details',
    ref: 'Story number',
    date: 'Date',
    collection: 'Collection',
    consent: 'May be quoted',
    prompt: 'Prompt the teller chose',
    text: 'The story',
    answersStory: 'Answers about the story',
    answersParticipant: 'About the teller',
    noAnswer: 'no answer',
    notApplicable: 'not applicable',
    sliderValue: (value: number, left: string, right: string) => `${value} on a scale from 0 (${left}) to 100 (${right})`,
    scaleValue: (value: number, min: number, max: number) => `${value} (from ${min} to ${max})`,
    stone: (label: string, xAxis: string, x: number, yAxis: string, y: number) => `${label} — ${xAxis}: ${x}, ${yAxis}: ${y}`,
    notFoundTitle: 'Story not found',
    notFound: 'This story does not exist (any more). It may have been withdrawn.',
  },

  indicators: {
    title: 'Figures',
    intro: 'For each indicator the values per area and period. "unknown" means that figure is missing.',
    none: 'No figures yet. Import them via',
    unit: 'Unit',
    source: 'Source',
    direction: 'Better is',
    directions: { up: 'higher', down: 'lower', none: 'not applicable' },
    area: 'Area',
    missing: 'unknown',
    noObservations: 'There are no observations for this indicator yet.',
    tableCaption: (name: string) => `${name} per area and period`,
  },

  importPage: {
    title: 'Import',
    intro: 'Read in a file. The whole file is checked first. If anything in it is wrong, nothing is saved.',
    file: 'File',
    questionnaireTitle: 'Questionnaire (JSON or XLSX)',
    questionnaireHint: 'A file in the duiding.questionnaire/v1 format.',
    storiesTitle: 'Stories (CSV or XLSX)',
    storiesHint: 'A file in the duiding.stories/v1 format.',
    storiesNeedQuestionnaire: 'First add a questionnaire. Then you can import stories.',
    questionnaire: 'Which questionnaire do the stories belong to?',
    collection: 'Collection (optional)',
    collectionHint: 'If you fill this in, all stories go into this collection. Otherwise the "collection" column of the file counts.',
    indicatorsTitle: 'Figures (CSV or XLSX)',
    indicatorsHint:
      'Observations (indicator, area, period, value) and/or definitions, in the duiding.indicators/v1 format. An indicator that does not exist yet must be defined in the same file.',
    submit: 'Import',
    noFile: 'Choose a file.',
    notJson: 'The file is not valid JSON.',
    rejectedTitle: 'The file was rejected',
    nothingSaved: 'Nothing was saved.',
    problemsIntro: 'Please correct this:',
    successTitle: 'Done',
    questionnaireDone: (key, version, outcome) =>
      outcome === 'created'
        ? `Questionnaire "${key}" was added (version ${version}).`
        : outcome === 'new-version'
          ? `Questionnaire "${key}" was changed: there is a new version ${version}.`
          : `Questionnaire "${key}" was already stored like this (version ${version}). Nothing changed.`,
    storiesDone: (stories, replaced, created, codings) =>
      `${stories === 1 ? '1 story' : `${stories} stories`} read` +
      (replaced ? `, of which ${replaced} replaced ${replaced === 1 ? 'an existing story' : 'existing stories'}` : '') +
      '.' +
      (created.length ? ` New collection: ${created.join(', ')}.` : '') +
      (codings?.kept ? ` The codings of the replaced stories were kept (${codings.kept}).` : '') +
      (codings?.passagesDropped ? ` ${codings.passagesDropped} coded passages were dropped because the text changed.` : ''),
    indicatorsDone: (kind, rows, created) =>
      (kind === 'observations'
        ? `${rows === 1 ? '1 observation' : `${rows} observations`} read.`
        : `${rows === 1 ? '1 definition' : `${rows} definitions`} read.`) + (created.length ? ` New indicators: ${created.join(', ')}.` : ''),
    exportsTitle: 'Download',
    exportsIntro: 'Download the data as a file, for example to keep or edit it.',
    exportStories: (title: string) => `Stories of "${title}" (CSV)`,
    exportIndicators: 'All observations (CSV)',
  },

  adminData: adminDataEn,
  importTemplates: importTemplatesEn,
  areas: areasEn,
  designer: designerEn,
  moderation: moderationEn,
  compare: compareEn,
  storyFilters: storyFiltersEn,
  coding: codingEn,
  networkReview: networkReviewEn,
  networkReport: networkReportEn,
  observations: observationsEn,
  networkCompare: networkCompareEn,
  networkShare: networkShareEn,
  network: networkEn,
  foreignImport: foreignEn,
  teller: tellerEn,
  opgaven: opgavenEn,
  monitor: monitorEn,
  reports: reportsEn,
  jobs: jobsEn,
  patterns: patternsEn,
  errors: {
    notFound: 'This does not exist (any more). Someone may have just removed it.',
    notFoundTitle: 'Not found',
    refusedTitle: 'This cannot be done',
    internalTitle: 'Something went wrong',
    forbiddenTitle: 'No access',
    forbidden: 'Your role may not see this page. If you think this is wrong, ask the administrator.',
    csrf: 'This action was refused because the security code is missing or wrong. Reload the page and try again.',
    backHome: 'To the overview',
  },
};
