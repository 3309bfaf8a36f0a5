// Shared by the designer's route modules: reading a posted form into flat values, turning
// problems into messages by field, and the small kit of guards and responses every handler uses.
import type { Context, MiddlewareHandler } from 'hono';
import type { InputRejected } from '../../domain/problems.ts';
import type { Permission } from '../../services/auth/policy.ts';
import type { RequestEnv as AppEnv } from '../../http/request-env.ts';
import type { RequestEnv } from '../../http/request-env.ts';
import type { SaveResult } from '../../services/questionnaire-designer.ts';
import type { FieldErrors, Values } from '../components/field.tsx';
import { errorsByField } from '../pages/designer/question-values.ts';
import type { View } from '../view.ts';

export type C = Context<AppEnv>;

export interface DesignerKit {
  guard(permission: Permission): MiddlewareHandler<AppEnv>;
  view(c: C): View;
  afterSave(c: C, key: string, result: SaveResult, anchor?: string): Response;
  orNotFound(c: C, work: () => Promise<Response>): Promise<Response>;
  notFound(c: C, v: View): Response | Promise<Response>;
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

