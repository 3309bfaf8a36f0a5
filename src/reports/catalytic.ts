// The catalytic report (issue 11): the observations of one questionnaire with their charts, their
// competing interpretations and the perspectives they were clustered into, printed for a
// sensemaking session. It is the analysts' working document, not the council's: its charts come
// from the workbench and may rest on small groups, which the first section says plainly. Built as
// the same ReportDocument the council report uses, so html.ts and pdf.ts render it unchanged.
import type { ReportBlock, ReportChart, ReportDocument, ReportLang } from './document.ts';

export interface CatalyticObservation {
  title: string;
  body: string;
  /** sterk | middel | zwak */
  strength: 'sterk' | 'middel' | 'zwak';
  /** Where it came from, in words ("Patroon: Voelde u zich gehoord? × Wie bent u?"). */
  source: string;
  /** Sentences about today's figures (the pattern's sentence, a selection's size), or why it no longer runs. */
  facts: string[];
  chart: ReportChart | null;
  interpretations: { text: string; perspective: string | null }[];
  complete: boolean;
}

export interface CatalyticInput {
  lang: ReportLang;
  municipality: string;
  fictional: boolean;
  questionnaire: { key: string; title: string };
  observations: CatalyticObservation[];
  perspectives: { name: string; description: string; interpretations: { text: string; observation: string }[] }[];
  unsorted: { text: string; observation: string }[];
  accent?: string;
  now?: Date;
}

const TEXTS = {
  nl: {
    kind: 'Catalyserapport — werkdocument voor een duidingssessie',
    title: (q: string) => `Catalyse: ${q}`,
    contents: 'Inhoud',
    page: (n: number, total: number) => `Pagina ${n} van ${total}`,
    tableAlternative: 'Tabel bij de grafiek',
    fictional: 'Dit is een fictieve gemeente met verzonnen verhalen en cijfers.',
    generatedOn: 'Gemaakt op',
    questionnaire: 'Vragenlijst',
    aboutTitle: 'Over dit rapport',
    about: [
      'Dit rapport is voor analisten en gespreksleiders. Er kunnen kleine aantallen in staan. Geef het niet aan de raad of aan aanbieders: zij zien observaties alleen in de monitor, zonder aantallen.',
      'Elke observatie is opnieuw uitgerekend met de verhalen van vandaag. Bij elke observatie staan minstens twee duidingen die met elkaar wedijveren. Een observatie met minder duidingen is onvolledig en staat hier met die waarschuwing.',
    ],
    observationsTitle: 'Observaties',
    noObservations: 'Er zijn nog geen observaties bij deze vragenlijst.',
    strength: { sterk: 'Sterkte: sterk', middel: 'Sterkte: middel', zwak: 'Sterkte: zwak' },
    interpretations: 'Duidingen',
    complete: 'compleet',
    incomplete: 'Onvolledig: deze observatie heeft nog geen twee duidingen.',
    inPerspective: (name: string) => `perspectief: ${name}`,
    perspectivesTitle: 'Perspectieven',
    noPerspectives: 'Er zijn nog geen perspectieven.',
    unsorted: 'Nog niet ingedeeld',
    of: (title: string) => `bij: ${title}`,
  },
  en: {
    kind: 'Catalytic report — working document for a sensemaking session',
    title: (q: string) => `Catalysis: ${q}`,
    contents: 'Contents',
    page: (n: number, total: number) => `Page ${n} of ${total}`,
    tableAlternative: 'Table for the chart',
    fictional: 'This is a fictional municipality with made-up stories and figures.',
    generatedOn: 'Made on',
    questionnaire: 'Questionnaire',
    aboutTitle: 'About this report',
    about: [
      'This report is for analysts and facilitators. It may contain small counts. Do not give it to the council or to providers: they see observations only in the monitor, without counts.',
      "Every observation was computed again with today's stories. Each has at least two competing interpretations; one with fewer is incomplete and is printed with that warning.",
    ],
    observationsTitle: 'Observations',
    noObservations: 'There are no observations for this questionnaire yet.',
    strength: { sterk: 'Strength: strong', middel: 'Strength: medium', zwak: 'Strength: weak' },
    interpretations: 'Interpretations',
    complete: 'complete',
    incomplete: 'Incomplete: this observation does not have two interpretations yet.',
    inPerspective: (name: string) => `perspective: ${name}`,
    perspectivesTitle: 'Perspectives',
    noPerspectives: 'There are no perspectives yet.',
    unsorted: 'Not sorted yet',
    of: (title: string) => `of: ${title}`,
  },
};

