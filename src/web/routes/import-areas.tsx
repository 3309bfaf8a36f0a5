// POST /importeren/gebieden (the area register from a file), POST /importeren/cbs (figures from
// CBS StatLine) and GET /importeren/sjablonen/gebieden.csv. Both imports need indicators.write;
// a refusal shows every problem and nothing is saved.
import type { Context } from 'hono';
import type { CbsConfig } from '../../config.ts';
import { formatProblem, InputRejected, type Problem } from '../../domain/problems.ts';
import type { PageEnv as AppEnv } from '../view.ts';
import { allows } from '../../services/auth/policy.ts';
import { importAreas } from '../../services/areas.ts';
import { importCbs, parseIndicatorMapping } from '../../services/cbs/import.ts';
import { describeRead } from '../../services/tables/table-source.ts';
import { formCsrfMatches } from '../form-security.ts';
import type { AreaForm, AreaOutcome } from '../pages/import-areas.tsx';
import { MessagePage } from '../pages/message.tsx';
import { withFormFile } from '../uploaded-file.ts';
import type { View } from '../view.ts';
import { orFormAgain, serviceContext } from '../../http/kit.ts';

/** The register template: the header and one line per level, with CBS's own code shapes. */
export const AREAS_TEMPLATE_CSV =
  'code,name,year,parent\r\nGM0599,Rotterdam,2024,\r\nWK059901,Stadsdriehoek,2024,GM0599\r\nBU05990110,Oude Westen,2024,WK059901\r\n';

export async function areaImport(
  c: Context<AppEnv>,
  form: AreaForm,
  v: View,
  cbs: CbsConfig,
  showPage: (outcome: AreaOutcome) => Promise<Response>,
): Promise<Response> {
  const session = v.session!;
  const body = await c.req.parseBody();
  if (!formCsrfMatches(body, session)) return c.html(<MessagePage view={v} title={v.t.errors.forbiddenTitle} message={v.t.errors.csrf} />, 403);
  if (!allows(session.roles, 'indicators.write')) return c.html(<MessagePage view={v} title={v.t.errors.forbiddenTitle} message={v.t.errors.forbidden} />, 403);
  const a = v.t.areas.importForm;
  const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
  const ctx = serviceContext(c);
  const values = { table: field('table'), indicators: field('indicators'), areas: field('areas'), addAreas: field('addAreas') === '1' };
  const shown = (problems: Problem[]) => showPage({ form, problems: problems.map((problem) => formatProblem(problem, v.lang)), values });
  return orFormAgain(
    async () => {
      if (form === 'gebieden') {
        const file = body.file;
        if (!(file instanceof File) || file.size === 0) return showPage({ form, problems: [v.t.importPage.noFile] });
        const year = field('year');
        if (year !== '' && !/^\d{4}$/.test(year)) {
          throw new InputRejected([
            {
              field: v.lang === 'nl' ? 'jaar' : 'year',
              code: 'invalid-year',
              nl: `"${year}" is geen jaar (zoals 2024)`,
              en: `"${year}" is not a year (such as 2024)`,
            },
          ]);
        }
        const result = await withFormFile(file, (source) => importAreas(ctx, source, { year: year === '' ? undefined : Number(year) }));
        const how = result.read.format === 'geojson' ? 'GeoJSON' : describeRead(result.read, v.lang);
        return showPage({ form, summary: `${a.areasDone(result.areas, result.years.join(', '), result.withGeometry)} ${v.t.importTemplates.readAs(how)}` });
      }
      const { mapping, problems } = parseIndicatorMapping(values.indicators);
      if (problems.length > 0) throw new InputRejected(problems);
      const areas = values.areas
        .split(/[\s,]+/)
        .map((s) => s.toUpperCase())
        .filter(Boolean);
      const result = await importCbs(ctx, cbs, { table: values.table, indicators: mapping, areas, addAreas: values.addAreas });
      return showPage({ form, summary: a.cbsDone(result.observations, result.table, result.api), values });
    },
    shown,
    ['input', 'not-found'],
  );
}
