// Shared by the designer's route modules: reading a posted form into flat values, turning
// problems into messages by field, and the redirect after a save.
import type { Context } from 'hono';
import type { InputRejected } from '../../domain/problems.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import type { SaveResult } from '../../services/questionnaire-designer.ts';
import type { FieldErrors, Values } from '../components/field.tsx';
import { errorsByField } from '../pages/designer/question-values.ts';

export type C = Context<AppEnv>;

/** What the designer's route modules share besides the request kit (http/kit.ts). */
export interface DesignerKit {
  afterSave(c: C, key: string, result: SaveResult, anchor?: string): Response;
  base(key: string): string;
}

/** Text fields of a posted form, trimmed to a sane length; files and repeated names ignored. */
export async function formValues(c: C): Promise<Values> {
  const body = await c.req.parseBody();
  const values: Values = {};
  for (const [name, value] of Object.entries(body)) if (typeof value === 'string' && name !== '_csrf') values[name] = value.slice(0, 20_000);
  return values;
}

/** Problems → messages by field, for forms whose field names equal the problem paths. */
export function plainErrors(problems: InputRejected['problems'], fields: string[], lang: 'nl' | 'en'): FieldErrors {
  return errorsByField(problems, new Set(fields), {}, lang);
}

export const textOf = (values: Values, name: string) => {
  const out: Record<string, string> = {};
  for (const lang of ['nl', 'en']) if ((values[`${name}.${lang}`] ?? '').trim()) out[lang] = values[`${name}.${lang}`].trim();
  return out;
};
