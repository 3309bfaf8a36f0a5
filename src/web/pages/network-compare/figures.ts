// How a network figure reads on the page: the number in the reader's language, or what the
// marker means ("te weinig verhalen", "te weinig gemeenten", "niet bij naam").
import type { NetworkFigure } from '../../../domain/network/disclosure.ts';
import type { networkCompareNl } from '../../i18n/network-compare.ts';

export function figureText(figure: NetworkFigure | null | undefined, texts: typeof networkCompareNl, lang: string, digits = 0): string {
  if (figure === null || figure === undefined) return texts.figure.missing;
  if (typeof figure === 'number') return figure.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits });
  if ('tooFewMembers' in figure) return texts.figure.tooFewMembers;
  if ('notNamed' in figure) return texts.figure.notNamed;
  return texts.figure.suppressed;
}
