// The staalkaart sociaal domein: per domain its legal basis and how much room the council has to
// choose locally (keuzeruimte), with a one-line explanation. These defaults hold until a
// municipality writes its own row (domain_profiles); they describe the national frame in 2026.
import { DOMAINS, type Domain } from '../opgaven/vocabulary.ts';
import { InputRejected, type Problem } from '../problems.ts';

export { DOMAINS, type Domain };

export const ROOMS = ['groot', 'beperkt', 'klein'] as const;
export type Room = (typeof ROOMS)[number];

export interface DomainDefault {
  legalBasis: string;
  room: Room;
  explanation: { nl: string; en: string };
}

export const DOMAIN_DEFAULTS: Record<Domain, DomainDefault> = {
  jeugd: {
    legalBasis: 'Jeugdwet',
    room: 'groot',
    explanation: {
      nl: 'De gemeente kiest zelf hoe zij preventie, toegang en inkoop regelt; wel moet zij passende jeugdhulp bieden.',
      en: 'The municipality chooses how it organises prevention, access and purchasing, but must provide suitable youth care.',
    },
  },
  wmo: {
    legalBasis: 'Wet maatschappelijke ondersteuning 2015',
    room: 'groot',
    explanation: {
      nl: 'De gemeente bepaalt welke voorzieningen er zijn en hoe de toegang werkt, zolang inwoners passende ondersteuning krijgen.',
      en: 'The municipality decides which services exist and how access works, as long as residents get suitable support.',
    },
  },
  participatie: {
    legalBasis: 'Participatiewet',
    room: 'beperkt',
    explanation: {
      nl: 'De hoogte van de bijstand ligt landelijk vast; de gemeente kiest de aanpak van werk, re-integratie en bijzondere bijstand.',
      en: 'Benefit levels are set nationally; the municipality chooses its approach to work, reintegration and special assistance.',
    },
  },
  schulden: {
    legalBasis: 'Wet gemeentelijke schuldhulpverlening',
    room: 'groot',
    explanation: {
      nl: 'De wet zegt vooral dát de gemeente schuldhulp biedt en snel reageert; hoe zij dat doet, kiest zij zelf.',
      en: 'The law mainly says that the municipality offers debt help and responds quickly; how is its own choice.',
    },
  },
  wonen: {
    legalBasis: 'Woningwet en Huisvestingswet 2014',
    room: 'beperkt',
    explanation: {
      nl: 'Afspraken met corporaties en de huisvestingsverordening zijn lokaal; huurregels en bouwregels zijn landelijk.',
      en: 'Agreements with housing associations and the allocation bylaw are local; rent and building rules are national.',
    },
  },
  veiligheid: {
    legalBasis: "Gemeentewet en Wet veiligheidsregio's",
    room: 'klein',
    explanation: {
      nl: 'De burgemeester heeft eigen bevoegdheden en veel werk is regionaal; de raad stuurt vooral met het veiligheidsplan.',
      en: 'The mayor holds own powers and much work is regional; the council steers mainly through the safety plan.',
    },
  },
  onderwijs: {
    legalBasis: 'Wet passend onderwijs en Leerplichtwet 1969',
    room: 'klein',
    explanation: {
      nl: 'Scholen en samenwerkingsverbanden gaan over het onderwijs; de gemeente over leerplicht, huisvesting en vervoer.',
      en: 'Schools and their partnerships run education; the municipality handles compulsory attendance, buildings and transport.',
    },
  },
  gezondheid: {
    legalBasis: 'Wet publieke gezondheid',
    room: 'beperkt',
    explanation: {
      nl: 'De GGD doet veel taken regionaal; de gemeente kiest eigen accenten in haar lokale gezondheidsbeleid.',
      en: 'The regional public health service does many tasks; the municipality sets its own priorities in local health policy.',
    },
  },
};

const MAX_PROFILE_TEXT = 300;

export interface DomainProfileInput {
  legalBasis: string;
  room: string;
  explanation: string;
}

/** Checks a municipality's own row: a known domain, a room from the list, short one-line texts. */
export function parseDomainProfile(domain: string, input: DomainProfileInput): { domain: Domain; legalBasis: string; room: Room; explanation: string } {
  if (!(DOMAINS as readonly string[]).includes(domain)) {
    throw new InputRejected([{ field: 'domain', code: 'unknown-domain', nl: `domein "${domain}" bestaat niet`, en: `domain "${domain}" does not exist` }], 404);
  }
  const problems: Problem[] = [];
  const line = (field: string, value: string, nl: string, en: string) => {
    const text = value.replace(/\s+/g, ' ').trim();
    if (!text) problems.push({ field, code: 'missing', nl: `vul ${nl} in`, en: `fill in ${en}` });
    else if (text.length > MAX_PROFILE_TEXT)
      problems.push({
        field,
        code: 'too-long',
        nl: `${nl} mag hoogstens ${MAX_PROFILE_TEXT} tekens zijn`,
        en: `${en} may be at most ${MAX_PROFILE_TEXT} characters`,
      });
    return text;
  };
  const legalBasis = line('legal_basis', input.legalBasis, 'de wet', 'the law');
  const explanation = line('room_explanation', input.explanation, 'de toelichting', 'the explanation');
  if (!(ROOMS as readonly string[]).includes(input.room)) {
    problems.push({ field: 'room', code: 'invalid-room', nl: 'kies de keuzeruimte: groot, beperkt of klein', en: 'choose the room: groot, beperkt or klein' });
  }
  if (problems.length) throw new InputRejected(problems);
  return { domain: domain as Domain, legalBasis, room: input.room as Room, explanation };
}
