// Every action code the audit log records, with what it means in plain Dutch and English. The
// codes stay in the database (stable, searchable); the beheerder reads the description. The type
// AuditAction makes recordAudit refuse a code without a description.
export const AUDIT_ACTIONS = {
  'stories.read': { nl: 'Verhalen gelezen', en: 'Stories read' },
  'stories.export': { nl: 'Verhalen geëxporteerd', en: 'Stories exported' },
  'stories.import': { nl: 'Verhalen geïmporteerd', en: 'Stories imported' },
  'story.enter': { nl: 'Verhaal ingevoerd na een gesprek', en: 'Story entered after a conversation' },
  'story.publish': { nl: 'Verhaal gepubliceerd', en: 'Story published' },
  'story.edit': { nl: 'Verhaal aangepast', en: 'Story edited' },
  'story.reject': { nl: 'Verhaal afgewezen en verwijderd', en: 'Story rejected and deleted' },
  'collection.create': { nl: 'Verzameling gemaakt', en: 'Collection created' },
  'collection.update': { nl: 'Verzameling gewijzigd', en: 'Collection changed' },
  'collection.close': { nl: 'Verzameling gesloten', en: 'Collection closed' },
  'questionnaire.create': { nl: 'Vragenlijst gemaakt', en: 'Questionnaire created' },
  'questionnaire.edit': { nl: 'Vragenlijst gewijzigd', en: 'Questionnaire changed' },
  'questionnaire.import': { nl: 'Vragenlijst geïmporteerd', en: 'Questionnaire imported' },
  'indicators.import': { nl: 'Cijfers geïmporteerd', en: 'Figures imported' },
  'indicators.cbs-import': { nl: 'Cijfers opgehaald bij het CBS', en: 'Figures fetched from CBS' },
  'areas.import': { nl: 'Gebiedsindeling (wijken en buurten) geïmporteerd', en: 'Area register (districts and neighbourhoods) imported' },
  'opgaven.write': { nl: 'Vragenlijsten aan een opgave gekoppeld', en: 'Questionnaires linked to a societal task' },
  'curation.write': { nl: 'Verhaal gekozen voor de raad', en: 'Story chosen for the council' },
  'report.publish': { nl: 'Rapport gepubliceerd', en: 'Report published' },
  'membership.change': { nl: 'Rol van een account gewijzigd', en: 'Role of an account changed' },
  'password.reset-link': { nl: 'Link gemaakt om een wachtwoord opnieuw in te stellen', en: 'Password reset link created' },
  'retention.delete': { nl: 'Verhalen verwijderd na de bewaartermijn', en: 'Stories deleted after the retention period' },
  'tenant.export': { nl: 'Alle gegevens van de gemeente gedownload', en: 'All data of the municipality downloaded' },
  'tenant.import': { nl: 'Gegevens van een gemeente teruggezet', en: 'Data of a municipality restored' },
  'codes.delete': { nl: 'Code uit het codeboek verwijderd, met haar coderingen', en: 'Code removed from the codebook, with its codings' },
  'observation.edit': { nl: 'Observatie aangepast (titel, toelichting of sterkte)', en: 'Observation changed (title, text or strength)' },
  'observation.delete': { nl: 'Observatie verwijderd, met haar duidingen', en: 'Observation removed, with its interpretations' },
  'perspective.edit': { nl: 'Perspectief hernoemd of beschrijving aangepast', en: 'Perspective renamed or its description changed' },
  'perspective.delete': {
    nl: 'Perspectief verwijderd (de duidingen zijn weer niet ingedeeld)',
    en: 'Perspective removed (its interpretations are unsorted again)',
  },
  'codes.import': { nl: 'Codes en coderingen ingelezen uit een QDPX-project', en: 'Codes and codings read from a QDPX project' },
  'network.join': { nl: 'Aangesloten bij een netwerk (toestemming van de gemeente)', en: "Joined a network (the municipality's consent)" },
  'network.leave': { nl: 'Netwerk verlaten', en: 'Left a network' },
  'network.named': { nl: 'Keuze gewijzigd om in het netwerk bij naam genoemd te worden', en: 'Choice changed to be named in the network' },
  'network.adopt': { nl: 'Versie van de netwerkvragenlijst overgenomen', en: 'Version of the network questionnaire adopted' },
  'network.version': { nl: 'Nieuwe versie van het gedeelde instrument van een netwerk', en: "New version of a network's shared instrument" },
  'network.report': { nl: 'Vergelijking van een netwerk gepubliceerd als rapport', en: 'Network comparison published as a report' },
  'network.providers': { nl: 'Aanbieders van een netwerk gewijzigd', en: 'Providers of a network changed' },
  'network.story-release': {
    nl: 'Verhaal gedeeld met een netwerk (met toestemming van de verteller)',
    en: "Story shared with a network (with the teller's consent)",
  },
  'network.story-take-back': { nl: 'Gedeeld verhaal teruggenomen uit een netwerk', en: 'Shared story taken back from a network' },
} as const satisfies Record<string, { nl: string; en: string }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The description of a code; a code from an older version without one reads as itself. */
export function describeAuditAction(action: string, lang: 'nl' | 'en'): string {
  return (AUDIT_ACTIONS as Record<string, { nl: string; en: string }>)[action]?.[lang] ?? action;
}

