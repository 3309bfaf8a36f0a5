// Dutch sentences for demo stories, plain language (B1). Placeholders: {naam} {leeftijd} {wijk}
// {inwijk} {aanbieder} {weken} {relatie} {kind} {hij} {hem}. Words such as "wachtlijst", "steeds opnieuw
// vertellen", "vaste contactpersoon" and "luisterde" carry the patterns the demo is built around.
import type { PhraseBook } from './phrase-book.ts';

export const NL: PhraseBook = {
  openings: {
    self: [
      'Ik ben {leeftijd} en woon met mijn moeder {inwijk}.',
      'Vorig jaar ging het thuis en op school niet goed met mij.',
      'Ik ben {leeftijd} jaar en had lange tijd veel ruzie thuis.',
      'Sinds de scheiding van mijn ouders ging het niet goed met mij.',
      'Ik kwam bijna niet meer op school, omdat ik me zo somber voelde.',
      'Mijn vader en ik konden niet meer met elkaar praten.',
      'Ik woon {inwijk} en zat een tijd helemaal vast.',
    ],
    parent: [
      'Onze {relatie} {naam} ({leeftijd}) liep vast op school.',
      'Met {naam}, onze {relatie} van {leeftijd}, ging het thuis steeds slechter.',
      'Ik ben alleen met drie kinderen, en {naam} ({leeftijd}) had extra zorg nodig.',
      'Toen {naam} ({leeftijd}) niet meer naar school wilde, wisten wij het niet meer.',
      '{naam} is {leeftijd} en heeft veel moeite met veranderingen.',
      'Bij ons thuis {inwijk} liep het vaak uit de hand met {naam}.',
    ],
    carer: [
      'Ik zorg vaak voor mijn {relatie} {naam} ({leeftijd}), omdat het thuis even niet gaat.',
      'Mijn {relatie} {naam} woont {inwijk} en ik help het gezin elke week.',
      'Als familie zag ik dat het thuis bij {naam} ({leeftijd}) niet meer ging.',
    ],
    pro: [
      'Als medewerker van {aanbieder} begeleid ik een gezin {inwijk}.',
      'Ik werk {inwijk} en kreeg een melding over een {kind} van {leeftijd}.',
      'Een moeder belde ons, omdat haar {relatie} van {leeftijd} niet meer naar school ging.',
      'Via school hoorde ik over een leerling van {leeftijd} die vaak afwezig was.',
    ],
  },
  waitLong: [
    ['Ik stond {weken} op de wachtlijst.', 'We stonden {weken} op de wachtlijst.', 'Het gezin stond {weken} op de wachtlijst.'],
    [
      'Op de wachtlijst gebeurde er niets, en het ging steeds slechter met mij.',
      'Op de wachtlijst gebeurde er niets, terwijl het thuis steeds slechter ging.',
      'Op de wachtlijst gebeurde er niets en de situatie thuis werd zwaarder.',
    ],
    'Niemand kon zeggen hoe lang de wachtlijst nog was.',
    'Na {weken} wachten kwam er eindelijk een intake.',
    [
      'Ik heb {weken} gewacht op een plek bij de jeugdhulp.',
      'Wij hebben {weken} gewacht op een plek bij de jeugdhulp.',
      'Het gezin heeft {weken} gewacht op specialistische jeugdhulp.',
    ],
    'In de tijd op de wachtlijst moest school alles opvangen.',
  ],
  waitShort: [
    ['Binnen {weken} had ik een eerste gesprek.', 'Binnen {weken} hadden we een eerste gesprek.', 'Binnen {weken} was er een eerste gesprek met het gezin.'],
    'Het wijkteam kwam al na een paar dagen langs.',
    ['Ik hoefde bijna niet te wachten.', 'We hoefden bijna niet te wachten.', 'Het gezin hoefde bijna niet te wachten.'],
    ['Er was snel hulp, dat had ik niet verwacht.', 'Er was snel hulp, dat hadden we niet verwacht.', 'Er was snel hulp, dat zie ik niet vaak.'],
  ],
  heardLow: [
    [
      'Ik moest mijn verhaal steeds opnieuw vertellen aan iemand anders.',
      'We moesten ons verhaal steeds opnieuw vertellen aan een nieuwe hulpverlener.',
      'Het gezin moest het verhaal steeds opnieuw vertellen, omdat er steeds iemand anders kwam.',
    ],
    [
      'Ze praatten vooral met mijn ouders en niet met mij.',
      'Er werd over ons gepraat, niet met ons.',
      'Ik merkte dat de ouders zich niet serieus genomen voelden.',
    ],
    'Elke keer een ander gezicht, en elke keer alles steeds opnieuw vertellen.',
    ['Niemand vroeg wat ik zelf wilde.', 'Niemand vroeg wat wij zelf nodig hadden.', 'In het overleg vroeg niemand wat het gezin zelf wilde.'],
    ['Het voelde alsof ik een dossier was.', 'Het voelde alsof we een dossiernummer waren.', 'Het systeem leek belangrijker dan het gezin.'],
  ],
  heardMid: [
    ['Soms voelde ik me gehoord, soms niet.', 'Soms voelden we ons gehoord, soms ook niet.', 'De ouders voelden zich soms gehoord, soms niet.'],
    'Het gesprek was vriendelijk, maar daarna gebeurde er weinig.',
    'Er werd wel geluisterd, maar de hulp paste niet helemaal.',
  ],
  heardHigh: [
    [
      'Mijn begeleider luisterde echt naar mij.',
      'De hulpverlener luisterde echt naar wat wij nodig hadden.',
      'Mijn collega luisterde goed naar de ouders en naar de {kind}.',
    ],
    [
      'Er werd eerst gevraagd wat ik zelf wilde.',
      'Er werd eerst gevraagd wat wij zelf belangrijk vonden.',
      'We vroegen eerst wat het gezin zelf belangrijk vond.',
    ],
    'Ze nam de tijd en luisterde zonder te oordelen.',
    [
      'Voor het eerst had ik het gevoel dat iemand me begreep.',
      'Voor het eerst had ik het gevoel dat iemand ons begreep.',
      'Je zag dat het gezin zich begrepen voelde.',
    ],
  ],
  contact: [
    [
      'Ik had één vaste contactpersoon, dat gaf rust.',
      'We kregen een vaste contactpersoon die we altijd konden bellen.',
      'Het gezin kreeg één vaste contactpersoon, dat scheelde veel.',
    ],
    'Door de vaste contactpersoon hoefden we niet alles opnieuw uit te leggen.',
    'Er was één vaste contactpersoon die alles regelde met school en de jeugdhulp.',
  ],
  home: {
    ja: [
      ['Ik woon nog gewoon thuis.', '{naam} woont nog gewoon thuis en gaat weer naar school.', 'De {kind} woont nog thuis en dat gaat steeds beter.'],
      'Thuis is het nu veel rustiger.',
    ],
    deels: [
      [
        'Ik heb een paar maanden bij mijn tante gewoond.',
        '{naam} heeft een tijd in een logeerhuis gewoond, nu is {hij} weer thuis.',
        'De {kind} woonde een tijd in een leefgroep en is nu weer thuis.',
      ],
      'Een paar weekenden per maand logeren hielp om het thuis vol te houden.',
    ],
    nee: [
      ['Ik woon nu in een leefgroep buiten de stad.', '{naam} woont nu in een pleeggezin, en dat doet pijn.', 'Uiteindelijk is de {kind} uit huis geplaatst.'],
      'Thuis wonen lukte niet meer.',
    ],
  },
  schoolGood: [
    ['Mijn mentor dacht goed mee.', 'De mentor op school dacht goed mee en belde het wijkteam.', 'School dacht goed mee en deelde zorgen op tijd.'],
    'De leerplichtambtenaar en het wijkteam zaten samen aan tafel.',
  ],
  schoolBad: [
    [
      'Op school wisten ze niet wat ze met mij aan moesten.',
      'School wist niet goed wat ze met {hem} aan moesten.',
      'School en jeugdhulp werkten langs elkaar heen.',
    ],
    'School en het wijkteam spraken elkaar bijna nooit.',
  ],
  provider: {
    'wijkteam-noord': ['Het wijkteam kwam gewoon bij ons aan de keukentafel zitten.', 'Bij Wijkteam Noord konden we zonder verwijzing binnenlopen.'],
    'jeugdhulp-de-brug': ['De gesprekken bij De Brug waren zwaar, maar wel nodig.', 'Bij Jeugdhulp De Brug wisselden de behandelaars vaak.'],
    gezinspunt: ['Bij het Gezinspunt belde er altijd iemand terug.', 'De gezinscoach van het Gezinspunt kwam elke week.'],
  },
  closing: {
    opgelucht: [
      [
        'Ik ben vooral opgelucht dat er nu iemand is die blijft.',
        'We zijn opgelucht: eindelijk rust in huis.',
        'Het is fijn om te zien dat dit gezin weer lucht heeft.',
      ],
      'Eindelijk een vaste contactpersoon, wat een opluchting.',
    ],
    tevreden: [
      'Het is nog niet perfect, maar het gaat de goede kant op.',
      ['Ik ben tevreden over hoe het nu gaat.', 'We zijn tevreden over hoe het nu gaat.', 'Ik ben tevreden over hoe we dit samen hebben gedaan.'],
    ],
    onzeker: [
      ['Ik weet nog niet of het goed komt.', 'We weten niet wat er gebeurt als de hulp stopt.', 'Ik maak me zorgen over wat er gebeurt als de hulp stopt.'],
      'Het is nog te vroeg om te zeggen of het werkt.',
    ],
    verdrietig: ['Het doet nog steeds pijn als ik eraan denk.', 'Ik vind het verdrietig dat het zo moest lopen.'],
    boos: [
      [
        'Ik ben boos, want met hulp op tijd was dit niet nodig geweest.',
        'Ik ben boos dat we door die wachtlijst zo lang alleen stonden.',
        'Ik ben boos, want deze wachtlijst maakt gezinnen kapot.',
      ],
      'Ik ben het zat om alles steeds opnieuw te vertellen.',
    ],
  },
  titles: {
    opgelucht: [
      'Eindelijk iemand die luisterde',
      'Een vaste contactpersoon maakte het verschil',
      'Weer rust in huis',
      'Hulp op het goede moment',
      'Opgelucht na een zware tijd',
    ],
    tevreden: ['Het gaat de goede kant op', 'Samen met school', 'Kleine stappen vooruit', 'Goede hulp dichtbij'],
    onzeker: ['Wat als de hulp stopt?', 'Nog niet klaar', 'Tussen hoop en zorgen', 'Nog steeds zoeken'],
    verdrietig: ['Niet meer thuis', 'Te laat', 'Een moeilijk jaar', 'Afscheid van thuis'],
    boos: [
      'Maanden op de wachtlijst',
      'Steeds opnieuw vertellen',
      'Van het kastje naar de muur',
      'Niemand voelde zich verantwoordelijk',
      'Wachten en nog eens wachten',
    ],
  },
  themeTitles: [
    '{naam} en de wachtlijst',
    'Hulp {inwijk}',
    'Een jaar met het wijkteam',
    'Wat {naam} nodig had',
    'Ons verhaal',
    'Thuis {inwijk}',
    'Over school en thuis',
  ],
  tips: {
    wait: ['Minder lang wachten.', 'Al hulp bieden tijdens het wachten.', 'Zeg eerlijk hoe lang de wachtlijst nog is.'],
    heard: ['Eén vaste contactpersoon voor het hele gezin.', 'Niet steeds opnieuw mijn verhaal hoeven vertellen.', 'Vraag ook wat de jongere zelf wil.'],
    self: ['Praat met mij, niet alleen met mijn ouders.', 'Minder gesprekken met steeds nieuwe mensen.'],
    general: [
      'Betere samenwerking tussen school en wijkteam.',
      'Minder formulieren.',
      "Dat het wijkteam ook 's avonds bereikbaar is.",
      'Niets, het was goed zo.',
      'Meer hulp dichtbij, in de wijk.',
    ],
  },
  words: {
    weeks: (n) => (n <= 1 ? 'een week' : `${n} weken`),
    child: ['jongen', 'meisje'],
    son: ['zoon', 'dochter'],
    relatives: [
      ['kleinzoon', 'kleindochter'],
      ['neef', 'nicht'],
    ],
    he: ['hij', 'zij'],
    him: ['hem', 'haar'],
  },
};
