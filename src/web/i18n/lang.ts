/** The workbench's two languages; the teller's page offers more (i18n/teller-*.ts). */
export type Lang = 'nl' | 'en';