/** Names of the detail keys that appear in audit entries. */
const DETAIL_LABELS: Record<string, { nl: string; en: string }> = {
  stories: { nl: 'verhalen', en: 'stories' },
  story: { nl: 'verhaal', en: 'story' },
  replaced: { nl: 'vervangen', en: 'replaced' },
  collectionsCreated: { nl: 'nieuwe verzamelingen', en: 'collections created' },
  from: { nl: 'van', en: 'from' },
  rows: { nl: 'rijen', en: 'rows' },
  accounts: { nl: 'accounts', en: 'accounts' },
  administratorAdded: { nl: 'beheerder toegevoegd', en: 'administrator added' },
  linksNotRestored: { nl: 'koppelingen niet teruggezet', en: 'links not restored' },
  questionnaires: { nl: 'vragenlijsten', en: 'questionnaires' },
  storiesBehind: { nl: 'verhalen achter een cijfer', en: 'stories behind a figure' },
  total: { nl: 'totaal', en: 'total' },
  page: { nl: 'pagina', en: 'page' },
  observations: { nl: 'waarnemingen', en: 'observations' },
  definitions: { nl: 'cijferdefinities', en: 'indicator definitions' },
  definitionsCreated: { nl: 'nieuwe cijferdefinities', en: 'indicator definitions created' },
  mode: { nl: 'soort', en: 'kind' },
  consentAsked: { nl: 'toestemming gevraagd', en: 'consent asked' },
  version: { nl: 'versie', en: 'version' },
  outcome: { nl: 'uitkomst', en: 'outcome' },
  opgave: { nl: 'opgave', en: 'societal task' },
  period: { nl: 'periode', en: 'period' },
  format: { nl: 'formaat', en: 'format' },
  change: { nl: 'wijziging', en: 'change' },
  role: { nl: 'rol', en: 'role' },
  by: { nl: 'via', en: 'by' },
  providerCode: { nl: 'aanbieder', en: 'provider' },
  patternKey: { nl: 'patroon', en: 'pattern' },
  curationCandidates: { nl: 'verhalen om uit te kiezen', en: 'stories to choose from' },
  areas: { nl: 'gebieden', en: 'areas' },
  years: { nl: 'jaren', en: 'years' },
  table: { nl: 'tabel', en: 'table' },
  api: { nl: 'koppeling', en: 'API' },
  edition: { nl: 'editie', en: 'edition' },
  retrievedAt: { nl: 'opgehaald op', en: 'retrieved at' },
  areasAdded: { nl: 'gebieden toegevoegd', en: 'areas added' },
  indicators: { nl: 'cijfers', en: 'indicators' },
  named: { nl: 'bij naam genoemd', en: 'named' },
  questionnaire: { nl: 'vragenlijst', en: 'questionnaire' },
  networkVersion: { nl: 'netwerkversie', en: 'network version' },
  interpretations: { nl: 'duidingen', en: 'interpretations' },
  placed: { nl: 'ingedeeld in een perspectief', en: 'placed in a perspective' },
  dialogues: { nl: 'dialogen', en: 'dialogues' },
};

const VALUE_WORDS: Record<string, { nl: string; en: string }> = {
  add: { nl: 'toegevoegd', en: 'added' },
  remove: { nl: 'weggehaald', en: 'removed' },
  cli: { nl: 'de opdrachtregel', en: 'the command line' },
  page: { nl: 'de pagina', en: 'the page' },
  sso: { nl: 'inloggen via de organisatie', en: 'single sign-on' },
};

function valueText(value: unknown, lang: 'nl' | 'en'): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return value ? (lang === 'nl' ? 'ja' : 'yes') : lang === 'nl' ? 'nee' : 'no';
  if (typeof value === 'number') return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(value);
  if (typeof value === 'string') return VALUE_WORDS[value]?.[lang] ?? value;
  if (Array.isArray(value)) return value.map((v) => valueText(v, lang)).join(', ');
  if (typeof value === 'object') return auditDetailText(value as Record<string, unknown>, lang);
  return String(value);
}

/** `{ stories: 12, replaced: 0 }` → "verhalen: 12; vervangen: 0". */
export function auditDetailText(detail: Record<string, unknown>, lang: 'nl' | 'en'): string {
  return Object.entries(detail)
    .map(([key, value]) => `${DETAIL_LABELS[key]?.[lang] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}: ${valueText(value, lang)}`)
    .join('; ');
}
