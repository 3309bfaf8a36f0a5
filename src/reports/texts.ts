// The council report's own texts (Dutch B1 first, English second). The page texts of /rapporten
// live in web/i18n/reports.ts; these are the words inside the document itself.

export const reportTextsNl = {
  documentKind: 'Raadsrapportage',
  title: (opgave: string, period: string) => `Raadsrapportage ${opgave}, ${period}`,
  fictional: 'Fictief — deze gemeente, haar verhalen en cijfers zijn verzonnen (demo)',
  generatedOn: 'Gemaakt op',
  period: 'Periode',
  contents: 'Inhoud',
  page: (n: number, total: number) => `Pagina ${n} van ${total}`,
  tableAlternative: 'Tabel bij de grafiek',
  tooFew: 'te weinig verhalen',
  missing: 'geen cijfer',
  vocabulary: {
    judgement: {
      better: 'gaat de goede kant op',
      worse: 'gaat de verkeerde kant op',
      same: 'blijft gelijk',
      unknown: 'geen oordeel (geen richting afgesproken)',
    } as Record<string, string>,
    direction: { up: 'hoger is beter', down: 'lager is beter', none: 'geen richting afgesproken' } as Record<string, string>,
    agreement: { agree: 'zelfde beeld', disagree: 'ander beeld', unclear: 'geen duidelijk beeld' } as Record<string, string>,
    test: { spearman: 'Spearmans rangcorrelatie', 'mann-whitney': 'Mann–Whitney', 'kruskal-wallis': 'Kruskal–Wallis', 'chi-square': 'chi-kwadraat' } as Record<
      string,
      string
    >,
    actionKind: {
      'opgave-bijstellen': 'opgave bijstellen',
      'contract-afspraken': 'contract en afspraken',
      praktijk: 'praktijk',
      'nader-onderzoek': 'nader onderzoek',
    } as Record<string, string>,
    actionStatus: { open: 'open', loopt: 'loopt', afgerond: 'afgerond', vervallen: 'vervallen' } as Record<string, string>,
    learningLevel: { 1: 'leren 1: causaal', 2: 'leren 2: reflectief', 3: 'leren 3: systeem' } as Record<number, string>,
    mode: { self: 'zelf verteld', interview: 'interview', signal: 'signaal (ombudsfunctie)' } as Record<string, string>,
    wholeMunicipality: 'Hele gemeente',
    allPeriods: 'alle jaren',
  },
  sections: {
    summary: 'Samenvatting',
    indicators: 'De cijfers',
    patterns: 'Wat de verhalen laten zien',
    stories: 'Verhalen uit de praktijk',
    warmCold: 'Verhalen en cijfers naast elkaar',
    theory: 'Verandertheorie en aannames',
    actions: 'Afspraken en opvolging',
    method: 'Bijlage: zo is dit rapport gemaakt',
  },
  summary: {
    stories: (n: string) => `Dit rapport steunt op ${n} verhalen van inwoners en professionals.`,
    indicators: (n: number) => (n === 1 ? 'Er is 1 indicator gevolgd.' : `Er zijn ${n} indicatoren gevolgd.`),
    patterns: (n: number) =>
      n === 0
        ? 'De verhalen laten nog geen duidelijk patroon zien.'
        : n === 1
          ? 'De verhalen laten 1 duidelijk patroon zien.'
          : `In de verhalen zien we ${n} patronen die duidelijk zijn.`,
    assumptions: (hold: number, doubt: number, refuted: number, unknown: number) =>
      `Aannames: ${hold} houden stand, ${doubt} zijn twijfelachtig, ${refuted} zijn weerlegd, van ${unknown} weten we het nog niet.`,
    actions: (open: number, done: number) => `Afspraken: ${done} afgerond, ${open} nog open.`,
    suppression: (threshold: number) => `Groepen met minder dan ${threshold} verhalen tonen we niet; daar staat "te weinig verhalen".`,
  },
  indicators: {
    intro: 'Per indicator: de ontwikkeling door de jaren en de richting die de gemeente wil.',
    none: 'Er zijn nog geen indicatoren aan deze opgave gekoppeld.',
    trend: { unknown: 'te weinig jaren voor een trend' },
    latest: (value: string, period: string) => `Laatste waarde: ${value} (${period}).`,
    area: 'Gebied',
  },
  patterns: {
    intro: 'De sterkste patronen in de verhalen, in gewone woorden. Elk patroon is statistisch getoetst.',
    none: 'Er zijn (nog) geen patronen die sterk genoeg zijn om te tonen.',
    stories: (n: string) => `Gebaseerd op ${n} verhalen.`,
    notCause:
      'Een patroon laat zien dat twee dingen vaak samen voorkomen, niet dat het een het ander veroorzaakt. Zwak, matig of sterk volgt vaste vuistregels (Cohen, 1988).',
    /** "Een matig verschil (sterkte 0,12)." Test, measure and q are in the appendix. */
    strength: (word: string, kind: 'difference' | 'link', value: string) => `Een ${word} ${kind === 'difference' ? 'verschil' : 'verband'} (sterkte ${value}).`,
    notSignificant: 'Dit kan ook toeval zijn. Een analist koos het toch als bewijs en bevestigde dat.',
    groupStories: (n: string, counted: boolean) => (counted ? `${n} ${n === '1' ? 'verhaal' : 'verhalen'}` : n),
    median: 'Middelste antwoord',
    medianPerGroup: 'middelste antwoord per groep',
  },
  stories: {
    intro: 'Verhalen die een analist heeft gekozen. De vertellers gaven toestemming om hun verhaal anoniem te citeren.',
    none: 'Er zijn nog geen verhalen gekozen om te citeren.',
  },
  warmCold: {
    intro: 'Waar zeggen de verhalen en de cijfers hetzelfde, en waar niet? Per wijk.',
    none: 'Nog geen vergelijking van verhalen en cijfers per wijk.',
    columns: { area: 'Wijk', stories: 'Verhalen', cold: 'Cijfer', warm: 'Verhalen zeggen', verdict: 'Samen' },
    ecological: 'Een verband tussen wijken zegt iets over wijken, niet over de mensen die er wonen: het hoeft voor geen enkele bewoner zelf te gelden.',
    areas: (n: number) => `${n} wijken`,
    notSignificant: 'Geen duidelijk verband: zo’n samenhang kan ook door toeval ontstaan; daarom per wijk geen oordeel.',
    correlation: (rho: string, word: string, areas: string) => `Samenhang over ${areas}: ${rho} (${word ? `${word}, ` : ''}op een schaal van −1 tot 1).`,
    fewAreas: (n: number) => `Let op: maar ${n} wijken.`,
  },
  theory: {
    intro: 'Als wij dit doen, draagt dat bij aan het doel, omdat … — en de aannames daaronder.',
    none: 'De verandertheorie is nog niet vastgelegd.',
    status: {
      'houdt-stand': 'houdt stand',
      twijfelachtig: 'twijfelachtig',
      weerlegd: 'weerlegd',
      onbekend: 'nog onbekend',
    } as Record<string, string>,
    evidence: 'Onderbouwing',
    noEvidence: 'nog geen onderbouwing',
    assumption: 'Aanname',
  },
  actions: {
    intro: 'Afspraken uit de dialogen, wie ze uitvoert en hoe ver ze zijn.',
    none: 'Er zijn nog geen afspraken vastgelegd.',
    columns: { action: 'Afspraak', owner: 'Wie', due: 'Wanneer', status: 'Stand', followUp: 'Opvolging' },
  },
  method: {
    intro: 'Zo is dit rapport gemaakt. Alle cijfers komen uit Duiding; verhalen zijn anoniem.',
    stories: (n: string) => `Aantal verhalen: ${n}.`,
    channels: 'Kanalen en collecties',
    threshold: (n: number) =>
      `Kleine groepen: een aantal, percentage, mediaan of staaf die op minder dan ${n} verhalen steunt, tonen we niet. Daar staat "te weinig verhalen". Zo blijft niemand herkenbaar.`,
    suppressed: (n: number) => (n === 1 ? 'In dit rapport is 1 cijfer om die reden weggelaten.' : `In dit rapport zijn ${n} cijfers om die reden weggelaten.`),
    testsTitle: 'Gebruikte toetsen',
    tests: [
      'Chi-kwadraattoets: hangen twee keuzevragen met elkaar samen?',
      'Mann–Whitney-toets: verschilt een schaal tussen twee groepen?',
      'Kruskal–Wallis-toets: verschilt een schaal tussen drie of meer groepen?',
      'Spearmans rangcorrelatie: gaan twee schalen samen op en neer? Ook gebruikt voor verhalen naast cijfers per wijk.',
      'Benjamini–Hochberg: correctie omdat we veel verbanden tegelijk toetsen; we tonen alleen patronen die daarna overeind blijven.',
    ],
    snapshot:
      'Een gepubliceerd rapport is een momentopname: het verandert niet meer. Trekt een verteller later een verhaal in, dan wordt het verhaal verwijderd uit Duiding; bij het openen van het rapport staat hoeveel verhalen sindsdien zijn ingetrokken.',
    counts: { label: 'Onderdeel', value: 'Aantal' },
    figuresTitle: 'Toetsen per patroon',
    figuresIntro:
      'De sterkte in de tekst is de maat in de kolom "Sterkte". q is de kans op toeval, gecorrigeerd voor het aantal getoetste paren; onder 0,05 heet een patroon duidelijk.',
    figuresHead: ['Patroon', 'Toets', 'Sterkte', 'q'],
    measures: { epsilon2: 'ε²', 'rank-biserial': 'r (rangbiserieel)', 'cramers-v': 'V (Cramér)', rho: 'ρ (Spearman)' } as Record<string, string>,
  },
};

