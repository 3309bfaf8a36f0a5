// Texts of the network's quality reviews (/netwerken/{slug}/reviews, issue 15). Dutch B1 and
// English. The record's and actions' own words (roles, action kinds, learning levels, statuses)
// are those of local dialogues, in opgaven.ts.
export const networkReviewNl = {
  open: 'Kwaliteitsreviews: casussen en afspraken van het netwerk',
  listTitle: (network: string) => `Kwaliteitsreviews van ${network}`,
  listIntro:
    'In een kwaliteitsreview bespreken de gemeenten van het netwerk samen casussen. Elke gemeente brengt een korte samenvatting in, zonder namen of andere persoonlijke gegevens. Samen spreekt u acties af.',
  back: (network: string) => `Terug naar ${network}`,
  backToList: 'Terug naar de kwaliteitsreviews',
  none: 'Er is nog geen kwaliteitsreview gepland.',
  noneHint: 'Een gespreksleider of de netwerkcoördinator kan hieronder een kwaliteitsreview plannen.',
  captionPlanned: 'Geplande kwaliteitsreviews',
  captionHeld: 'Gehouden kwaliteitsreviews, nieuwste eerst',
  colCases: 'Casussen',
  planTitle: 'Kwaliteitsreview plannen',
  reviewTitle: 'Titel',
  plan: 'Plannen',
  planned: 'De kwaliteitsreview is gepland.',
  saved: 'Opgeslagen.',
  removed: (n: number) =>
    n === 1
      ? 'Let op: we hebben 1 persoonlijk gegeven (zoals een telefoonnummer of BSN) uit de tekst gehaald voordat we die opsloegen.'
      : `Let op: we hebben ${n} persoonlijke gegevens (zoals een telefoonnummer of BSN) uit de tekst gehaald voordat we die opsloegen.`,
  casesTitle: 'Casussen',
  casesIntro:
    'Een casus is een korte samenvatting van een situatie in een gemeente. Er staat nooit een heel verhaal in. U ziet de naam van de gemeente alleen als die gemeente daarvoor gekozen heeft.',
  noCases: 'Nog geen casussen.',
  someMember: 'een gemeente in het netwerk',
  from: 'Van',
  period: 'Periode',
  periodHint: 'Bijvoorbeeld 2026 of het eerste kwartaal van 2026.',
  bringTitle: 'Een casus van uw gemeente inbrengen',
  bringHint:
    'Schrijf een korte samenvatting in uw eigen woorden. Noem geen namen, adressen, telefoonnummers of BSN. Wat er toch in staat, halen we weg voordat we het opslaan. Een casus kunt u daarna niet meer wijzigen.',
  caseTitle: 'Titel van de casus',
  summary: 'Samenvatting',
  bring: 'Casus inbrengen',
  participantsHint: 'Vink aan wie meedoet. Namen zijn niet verplicht.',
};

export const networkReviewEn: typeof networkReviewNl = {
  open: 'Quality reviews: the network’s cases and agreements',
  listTitle: (network: string) => `Quality reviews of ${network}`,
  listIntro:
    'In a quality review the municipalities of the network discuss cases together. Each municipality brings a short summary, without names or other personal details. Together you agree on actions.',
  back: (network: string) => `Back to ${network}`,
  backToList: 'Back to the quality reviews',
  none: 'No quality review has been planned yet.',
  noneHint: 'A facilitator or the network coordinator can plan a quality review below.',
  captionPlanned: 'Planned quality reviews',
  captionHeld: 'Quality reviews held, newest first',
  colCases: 'Cases',
  planTitle: 'Plan a quality review',
  reviewTitle: 'Title',
  plan: 'Plan',
  planned: 'The quality review has been planned.',
  saved: 'Saved.',
  removed: (n: number) =>
    n === 1
      ? 'Please note: we removed 1 personal detail (such as a phone number or BSN) from the text before saving it.'
      : `Please note: we removed ${n} personal details (such as a phone number or BSN) from the text before saving it.`,
  casesTitle: 'Cases',
  casesIntro:
    'A case is a short summary of a situation in a municipality, never a whole story. You see the municipality’s name only when that municipality chose to be named.',
  noCases: 'No cases yet.',
  someMember: 'a municipality in the network',
  from: 'From',
  period: 'Period',
  periodHint: 'For example 2026 or the first quarter of 2026.',
  bringTitle: 'Bring a case of your municipality',
  bringHint:
    'Write a short summary in your own words. Do not mention names, addresses, phone numbers or BSN. Anything of that kind is removed before saving. A case cannot be changed afterwards.',
  caseTitle: 'Title of the case',
  summary: 'Summary',
  bring: 'Bring the case',
  participantsHint: 'Tick who takes part. Names are optional.',
};
