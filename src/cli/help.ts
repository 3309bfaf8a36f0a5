export const GENERAL_HELP = `duiding — verhalen naast de cijfers (participatief narratief evalueren)

Gebruik: duiding <commando> [opties]   (elk commando heeft --help)

  serve [--port P] [--host A]    start de webapplicatie (http://localhost:3000)
  migrate                        werk het databaseschema bij
  seed-demo                      vul de fictieve demogemeente "Gemeente Voorbeeld"
  import questionnaire FILE      vragenlijst (duiding.questionnaire/v1, JSON)
  import stories FILE            verhalen (duiding.stories/v1, CSV of XLSX) --questionnaire KEY
  import indicators FILE         cijfers (duiding.indicators/v1, CSV, XLSX of JSON) [--definitions FILE]
  import areas FILE              gebiedenregister (CSV, XLSX of GeoJSON met vormen voor de kaart) [--year JAAR]
  import narrafirma              verhalen uit NarraFirma --questionnaire KEY --form FORM.csv --stories STORIES.csv
  import sensemaker              verhalen uit SenseMaker --questionnaire KEY --definition DEF.json --stories EXPORT.csv
  import qdpx FILE               codes en coderingen uit een REFI-QDA-project --questionnaire KEY
  cbs import TABLE               cijfers van CBS StatLine --indicators KEY=CBSKEY,… [--areas GM0599] [--add-areas]
  export questionnaire KEY       vragenlijst als JSON
  export stories                 verhalen als CSV of XLSX --questionnaire KEY [--out FILE.csv|FILE.xlsx]
  export indicators              waarnemingen (of --definitions) als CSV, of XLSX [--out FILE.xlsx]
  export sensemaker              verhalen in de CSV-indeling van SenseMaker --questionnaire KEY --out FILE.csv
  export qdpx                    verhalen, codeboek en coderingen als REFI-QDA-project --questionnaire KEY --out FILE.qdpx
  patterns                       patronen in de verhalen --questionnaire KEY [--filter rol=jongere] [--json]
  stories                        de verhalen achter een patroon --questionnaire KEY [--var …] [--search …]
  words                          woorden die een groep onderscheiden --questionnaire KEY --a gevoel=boos
  link                           verhalen naast de cijfers (warm × koud) --questionnaire KEY
  redact                         haal persoonsgegevens uit tekst (standaardinvoer → standaarduitvoer)
  report                         raadsrapportage als PDF of HTML --opgave KEY --out rapport.pdf [--period 2026]
  retention                      verwijder verhalen na hun bewaartermijn (alle gemeenten)
  tenant create                  nieuwe gemeente met beheerder --slug X --name "Gemeente X" --admin-email E
  user reset-link                eenmalige link om een wachtwoord in te stellen --email E
  tenant export                  alle gegevens van een gemeente als ZIP --out FILE
  tenant delete                  verwijder een gemeente met al haar gegevens --confirm SLUG
  tenant import FILE             zet een gemeente terug uit haar ZIP-export [--tenant NIEUWE-NAAM]
  network create                 lerend netwerk van gemeenten --slug eemland --name "Regio Eemland"
  network join                   sluit een gemeente aan (namens haar beheerder) --network SLUG --tenant SLUG
  network leave                  haal een gemeente uit een netwerk --network SLUG --tenant SLUG
  backup                         back-up van de ingebouwde database --out FILE
  restore FILE                   zet een back-up van de ingebouwde database terug (server gestopt)

Algemene opties:
  --tenant SLUG   de gemeente (standaard: voorbeeld)
  --help          uitleg bij een commando

Omgeving: DATABASE_URL (PostgreSQL-server) of DUIDING_DATA_DIR (ingebouwde database, standaard ./data), PORT.
`;
