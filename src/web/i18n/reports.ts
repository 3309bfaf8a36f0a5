// Texts of the /rapporten pages (the report's own texts are in src/reports/texts.ts).
export const reportsNl = {
  nav: { reports: 'Rapporten' },
  title: 'Raadsrapportages',
  intro:
    'Een raadsrapportage bundelt per opgave de cijfers, wat de verhalen laten zien, de verandertheorie en de afspraken. U kunt hem downloaden als PDF of als HTML-bestand en meenemen naar de vergadering.',
  privacy: (threshold: string) => `Een rapport toont altijd wat de raad mag zien: groepen met te weinig verhalen (${threshold}) staan er niet in.`,
  thresholdDefault: 'minder dan 5, of de drempel van uw gemeente',
  noOpgaven: 'Er is nog geen opgave vastgelegd.',
  opgaveHeading: (title: string) => `Opgave: ${title}`,
  allOpgaven: 'Alle opgaven',
  monitorLink: 'Naar de monitor',
  fromMonitor: 'Raadsrapportage (PDF of HTML)',
  make: {
    legend: 'Nieuw rapport maken',
    period: 'Periode',
    periodHint: 'Bijvoorbeeld 2026, 2026-Q1 of 2026-03. Laat leeg voor alle jaren.',
    language: 'Taal van het rapport',
    languages: { nl: 'Nederlands', en: 'Engels' } as Record<string, string>,
    submit: 'Rapport maken',
    busy: 'Het rapport wordt gemaakt. Dit duurt enkele seconden…',
    done: 'Het rapport is gemaakt en bewaard als concept.',
    failed: 'Het rapport kon niet worden gemaakt',
  },
  table: {
    caption: (opgave: string) => `Rapporten van ${opgave}`,
    title: 'Rapport',
    period: 'Periode',
    status: 'Status',
    download: 'Downloaden',
    actions: 'Acties',
    none: 'Nog geen rapporten voor deze opgave.',
    allPeriods: 'alle jaren',
  },
  status: {
    draft: (date: string) => `Concept (${date})`,
    published: (date: string) => `Gepubliceerd op ${date}`,
  },
  draftNote: 'Een concept wordt bij elke download opnieuw gemaakt, zodat het altijd actueel is.',
  withdrawn: (n: number) => (n === 1 ? 'Sinds publicatie is 1 verhaal ingetrokken.' : `Sinds publicatie zijn ${n} verhalen ingetrokken.`),
  quotedGone: (n: number) =>
    n === 1
      ? 'Let op: 1 verhaal dat in dit rapport wordt geciteerd, is niet meer beschikbaar (ingetrokken of niet meer gekozen). Verspreid dit rapport niet opnieuw; maak een nieuw rapport.'
      : `Let op: ${n} verhalen die in dit rapport worden geciteerd, zijn niet meer beschikbaar (ingetrokken of niet meer gekozen). Verspreid dit rapport niet opnieuw; maak een nieuw rapport.`,
  pdf: (title: string) => `PDF van ${title}`,
  html: (title: string) => `HTML van ${title}`,
  pdfShort: 'PDF',
  htmlShort: 'HTML',
  publish: 'Publiceren',
  publishLabel: (title: string) => `${title} publiceren`,
  publishedDone: 'Het rapport is gepubliceerd. Het verandert niet meer.',
  confirm: {
    title: 'Rapport publiceren',
    question: (title: string) => `Wilt u "${title}" publiceren?`,
    explain:
      'Bij publiceren wordt het rapport nog één keer gemaakt met de gegevens van nu. Daarna is het een vaste momentopname: het verandert niet meer, ook niet als er verhalen bijkomen of worden ingetrokken. Publiceren wordt vastgelegd in het logboek.',
    submit: 'Ja, publiceren',
    cancel: 'Nee, terug naar de rapporten',
  },
  notFound: 'Dit rapport bestaat niet (meer).',
};

export const reportsEn: typeof reportsNl = {
  nav: { reports: 'Reports' },
  title: 'Council reports',
  intro:
    'A council report brings together, per opgave, the figures, what the stories show, the theory of change and the agreed actions. Download it as PDF or HTML and take it to the meeting.',
  privacy: (threshold) => `A report always shows what the council may see: groups with too few stories (${threshold}) are left out.`,
  thresholdDefault: 'fewer than 5, or your municipality’s threshold',
  noOpgaven: 'No opgave has been recorded yet.',
  opgaveHeading: (title) => `Opgave: ${title}`,
  allOpgaven: 'All opgaven',
  monitorLink: 'To the monitor',
  fromMonitor: 'Council report (PDF or HTML)',
  make: {
    legend: 'Make a new report',
    period: 'Period',
    periodHint: 'For example 2026, 2026-Q1 or 2026-03. Leave empty for all years.',
    language: 'Language of the report',
    languages: { nl: 'Dutch', en: 'English' },
    submit: 'Make report',
    busy: 'The report is being made. This takes a few seconds…',
    done: 'The report has been made and saved as a draft.',
    failed: 'The report could not be made',
  },
  table: {
    caption: (opgave) => `Reports of ${opgave}`,
    title: 'Report',
    period: 'Period',
    status: 'Status',
    download: 'Download',
    actions: 'Actions',
    none: 'No reports for this opgave yet.',
    allPeriods: 'all years',
  },
  status: {
    draft: (date) => `Draft (${date})`,
    published: (date) => `Published on ${date}`,
  },
  draftNote: 'A draft is made again at every download, so it is always up to date.',
  withdrawn: (n) => (n === 1 ? '1 story has been withdrawn since publication.' : `${n} stories have been withdrawn since publication.`),
  quotedGone: (n) =>
    n === 1
      ? 'Note: 1 story quoted in this report is no longer available (withdrawn or no longer chosen). Do not distribute this report again; make a new one.'
      : `Note: ${n} stories quoted in this report are no longer available (withdrawn or no longer chosen). Do not distribute this report again; make a new one.`,
  pdf: (title) => `PDF of ${title}`,
  html: (title) => `HTML of ${title}`,
  pdfShort: 'PDF',
  htmlShort: 'HTML',
  publish: 'Publish',
  publishLabel: (title) => `Publish ${title}`,
  publishedDone: 'The report has been published. It no longer changes.',
  confirm: {
    title: 'Publish report',
    question: (title) => `Do you want to publish "${title}"?`,
    explain:
      'Publishing makes the report once more with today’s data. After that it is a fixed snapshot: it no longer changes, not even when stories are added or withdrawn. Publishing is recorded in the audit log.',
    submit: 'Yes, publish',
    cancel: 'No, back to the reports',
  },
  notFound: 'This report does not exist (any more).',
};
