// Texts of the network's published reports (/netwerken/{slug}/rapporten, issue 15). Dutch B1 and English.
const andList = (names: readonly string[], and: string) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`);

export const networkReportNl = {
  open: 'Rapporten: gepubliceerde vergelijkingen',
  listTitle: (network: string) => `Rapporten van ${network}`,
  listIntro:
    'Een rapport is een vergelijking die de netwerkcoördinator heeft vastgelegd. Alle gemeenten van het netwerk kunnen het lezen. De cijfers veranderen niet meer, ook niet als een gemeente later het netwerk verlaat.',
  back: (network: string) => `Terug naar ${network}`,
  backToList: 'Terug naar de rapporten',
  none: 'Er is nog geen rapport gepubliceerd.',
  noneHint: 'De netwerkcoördinator publiceert een rapport vanaf de pagina Vergelijken.',
  caption: 'Gepubliceerde rapporten, nieuwste eerst',
  colTitle: 'Titel',
  colPeriod: 'Periode',
  colPublished: 'Gepubliceerd op',
  allMonths: 'alle maanden',
  period: (from: string | null, to: string | null) =>
    from && to ? `${from} tot en met ${to}` : from ? `vanaf ${from}` : to ? `tot en met ${to}` : 'alle maanden',
  snapshot: (date: string) => `Momentopname van ${date}: gemeenten die later het netwerk verlieten staan er nog in; een vergelijking van nu kan anders zijn.`,
  whoSees:
    'Dit rapport is voor alle gemeenten van het netwerk hetzelfde. Een gemeente staat er alleen met haar naam in als zij daarvoor gekozen had. Cijfers van gemeenten samen staan er alleen in als geen enkele gemeente haar eigen cijfer eraf kan halen en zo een andere gemeente kan zien.',
  leftNamed: (names: readonly string[]) =>
    `${andList(names, 'en')} ${names.length === 1 ? 'heeft' : 'hebben'} het netwerk verlaten sinds dit rapport verscheen. In het rapport staan de cijfers van toen.`,
  leftUnnamed: (n: number) =>
    n === 1
      ? 'Een gemeente die niet bij naam in dit rapport staat, heeft het netwerk verlaten sinds dit rapport verscheen.'
      : `${n} gemeenten die niet bij naam in dit rapport staan, hebben het netwerk verlaten sinds dit rapport verscheen.`,
  membersAt: 'Gemeenten in het netwerk toen het rapport verscheen:',
  published: 'Het rapport is gepubliceerd. Alle gemeenten van het netwerk kunnen het nu lezen.',
  publishTitle: 'Publiceer als rapport',
  publishIntro:
    'Leg deze vergelijking vast als rapport. Alle gemeenten van het netwerk kunnen het lezen. In het rapport staan gemeenten alleen met naam als zij daarvoor gekozen hebben, ook als u nu meer ziet.',
  publishPeriod: (text: string) => `Periode van het rapport: ${text}.`,
  reportTitle: 'Titel van het rapport',
  confirm: 'Ik begrijp dat dit rapport niet meer verandert en dat alle gemeenten van het netwerk het kunnen lezen',
  confirmMissing: 'vink aan dat u het rapport wilt publiceren',
  confirmLegend: 'Bevestigen',
  publish: 'Publiceer als rapport',
  cancel: 'Terug naar de vergelijking',
  problems: 'Het rapport is niet gepubliceerd. Verbeter dit en probeer het opnieuw:',
};

export const networkReportEn: typeof networkReportNl = {
  open: 'Reports: published comparisons',
  listTitle: (network: string) => `Reports of ${network}`,
  listIntro:
    'A report is a comparison the network coordinator has recorded. Every municipality of the network can read it. Its figures do not change any more, not even when a municipality leaves the network later.',
  back: (network: string) => `Back to ${network}`,
  backToList: 'Back to the reports',
  none: 'No report has been published yet.',
  noneHint: 'The network coordinator publishes a report from the Compare page.',
  caption: 'Published reports, newest first',
  colTitle: 'Title',
  colPeriod: 'Period',
  colPublished: 'Published on',
  allMonths: 'all months',
  period: (from: string | null, to: string | null) => (from && to ? `${from} to ${to}` : from ? `from ${from}` : to ? `up to ${to}` : 'all months'),
  snapshot: (date: string) => `Snapshot of ${date}: municipalities that left the network later are still in it; a comparison made now may differ.`,
  whoSees:
    'This report is the same for every municipality of the network. A municipality is named only if it had chosen to be. Figures of municipalities together appear only where no municipality can take its own figure away and so see another one.',
  leftNamed: (names: readonly string[]) =>
    `${andList(names, 'and')} ${names.length === 1 ? 'has' : 'have'} left the network since this report was published. The report keeps the figures of then.`,
  leftUnnamed: (n: number) =>
    n === 1
      ? 'A municipality that is not named in this report has left the network since it was published.'
      : `${n} municipalities that are not named in this report have left the network since it was published.`,
  membersAt: 'Municipalities in the network when the report was published:',
  published: 'The report has been published. Every municipality of the network can read it now.',
  publishTitle: 'Publish as a report',
  publishIntro:
    'Record this comparison as a report. Every municipality of the network can read it. The report names a municipality only if it chose to be named, even if you see more now.',
  publishPeriod: (text: string) => `Period of the report: ${text}.`,
  reportTitle: 'Title of the report',
  confirm: 'I understand that this report does not change any more and that every municipality of the network can read it',
  confirmMissing: 'tick the box to confirm that you want to publish the report',
  confirmLegend: 'Confirm',
  publish: 'Publish as a report',
  cancel: 'Back to the comparison',
  problems: 'The report was not published. Correct this and try again:',
};
