// Texts of a job's page (/taken/{id}): long work that runs in the background, with its progress.
const count = (n: number) => n.toLocaleString('nl-NL');

export const jobsNl = {
  titles: {
    report: 'Rapport maken',
    'stories-import': 'Verhalen importeren',
    'tenant-export': 'Alle gegevens downloaden',
    retention: 'Bewaartermijnen toepassen',
  } as Record<'report' | 'stories-import' | 'tenant-export' | 'retention', string>,
  intro: 'Dit werk loopt op de achtergrond. U kunt deze pagina open laten of later terugkomen: het gaat door.',
  progressLabel: 'Voortgang',
  queued: 'De taak staat klaar en begint zo.',
  running: (done: number, total: number | null) =>
    total === null ? (done === 0 ? 'Bezig…' : `Bezig: ${count(done)} regels gecontroleerd.`) : `Bezig: ${count(done)} van ${count(total)} klaar.`,
  done: 'Klaar.',
  failedTitle: 'Dit is niet gelukt',
  failedIntro: 'Er is niets opgeslagen. Dit ging mis:',
  reload: 'Ververs deze pagina',
  reloadHint: 'De pagina ververst zichzelf als JavaScript aan staat.',
  reportDone: 'Het rapport is gemaakt.',
  reportOpen: 'Naar het rapport',
  importDone: (stories: number, replaced: number, created: number) =>
    `${stories === 1 ? '1 verhaal' : `${count(stories)} verhalen`} ingelezen` +
    (replaced ? `, waarvan ${count(replaced)} vervangen` : '') +
    (created ? `; ${created === 1 ? '1 nieuwe verzameling' : `${count(created)} nieuwe verzamelingen`}` : '') +
    '.',
  importBack: 'Terug naar importeren',
  exportDone: (files: number) => `Het ZIP-bestand is klaar (${count(files)} bestanden). Het staat hier een week. Het maken ervan staat in het logboek.`,
  exportDownload: 'Download het ZIP-bestand',
  retentionDone: (n: number) => (n === 1 ? '1 verhaal verwijderd.' : `${count(n)} verhalen verwijderd.`),
  adminBack: 'Terug naar de gegevens van de gemeente',
  notFound: 'Deze taak bestaat niet, of u mag hem niet zien.',
};

export const jobsEn: typeof jobsNl = {
  titles: {
    report: 'Make a report',
    'stories-import': 'Import stories',
    'tenant-export': 'Download all data',
    retention: 'Apply retention periods',
  },
  intro: 'This work runs in the background. You can keep this page open or come back later: it continues.',
  progressLabel: 'Progress',
  queued: 'The task is waiting and starts shortly.',
  running: (done, total) =>
    total === null
      ? done === 0
        ? 'Working…'
        : `Working: ${done.toLocaleString('en')} rows checked.`
      : `Working: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} done.`,
  done: 'Done.',
  failedTitle: 'This did not work',
  failedIntro: 'Nothing was stored. What went wrong:',
  reload: 'Refresh this page',
  reloadHint: 'The page refreshes by itself when JavaScript is on.',
  reportDone: 'The report has been made.',
  reportOpen: 'Go to the report',
  importDone: (stories, replaced, created) =>
    `${stories === 1 ? '1 story' : `${stories.toLocaleString('en')} stories`} imported` +
    (replaced ? `, of which ${replaced} replaced` : '') +
    (created ? `; ${created === 1 ? '1 new collection' : `${created} new collections`}` : '') +
    '.',
  importBack: 'Back to import',
  exportDone: (files) => `The ZIP file is ready (${files} files). It is kept here for a week. Making it was logged.`,
  exportDownload: 'Download the ZIP file',
  retentionDone: (n) => (n === 1 ? '1 story deleted.' : `${n} stories deleted.`),
  adminBack: 'Back to the municipality’s data',
  notFound: 'This task does not exist, or you may not see it.',
};
