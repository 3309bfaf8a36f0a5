// Texts of the templates and spreadsheet formats on the import page.
export const importTemplatesNl = {
  title: 'Sjablonen',
  intro: "Begin met een leeg sjabloon: de kolommen staan al goed. Een werkmap (XLSX) of een CSV uit Excel met puntkomma's en decimaalkomma's kan ook.",
  questionnaire: (format: string) => `Voorbeeld van een vragenlijst (${format})`,
  indicators: (format: string) => `Sjabloon cijfers: definities en waarnemingen (${format})`,
  indicatorsCsv: 'Sjabloon waarnemingen (CSV)',
  definitions: (format: string) => `Sjabloon definities van indicatoren (${format})`,
  stories: (title: string, format: string) => `Sjabloon verhalen voor "${title}" (${format})`,
  readAs: (how: string) => `Gelezen als ${how}.`,
  exportStoriesXlsx: (title: string) => `Verhalen van "${title}" (XLSX)`,
  exportIndicatorsXlsx: 'Alle cijfers: definities en waarnemingen (XLSX)',
};

export const importTemplatesEn: typeof importTemplatesNl = {
  title: 'Templates',
  intro: 'Start from an empty template: the columns are already right. A workbook (XLSX) or a CSV from Excel with semicolons and decimal commas works too.',
  questionnaire: (format) => `Example questionnaire (${format})`,
  indicators: (format) => `Figures template: definitions and observations (${format})`,
  indicatorsCsv: 'Observations template (CSV)',
  definitions: (format) => `Indicator definitions template (${format})`,
  stories: (title, format) => `Stories template for "${title}" (${format})`,
  readAs: (how) => `Read as ${how}.`,
  exportStoriesXlsx: (title) => `Stories of "${title}" (XLSX)`,
  exportIndicatorsXlsx: 'All figures: definitions and observations (XLSX)',
};
