// The page and problem text while `duiding restore` swaps the database of a running server
// (src/http/maintenance-front.ts). Outside the workbench's catalogs because it is answered
// without the app: no session, no language cookie, so both languages at once.
export const maintenanceNl = {
  title: 'Even geduld',
  text: 'Duiding zet een back-up terug en is zo weer bereikbaar. Probeer het over een paar seconden opnieuw.',
};

export const maintenanceEn = {
  title: 'One moment',
  text: 'Duiding is restoring a backup and will be back shortly. Please try again in a few seconds.',
};
