// Renders a page component to HTML text for tests that read what a page says, without a server.
import { messages, type Lang } from '../../../src/web/i18n/index.ts';
import type { View } from '../../../src/web/view.ts';

export function viewIn(lang: Lang): View {
  return { lang, t: messages(lang), session: null, languageHref: '/', may: () => false };
}

/** The page's text with tags removed and whitespace collapsed. */
export async function textOf(node: unknown): Promise<string> {
  const html = String(await (node as { toString(): string | Promise<string> }).toString());
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
