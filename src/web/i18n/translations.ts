// Texts of the designer's translations page (/vragenlijsten/{key}/vertalingen), Dutch (B1) and English.
export const translationsNl = {
  link: 'Vertalingen: talen en ontbrekende teksten',
  title: (q: string) => `Vertalingen: ${q}`,
  intro:
    'Hier ziet u per taal welke teksten van de vragenlijst nog geen vertaling hebben. Ontbreekt een tekst? Dan ziet de verteller die tekst in het Nederlands.',
  back: 'Terug naar de vragenlijst',
  tableCaption: 'Talen van deze vragenlijst',
  language: 'Taal',
  texts: 'Teksten',
  interface: 'Knoppen en uitleg van de vertelpagina',
  status: 'Nagekeken?',
  missing: (missing: number, total: number) => (missing === 0 ? `alle ${total} vertaald` : `${missing} van ${total} ontbreken`),
  interfaceYes: 'vertaald',
  interfaceNo: 'niet vertaald: de verteller ziet ze in het Nederlands',
  source: 'brontaal',
  machine: 'machinevertaling — nog na te kijken',
  checked: 'nagekeken',
  fill: (language: string) => `Teksten invullen voor ${language}`,
  addTitle: 'Taal toevoegen',
  addLabel: 'Taalcode',
  addHint:
    'Een taalcode volgens BCP 47, bijvoorbeeld ar (Arabisch), tr (Turks), pl (Pools), uk (Oekraïens), ti (Tigrinya), so (Somalisch) of pap (Papiaments).',
  add: 'Taal toevoegen',
  editTitle: (language: string) => `Vertaling: ${language}`,
  editIntro: 'Vul bij elke Nederlandse tekst de vertaling in. Laat een vak leeg als u de vertaling nog niet weet: de verteller ziet dan de Nederlandse tekst.',
  missingCount: (n: number) =>
    n === 0
      ? 'Alle teksten zijn vertaald.'
      : n === 1
        ? 'Nog 1 tekst zonder vertaling. Die is gemarkeerd met "ontbreekt".'
        : `Nog ${n} teksten zonder vertaling. Die zijn gemarkeerd met "ontbreekt".`,
  missingMark: 'ontbreekt',
  machineLabel: 'Dit is een machinevertaling die nog niemand heeft nagekeken',
  machineHint:
    'De verteller ziet dan een korte melding dat de vragen automatisch vertaald zijn. Haal het vinkje weg als iemand die de taal goed kent alles heeft nagekeken.',
  save: 'Vertaling opslaan',
  saved: 'De vertaling is opgeslagen.',
  newVersion: (v: number) => `De vertaling is opgeslagen in een nieuwe versie (${v}), omdat er al verhalen zijn binnengekomen.`,
  sourceText: 'Nederlands',
  preview: (language: string) => `Voorbeeld bekijken in het ${language}, zoals de verteller het ziet`,
  errorSummary: 'Er gaat nog iets mis',
};

export type TranslationsMessages = typeof translationsNl;

export const translationsEn: TranslationsMessages = {
  link: 'Translations: languages and missing texts',
  title: (q: string) => `Translations: ${q}`,
  intro: 'Here you see per language which texts of the questionnaire have no translation yet. Is a text missing? Then the teller sees it in Dutch.',
  back: 'Back to the questionnaire',
  tableCaption: 'Languages of this questionnaire',
  language: 'Language',
  texts: 'Texts',
  interface: "Buttons and explanations of the teller's page",
  status: 'Checked?',
  missing: (missing: number, total: number) => (missing === 0 ? `all ${total} translated` : `${missing} of ${total} missing`),
  interfaceYes: 'translated',
  interfaceNo: 'not translated: the teller sees them in Dutch',
  source: 'source language',
  machine: 'machine translation — to be checked',
  checked: 'checked',
  fill: (language: string) => `Fill in texts for ${language}`,
  addTitle: 'Add a language',
  addLabel: 'Language code',
  addHint: 'A BCP 47 language code, for example ar (Arabic), tr (Turkish), pl (Polish), uk (Ukrainian), ti (Tigrinya), so (Somali) or pap (Papiamento).',
  add: 'Add language',
  editTitle: (language: string) => `Translation: ${language}`,
  editIntro: 'Fill in the translation of each Dutch text. Leave a box empty if you do not know the translation yet: the teller then sees the Dutch text.',
  missingCount: (n: number) =>
    n === 0
      ? 'All texts are translated.'
      : n === 1
        ? '1 text has no translation yet. It is marked "missing".'
        : `${n} texts have no translation yet. They are marked "missing".`,
  missingMark: 'missing',
  machineLabel: 'This is a machine translation nobody has checked yet',
  machineHint:
    'The teller then sees a short note that the questions were translated automatically. Untick it once someone who knows the language well has checked everything.',
  save: 'Save translation',
  saved: 'The translation has been saved.',
  newVersion: (v: number) => `The translation was saved in a new version (${v}), because stories have already come in.`,
  sourceText: 'Dutch',
  preview: (language: string) => `Preview in ${language}, as the teller sees it`,
  errorSummary: 'Something is not right yet',
};
