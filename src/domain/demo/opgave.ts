// The demo opgave with a small theory of change. Each statement names its assumptions and the
// indicators and story questions that can confirm or contradict them.
import type { DemoOpgave, DemoStatement } from './types.ts';

type StatementInput = Omit<DemoStatement, 'text'>;

function statement(input: StatementInput): DemoStatement {
  return { ...input, text: `Als wij ${input.action}, draagt dat bij aan ${input.contributesTo}, omdat ${input.because}.` };
}

export function opgave(): DemoOpgave {
  return {
    key: 'zo-thuis',
    title: 'Kinderen en jongeren groeien zo thuis mogelijk op',
    domain: 'jeugd',
    description:
      'Gemeente Voorbeeld wil dat kinderen en jongeren zo veel mogelijk thuis, in hun eigen wijk en op hun ' +
      'eigen school opgroeien. Hulp komt vroeg, dichtbij en past bij het gezin. Als een kind toch niet ' +
      'thuis kan wonen, dan is dat zo kort en zo thuis mogelijk.',
    theoryOfChange: [
      statement({
        key: 'vroeg-dichtbij',
        action: 'het wijkteam dichtbij laten werken en binnen twee weken een eerste gesprek bieden',
        contributesTo: 'minder zware hulp en minder jongeren die buiten huis wonen',
        because: 'problemen dan eerder gezien en aangepakt worden',
        assumptions: [
          { key: 'vroeg-melden', text: 'Gezinnen melden zich eerder als het wijkteam dichtbij en bekend is.' },
          { key: 'wachten-verergert', text: 'Lang wachten maakt problemen thuis groter.' },
        ],
        buildingBlock: 'activiteiten-en-veranderverhaal',
        indicators: ['wachttijd_weken', 'jeugdhulp_verblijf_per_1000'],
        questions: ['wachtweken', 'thuis', 'steun'],
      }),
      statement({
        key: 'vaste-contactpersoon',
        action: 'elk gezin één vaste contactpersoon geven',
        contributesTo: 'hulp die beter past bij wat het gezin nodig heeft',
        because: 'ouders en jongeren hun verhaal dan maar één keer hoeven te vertellen en zich gehoord voelen',
        assumptions: [
          { key: 'contact-gehoord', text: 'Met een vaste contactpersoon voelen ouders én jongeren zich gehoord.' },
          { key: 'contact-haalbaar', text: 'Aanbieders kunnen een vaste contactpersoon ook bij personeelstekort waarmaken.' },
        ],
        buildingBlock: 'kwaliteit-van-activiteiten',
        indicators: ['kosten_per_client'],
        questions: ['gehoord', 'wat_hielp', 'gevoel', 'cijfer'],
      }),
      statement({
        key: 'samen-met-school',
        action: 'wijkteam, jeugdhulp en school laten samenwerken rond een leerling',
        contributesTo: 'jongeren die thuis wonen en op school blijven',
        because: 'signalen dan eerder worden gedeeld en de hulp op elkaar aansluit',
        assumptions: [{ key: 'school-signaleert', text: 'School ziet problemen vroeg en deelt ze met het wijkteam.' }],
        buildingBlock: 'samenwerking',
        indicators: ['jongeren_met_jeugdhulp_pct'],
        questions: ['steun', 'wie_hielp'],
      }),
      statement({
        key: 'netwerk-versterken',
        action: 'het eigen netwerk van gezinnen versterken',
        contributesTo: 'kinderen die zo thuis mogelijk opgroeien',
        because: 'familie, buren en vrienden steun geven die blijft als de hulp stopt',
        assumptions: [
          { key: 'netwerk-aanwezig', text: 'De meeste gezinnen hebben een netwerk dat kan en wil helpen.' },
          { key: 'geen-overbelasting', text: 'Meer inzet van het netwerk leidt niet tot overbelaste mantelzorgers.' },
        ],
        buildingBlock: 'maatschappelijke-resultaten',
        indicators: ['jeugdhulp_verblijf_per_1000', 'wmo_mantelzorg_ondersteuning_per_1000'],
        questions: ['wie_hielp', 'thuis'],
      }),
    ],
  };
}
