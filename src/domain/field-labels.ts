// What people call the fields that problems name. A problem keeps its machine field name
// ("period", "suppressionThreshold") for the API's problem+json; a message a person reads says
// "Periode" or "Drempel voor kleine aantallen" instead. Fields inside an uploaded file (JSON paths
// such as "questions[3].options[1].key") are locations in that file and are shown as they are.
type Labels = { nl: string; en: string };

export const FIELD_LABELS: Record<string, Labels> = {
  period: { nl: 'Periode', en: 'Period' },
  table: { nl: 'CBS-tabel', en: 'CBS table' },
  areas: { nl: 'Gebieden', en: 'Areas' },
  indicators: { nl: 'Cijfers', en: 'Indicators' },
  WijkenEnBuurten: { nl: 'Wijken en buurten (CBS)', en: 'Districts and neighbourhoods (CBS)' },
  taal: { nl: 'Taal', en: 'Language' },
  '--year': { nl: 'Jaar van de indeling (--year)', en: 'Year of the division (--year)' },
  '--indicators': { nl: 'Cijfers (--indicators)', en: 'Indicators (--indicators)' },
  suppressionThreshold: { nl: 'Drempel voor kleine aantallen', en: 'Small-group threshold' },
  threshold: { nl: 'Drempel voor kleine aantallen', en: 'Small-group threshold' },
  pageSize: { nl: 'Aantal per pagina', en: 'Number per page' },
  page: { nl: 'Pagina', en: 'Page' },
  confirm: { nl: 'Bevestiging', en: 'Confirmation' },
  network: { nl: 'Netwerk', en: 'Network' },
  consent: { nl: 'Toestemming', en: 'Consent' },
  version: { nl: 'Versie', en: 'Version' },
  tenant: { nl: 'Gemeente', en: 'Municipality' },
  // Not only a municipality's: a collection and a code (issue 11) have a slug too.
  slug: { nl: 'Korte naam', en: 'Short name' },
  name: { nl: 'Naam', en: 'Name' },
  email: { nl: 'E-mailadres', en: 'Email address' },
  'admin-email': { nl: 'E-mailadres van de beheerder', en: 'Administrator’s email address' },
  password: { nl: 'Wachtwoord', en: 'Password' },
  role: { nl: 'Rol', en: 'Role' },
  group: { nl: 'Groep', en: 'Group' },
  user: { nl: 'Account', en: 'Account' },
  id: { nl: 'Nummer', en: 'Id' },
  story: { nl: 'Verhaal', en: 'Story' },
  ref: { nl: 'Verhaalnummer', en: 'Story number' },
  collection: { nl: 'Verzameling', en: 'Collection' },
  questionnaire: { nl: 'Vragenlijst', en: 'Questionnaire' },
  questionnaires: { nl: 'Vragenlijsten', en: 'Questionnaires' },
  opgave: { nl: 'Opgave', en: 'Societal task' },
  statement: { nl: 'Stelling', en: 'Statement' },
  element: { nl: 'Onderdeel', en: 'Element' },
  dialogue: { nl: 'Dialoog', en: 'Dialogue' },
  // Catalysis (issue 11).
  observation: { nl: 'Observatie', en: 'Observation' },
  interpretation: { nl: 'Duiding', en: 'Interpretation' },
  perspective: { nl: 'Perspectief', en: 'Perspective' },
  action: { nl: 'Actie', en: 'Action' },
  // The regional learning network (issue 15): the question compared, a quality review.
  question: { nl: 'Vraag', en: 'Question' },
  review: { nl: 'Kwaliteitsreview', en: 'Quality review' },
  report: { nl: 'Rapport', en: 'Report' },
  indicator: { nl: 'Cijfer', en: 'Indicator' },
  provider: { nl: 'Aanbieder', en: 'Provider' },
  domain: { nl: 'Domein', en: 'Domain' },
  room: { nl: 'Keuzeruimte', en: 'Room to choose' },
  note: { nl: 'Toelichting', en: 'Note' },
  title: { nl: 'Titel', en: 'Title' },
  text: { nl: 'Tekst', en: 'Text' },
  key: { nl: 'Korte naam (sleutel)', en: 'Short name (key)' },
  code: { nl: 'Code', en: 'Code' },
  type: { nl: 'Soort', en: 'Kind' },
  filter: { nl: 'Filter', en: 'Filter' },
  pattern_key: { nl: 'Patroon', en: 'Pattern' },
  area_question: { nl: 'Vraag naar de wijk', en: 'Question about the area' },
  settings: { nl: 'Instellingen', en: 'Settings' },
  repeat: { nl: 'Wachtwoord nog een keer', en: 'Password again' },
  top: { nl: 'Aantal woorden', en: 'Number of words' },
  // Coding (issue 11).
  parent: { nl: 'Valt onder', en: 'Parent code' },
  label: { nl: 'Naam van de code', en: 'Code label' },
  description: { nl: 'Beschrijving', en: 'Description' },
  start: { nl: 'Begin van het fragment', en: 'Start of the passage' },
  end: { nl: 'Einde van het fragment', en: 'End of the passage' },
  // Patterns, comparing and the story list (issue 11): the pages' own parameter names.
  patroon: { nl: 'Patroon', en: 'Pattern' },
  a: { nl: 'Groep A', en: 'Subset A' },
  b: { nl: 'Groep B', en: 'Subset B' },
  c: { nl: 'Groep C', en: 'Subset C' },
  d: { nl: 'Groep D', en: 'Subset D' },
  e: { nl: 'Groep E', en: 'Subset E' },
  niet: { nl: 'Niet in deze groepen', en: 'Not in these subsets' },
  status: { nl: 'Status', en: 'Status' },
  toestemming: { nl: 'Toestemming om te citeren', en: 'Consent to quote' },
  vragenlijst: { nl: 'Vragenlijst', en: 'Questionnaire' },
};

/**
 * Field names only the API or the command line uses, where the caller typed the name itself
 * (`--out`, `?var=`, `?range=`, the request body): shown as they are.
 */
export const MACHINE_ONLY_FIELDS = ['out', 'var', 'range', '(body)'];

/** The label of a form field in the page language, or undefined when it has none. */
export function fieldLabel(field: string, lang: 'nl' | 'en'): string | undefined {
  return FIELD_LABELS[field]?.[lang];
}
