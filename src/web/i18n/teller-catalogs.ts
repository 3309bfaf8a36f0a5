// The storyteller's interface per language: one catalog per language (teller.ts holds Dutch and
// English, the others one file each). A questionnaire may be in any language (BCP 47 tag); its
// interface strings come from here, by the full tag or its primary subtag ("ar-MA" → "ar"),
// else Dutch — the language of the municipality — and the designer says so (translations page).
import { tellerAr } from './teller-ar.ts';
import { tellerPl } from './teller-pl.ts';
import { tellerTr } from './teller-tr.ts';
import { tellerUk } from './teller-uk.ts';
import { tellerEn, tellerNl, type TellerMessages } from './teller.ts';

export const TELLER_CATALOGS: Readonly<Record<string, TellerMessages>> = {
  nl: tellerNl,
  en: tellerEn,
  ar: tellerAr,
  tr: tellerTr,
  pl: tellerPl,
  uk: tellerUk,
};

/** The catalog's language for a tag: "ar-MA" → "ar"; null when there is none. */
export function tellerCatalogLanguage(tag: string): string | null {
  if (TELLER_CATALOGS[tag]) return tag;
  const primary = tag.toLowerCase().split('-')[0];
  return TELLER_CATALOGS[primary] ? primary : null;
}

export function tellerMessages(tag: string): TellerMessages {
  return TELLER_CATALOGS[tellerCatalogLanguage(tag) ?? 'nl'];
}