export type ReportTexts = typeof reportTextsNl;

const reportTextsEn: ReportTexts = {
  documentKind: 'Council report',
  title: (opgave, period) => `Council report ${opgave}, ${period}`,
  fictional: 'Fictional — this municipality, its stories and figures are made up (demo)',
  generatedOn: 'Made on',
  period: 'Period',
  contents: 'Contents',
  page: (n, total) => `Page ${n} of ${total}`,
  tableAlternative: 'Table for the chart',
  tooFew: 'too few stories',
  missing: 'no figure',
  vocabulary: {
    judgement: { better: 'moving the right way', worse: 'moving the wrong way', same: 'stays level', unknown: 'no judgement (no direction agreed)' },
    direction: { up: 'higher is better', down: 'lower is better', none: 'no direction agreed' },
    agreement: { agree: 'same picture', disagree: 'different picture', unclear: 'no clear picture' },
    test: { spearman: "Spearman's rank correlation", 'mann-whitney': 'Mann–Whitney', 'kruskal-wallis': 'Kruskal–Wallis', 'chi-square': 'chi-square' },
    actionKind: {
      'opgave-bijstellen': 'adjust the opgave',
      'contract-afspraken': 'contract and agreements',
      praktijk: 'practice',
      'nader-onderzoek': 'further research',
    },
    actionStatus: { open: 'open', loopt: 'in progress', afgerond: 'done', vervallen: 'dropped' },
    learningLevel: { 1: 'learning 1: causal', 2: 'learning 2: reflective', 3: 'learning 3: system' },
    mode: { self: 'told by the teller', interview: 'interview', signal: 'signal (ombuds function)' },
    wholeMunicipality: 'Whole municipality',
    allPeriods: 'all years',
  },
  sections: {
    summary: 'Summary',
    indicators: 'The figures',
    patterns: 'What the stories show',
    stories: 'Stories from practice',
    warmCold: 'Stories and figures side by side',
    theory: 'Theory of change and assumptions',
    actions: 'Agreed actions and follow-up',
    method: 'Appendix: how this report was made',
  },
  summary: {
    stories: (n) => `This report rests on ${n} stories from residents and professionals.`,
    indicators: (n) => (n === 1 ? '1 indicator was followed.' : `${n} indicators were followed.`),
    patterns: (n) =>
      n === 0 ? 'The stories show no clear pattern yet.' : n === 1 ? 'The stories show 1 clear pattern.' : `The stories show ${n} clear patterns.`,
    assumptions: (hold, doubt, refuted, unknown) => `Assumptions: ${hold} hold, ${doubt} are doubtful, ${refuted} are refuted, ${unknown} are not known yet.`,
    actions: (open, done) => `Actions: ${done} done, ${open} still open.`,
    suppression: (threshold) => `Groups of fewer than ${threshold} stories are not shown; they read "too few stories".`,
  },
  indicators: {
    intro: 'Per indicator: how it developed over the years and the direction the municipality wants.',
    none: 'No indicators are linked to this opgave yet.',
    trend: { unknown: 'too few years for a trend' },
    latest: (value, period) => `Latest value: ${value} (${period}).`,
    area: 'Area',
  },
  patterns: {
    intro: 'The strongest patterns in the stories, in plain words. Every pattern was tested statistically.',
    none: 'There are no patterns strong enough to show (yet).',
    stories: (n) => `Based on ${n} stories.`,
    notCause:
      'A pattern shows that two things often go together, not that one causes the other. Weak, moderate or strong follows fixed rules of thumb (Cohen, 1988).',
    strength: (word, kind, value) => `A ${word} ${kind === 'difference' ? 'difference' : 'link'} (strength ${value}).`,
    notSignificant: 'This may also be chance. An analyst still chose it as evidence and confirmed that.',
    groupStories: (n, counted) => (counted ? `${n} ${n === '1' ? 'story' : 'stories'}` : n),
    median: 'Median answer',
    medianPerGroup: 'median answer per group',
  },
  stories: {
    intro: 'Stories chosen by an analyst. The tellers agreed that their story may be quoted anonymously.',
    none: 'No stories have been chosen for quoting yet.',
  },
  warmCold: {
    intro: 'Where do the stories and the figures say the same, and where not? Per area.',
    none: 'No comparison of stories and figures per area yet.',
    columns: { area: 'Area', stories: 'Stories', cold: 'Figure', warm: 'Stories say', verdict: 'Together' },
    ecological: 'A link between neighbourhoods says something about neighbourhoods, not about the people living there: it need not hold for any resident.',
    areas: (n) => `${n} areas`,
    notSignificant: 'No clear link: a correlation like this can also arise by chance; so no verdict per area.',
    correlation: (rho, word, areas) => `Correlation across ${areas}: ${rho} (${word ? `${word}, ` : ''}on a scale from −1 to 1).`,
    fewAreas: (n) => `Note: only ${n} areas.`,
  },
  theory: {
    intro: 'If we do this, it contributes to the goal, because … — and the assumptions underneath.',
    none: 'The theory of change has not been recorded yet.',
    status: { 'houdt-stand': 'holds', twijfelachtig: 'doubtful', weerlegd: 'refuted', onbekend: 'not known yet' },
    evidence: 'Evidence',
    noEvidence: 'no evidence yet',
    assumption: 'Assumption',
  },
  actions: {
    intro: 'Actions agreed in the dialogues, who carries them out and how far they are.',
    none: 'No actions have been agreed yet.',
    columns: { action: 'Action', owner: 'Who', due: 'When', status: 'Status', followUp: 'Follow-up' },
  },
  method: {
    intro: 'How this report was made. All figures come from Duiding; stories are anonymous.',
    stories: (n) => `Number of stories: ${n}.`,
    channels: 'Channels and collections',
    threshold: (n) =>
      `Small groups: a count, percentage, median or bar that rests on fewer than ${n} stories is not shown. It reads "too few stories". That way nobody can be recognised.`,
    suppressed: (n) => (n === 1 ? 'For that reason 1 figure was left out of this report.' : `For that reason ${n} figures were left out of this report.`),
    testsTitle: 'Tests used',
    tests: [
      'Chi-square test: are two choice questions related?',
      'Mann–Whitney test: does a scale differ between two groups?',
      'Kruskal–Wallis test: does a scale differ between three or more groups?',
      "Spearman's rank correlation: do two scales go up and down together? Also used for stories next to figures per area.",
      'Benjamini–Hochberg: correction because many relations are tested at once; only patterns that survive it are shown.',
    ],
    snapshot:
      'A published report is a snapshot: it no longer changes. When a teller later withdraws a story, the story is deleted from Duiding; opening the report says how many stories were withdrawn since.',
    counts: { label: 'Item', value: 'Number' },
    figuresTitle: 'Tests per pattern',
    figuresIntro:
      'The strength in the text is the measure in the column "Strength". q is the chance of coincidence, corrected for the number of pairs tested; below 0.05 a pattern counts as clear.',
    figuresHead: ['Pattern', 'Test', 'Strength', 'q'],
    measures: { epsilon2: 'ε²', 'rank-biserial': 'r (rank-biserial)', 'cramers-v': 'V (Cramér)', rho: 'ρ (Spearman)' },
  },
};

export function reportTexts(lang: 'nl' | 'en'): ReportTexts {
  return lang === 'en' ? reportTextsEn : reportTextsNl;
}
