// What the storyteller's page needs beyond the collecting contract (collect-story.ts): the
// municipality's theme tokens, checked so that no setting can inject CSS, and register areas for
// area questions that bring no list of their own.
import type { Database } from '../db/connection.ts';
import { areasAtLevel, tenantSettings } from '../db/repositories/teller.repository.ts';
import type { Questionnaire } from '../domain/questionnaire/types.ts';

/** tenants.settings.theme: a few tokens a municipality may set (docs/teller.md). */
interface TellerTheme {
  primaryColor?: string;
  primaryTextColor?: string;
  linkColor?: string;
  focusColor?: string;
  headerColor?: string;
  headerTextColor?: string;
  fontFamily?: string;
}

const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const FONT = /^[A-Za-z0-9 ,'-]{1,120}$/;
const TOKENS: Record<keyof TellerTheme, { css: string; pattern: RegExp }> = {
  primaryColor: { css: '--teller-primary', pattern: COLOR },
  primaryTextColor: { css: '--teller-primary-text', pattern: COLOR },
  linkColor: { css: '--teller-link', pattern: COLOR },
  focusColor: { css: '--teller-focus', pattern: COLOR },
  headerColor: { css: '--teller-header-bg', pattern: COLOR },
  headerTextColor: { css: '--teller-header-text', pattern: COLOR },
  fontFamily: { css: '--teller-font', pattern: FONT },
};

/** The theme as CSS custom properties, or null when the municipality set none (or only bad ones). */
export function themeCss(settings: unknown): string | null {
  const theme = typeof settings === 'object' && settings !== null ? (settings as { theme?: unknown }).theme : undefined;
  if (typeof theme !== 'object' || theme === null) return null;
  const lines: string[] = [];
  for (const [key, token] of Object.entries(TOKENS)) {
    const value = (theme as Record<string, unknown>)[key];
    if (typeof value === 'string' && token.pattern.test(value)) lines.push(`  ${token.css}: ${value};`);
  }
  return lines.length ? `:root {\n${lines.join('\n')}\n}\n` : null;
}

export async function tellerThemeCss(db: Database, tenantId: string): Promise<string | null> {
  return themeCss(await tenantSettings(db, tenantId));
}

/** Register areas per level for the questionnaire's area questions without a list, sorted by name. */
export async function registerAreas(db: Database, tenantId: string, questionnaire: Questionnaire) {
  const levels = new Set(questionnaire.questions.flatMap((q) => (q.type === 'area' && !q.areas ? [q.level] : [])));
  const result: Record<string, { code: string; name: string }[]> = {};
  for (const level of levels) {
    const rows = await areasAtLevel(db, tenantId, level);
    result[level] = rows.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }
  return result;
}