const DEFAULT_ACCENT = '#154273';

export function buildCatalyticDocument(input: CatalyticInput): ReportDocument {
  const t = TEXTS[input.lang];
  const date = new Intl.DateTimeFormat(input.lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(input.now ?? new Date());
  const observationBlocks: ReportBlock[] = input.observations.length
    ? input.observations.flatMap((o) => observationOf(o, t))
    : [{ kind: 'note', text: t.noObservations }];
  return {
    lang: input.lang,
    title: t.title(input.questionnaire.title),
    accent: input.accent && /^#[0-9a-f]{6}$/i.test(input.accent) ? input.accent : DEFAULT_ACCENT,
    cover: {
      municipality: input.municipality,
      opgave: input.questionnaire.title,
      opgaveDescription: t.about[0],
      period: input.questionnaire.key,
      date,
      fictional: input.fictional,
    },
    labels: {
      documentKind: t.kind,
      contents: t.contents,
      page: t.page,
      tableAlternative: t.tableAlternative,
      fictional: t.fictional,
      generatedOn: t.generatedOn,
      period: t.questionnaire,
    },
    sections: [
      { id: 'over', title: t.aboutTitle, blocks: t.about.map((text, i) => ({ kind: i === 0 ? 'paragraph' : 'note', text, emphasis: i === 0 }) as ReportBlock) },
      { id: 'observaties', title: t.observationsTitle, blocks: observationBlocks },
      { id: 'perspectieven', title: t.perspectivesTitle, blocks: perspectiveBlocks(input, t) },
    ],
  };
}

function observationOf(o: CatalyticObservation, t: (typeof TEXTS)['nl']): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: o.title },
    { kind: 'note', text: `${o.source} · ${t.strength[o.strength]}` },
  ];
  for (const paragraph of o.body.split(/\n{2,}/).filter((p) => p.trim())) blocks.push({ kind: 'paragraph', text: paragraph });
  for (const fact of o.facts) blocks.push({ kind: 'paragraph', text: fact, emphasis: true });
  if (o.chart) blocks.push({ kind: 'chart', chart: o.chart });
  blocks.push({
    kind: 'status',
    label: t.interpretations,
    status: o.complete ? t.complete : t.incomplete,
    tone: o.complete ? 'good' : 'doubt',
    detail: o.interpretations.map((i) => (i.perspective ? `${i.text} (${t.inPerspective(i.perspective)})` : i.text)),
  });
  return blocks;
}

function perspectiveBlocks(input: CatalyticInput, t: (typeof TEXTS)['nl']): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  if (!input.perspectives.length) blocks.push({ kind: 'note', text: t.noPerspectives });
  for (const p of input.perspectives) {
    blocks.push({ kind: 'heading', text: p.name });
    if (p.description) blocks.push({ kind: 'note', text: p.description });
    blocks.push({ kind: 'list', items: p.interpretations.map((i) => `${i.text} (${t.of(i.observation)})`) });
  }
  if (input.unsorted.length) {
    blocks.push({ kind: 'heading', text: t.unsorted });
    blocks.push({ kind: 'list', items: input.unsorted.map((i) => `${i.text} (${t.of(i.observation)})`) });
  }
  return blocks;
}
