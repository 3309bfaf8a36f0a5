// Texts of the NarraFirma and SenseMaker imports on /importeren, Dutch B1 and English.
export const foreignNl = {
  narrafirmaTitle: 'Verhalen uit NarraFirma',
  narrafirmaIntro:
    'Het verhaalformulier van NarraFirma wordt een vragenlijst en elke rij van het verhalenbestand een verhaal. Beide bestanden zijn CSV, zoals NarraFirma ze importeert.',
  sensemakerTitle: 'Verhalen uit SenseMaker',
  sensemakerIntro:
    'Het raamwerk van SenseMaker (JSON) wordt een vragenlijst: driehoeken, schuiven, stenen en lijsten worden vragen. Elke rij van de export (CSV) wordt een verhaal.',
  key: 'Sleutel van de nieuwe vragenlijst',
  keyHint: 'Alleen letters, cijfers, - en _. Bestaat de vragenlijst al, dan komt er een nieuwe versie.',
  formFile: 'Verhaalformulier (CSV)',
  definitionFile: 'Raamwerk (JSON)',
  storiesFile: 'Verhalen (CSV)',
  submit: 'Importeren',
  noKey: 'Vul de sleutel van de vragenlijst in.',
  noFiles: 'Kies beide bestanden.',
  notMappedTitle: 'Niet overgenomen',
  notMappedIntro: 'Dit kon niet worden overgenomen. De rest is opgeslagen.',
  exportTitle: 'Naar SenseMaker',
  exportIntro: 'Download de verhalen van een vragenlijst in de CSV-indeling van een SenseMaker-export.',
  exportLink: (title: string) => `Verhalen van "${title}" voor SenseMaker (CSV)`,
  exportHint: 'Op de opdrachtregel: npx duiding export sensemaker --questionnaire SLEUTEL --out verhalen.csv',
  missingTitle: 'Vragenlijst niet gevonden',
};

export const foreignEn: typeof foreignNl = {
  narrafirmaTitle: 'Stories from NarraFirma',
  narrafirmaIntro: "NarraFirma's story form becomes a questionnaire and each row of the stories file a story. Both files are CSV, as NarraFirma imports them.",
  sensemakerTitle: 'Stories from SenseMaker',
  sensemakerIntro:
    "SenseMaker's framework (JSON) becomes a questionnaire: triads, dyads, stones and lists become questions. Each row of the export (CSV) becomes a story.",
  key: 'Key of the new questionnaire',
  keyHint: 'Letters, digits, - and _ only. If the questionnaire exists, a new version is made.',
  formFile: 'Story form (CSV)',
  definitionFile: 'Framework (JSON)',
  storiesFile: 'Stories (CSV)',
  submit: 'Import',
  noKey: 'Fill in the key of the questionnaire.',
  noFiles: 'Choose both files.',
  notMappedTitle: 'Not carried over',
  notMappedIntro: 'This could not be carried over. Everything else was saved.',
  exportTitle: 'To SenseMaker',
  exportIntro: 'Download the stories of a questionnaire in the CSV layout of a SenseMaker export.',
  exportLink: (title: string) => `Stories of "${title}" for SenseMaker (CSV)`,
  exportHint: 'On the command line: npx duiding export sensemaker --questionnaire KEY --out stories.csv',
  missingTitle: 'Questionnaire not found',
};
