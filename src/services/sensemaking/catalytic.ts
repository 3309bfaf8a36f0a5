// The catalytic report of one questionnaire (issue 11): every observation run again on today's
// stories, its chart as a report chart (the one chart engine draws it in HTML and PDF), its
// interpretations and the perspectives board. For analysts and facilitators (observations.read);
// it is never built for the council, whose view is "Wat we zagen" in the monitor.
import { findTenantById } from '../../db/repositories/monitor.repository.ts';
import { findQuestionnaire } from '../../db/repositories/questionnaires.repository.ts';
import { buildCatalyticDocument, type CatalyticObservation } from '../../reports/catalytic.ts';
import type { ReportChart, ReportDocument, ReportLang } from '../../reports/document.ts';
import { renderHtml } from '../../reports/html.ts';
import { renderPdf } from '../../reports/pdf.ts';
import type { ServiceContext } from '../context.ts';
import { unknownQuestionnaire } from '../import-questionnaire.ts';
import { accentOf } from '../reports.ts';
import { listObservations, type Observation } from './observations.ts';
import { perspectiveBoard } from './perspectives.ts';
import { rerunSource, type Rerun } from './rerun.ts';

const KIND = {
  nl: { pattern: 'Patroon', compare: 'Vergelijking', selection: 'Selectie van verhalen' },
  en: { pattern: 'Pattern', compare: 'Comparison', selection: 'Selection of stories' },
};

async function catalyticDocument(ctx: ServiceContext, questionnaireKey: string, lang: ReportLang = 'nl'): Promise<ReportDocument> {
  const questionnaire = await findQuestionnaire(ctx.db, ctx.tenantId, questionnaireKey);
  if (!questionnaire) throw unknownQuestionnaire(questionnaireKey);
  const title = questionnaire.definition.title[lang] ?? questionnaire.definition.title.nl ?? questionnaire.key;
  const tenant = await findTenantById(ctx.db, ctx.tenantId);
  const observations = await listObservations(ctx, { questionnaire: questionnaireKey });
  const board = await perspectiveBoard(ctx, questionnaireKey);
  const perspectiveName = new Map(board.perspectives.map((p) => [p.id, p.name]));
  const printed: CatalyticObservation[] = [];
  // One after the other: PGlite has one connection, and each re-run reads the answer snapshot.
  for (const o of observations) printed.push(await printed_(ctx, o, lang, perspectiveName));
  return buildCatalyticDocument({
    lang,
    municipality: tenant?.name ?? '',
    fictional: tenant?.fictional ?? false,
    accent: accentOf(tenant?.settings),
    questionnaire: { key: questionnaire.key, title },
    observations: printed,
    perspectives: board.perspectives.map((p) => ({
      name: p.name,
      description: p.description,
      interpretations: p.interpretations.map((i) => ({ text: i.text, observation: i.observation.title })),
    })),
    unsorted: board.unsorted.map((i) => ({ text: i.text, observation: i.observation.title })),
  });
}

export async function catalyticReport(
  ctx: ServiceContext,
  questionnaireKey: string,
  format: 'html' | 'pdf',
  lang: ReportLang = 'nl',
): Promise<string | Buffer> {
  const doc = await catalyticDocument(ctx, questionnaireKey, lang);
  return format === 'html' ? renderHtml(doc) : renderPdf(doc);
}

async function printed_(ctx: ServiceContext, o: Observation, lang: ReportLang, perspectiveName: Map<string, string>): Promise<CatalyticObservation> {
  const rerun = await rerunSource(ctx, o.questionnaire, o.source);
  const { facts, chart, about } = figuresOf(rerun, lang);
  return {
    title: o.title,
    body: o.body,
    strength: o.strength,
    source: about ? `${KIND[lang][o.source.kind]}: ${about}` : KIND[lang][o.source.kind],
    facts,
    chart,
    interpretations: o.interpretations.map((i) => ({ text: i.text, perspective: i.perspectiveId ? (perspectiveName.get(i.perspectiveId) ?? null) : null })),
    complete: o.complete,
  };
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/** Today's figures of a source as sentences and one report chart (analysts' view: no suppression). */
function figuresOf(rerun: Rerun, lang: ReportLang): { facts: string[]; chart: ReportChart | null; about: string } {
  const nl = lang === 'nl';
  if (rerun.kind === 'unavailable') {
    const why = rerun.problems.map((p) => (nl ? p.nl : p.en)).join('; ');
    return { facts: [nl ? `Dit kan niet meer worden uitgerekend: ${why}.` : `This can no longer be computed: ${why}.`], chart: null, about: '' };
  }
  if (rerun.kind === 'pattern') {
    const { row, main } = rerun.detail;
    const about = `${row.a[lang]} × ${row.b[lang]}`;
    const facts = [row.sentence[lang], nl ? `${row.pattern.n} verhalen.` : `${row.pattern.n} stories.`];
    if (main.kind === 'table') {
      const totals = main.counts.map((r) => r.reduce((s, n) => s + n, 0));
      return {
        about,
        facts,
        chart: {
          kind: 'bars',
          title: `${row.b[lang]} ${nl ? 'per' : 'by'} ${row.a[lang]} (%)`,
          description: row.sentence[lang],
          unit: '%',
          categoryLabel: row.a[lang],
          categories: main.rows.map((r) => `${r.label[lang]} (n = ${totals[main.rows.indexOf(r)]})`),
          series: main.columns.map((c, j) => ({ name: c.label[lang], values: main.counts.map((r, i) => percent(r[j], totals[i])) })),
        },
      };
    }
    if (main.kind === 'groups') {
      return {
        about,
        facts,
        chart: {
          kind: 'bars',
          title: `${row.a[lang]}: ${nl ? 'mediaan per groep' : 'median per group'}`,
          description: row.sentence[lang],
          unit: main.share ? '%' : '',
          categoryLabel: row.b[lang],
          categories: main.groups.map((g) => `${g.display[lang]} (n = ${g.n})`),
          series: [{ name: nl ? 'Mediaan' : 'Median', values: main.groups.map((g) => (main.share ? Math.round(g.median * 1000) / 10 : g.median)) }],
        },
      };
    }
    const g = main.grid;
    const bin = (b: { from: number; max: number | null }) => `${b.from}–${b.max ?? b.from}`;
    return {
      about,
      facts,
      chart: {
        kind: 'bars',
        title: `${row.a[lang]} × ${row.b[lang]} (${nl ? 'aantal verhalen' : 'number of stories'})`,
        description: row.sentence[lang],
        unit: '',
        categoryLabel: row.a[lang],
        categories: g.x.map(bin),
        series: g.y.map((yb, j) => ({
          name: `${row.b[lang]} ${bin(yb)}`,
          values: g.x.map((_, i) => g.cells.find((c) => c.i === i && c.j === j)?.count ?? 0),
        })),
      },
    };
  }
  if (rerun.kind === 'selection') {
    const s = rerun.selection;
    const about = s.conditions.map((c) => `${c.variable[lang]}: ${c.text[lang]}`).join('; ');
    const words = (s.words?.topA ?? [])
      .filter((w) => w.z > 0)
      .slice(0, 10)
      .map((w) => w.word);
    const facts = [nl ? `${s.stories.total} verhalen in deze selectie.` : `${s.stories.total} stories in this selection.`];
    if (words.length) facts.push(`${nl ? 'Woorden die opvallen' : 'Words that stand out'}: ${words.join(', ')}.`);
    return { facts, chart: null, about };
  }
  const doc = rerun.compare;
  const about = doc.subsets.map((s) => `${s.name.toUpperCase()} = ${s.filter}`).join('; ');
  const top = doc.questions.filter((q) => q.q !== null).sort((x, y) => (x.q ?? 1) - (y.q ?? 1))[0];
  const facts = [nl ? `${doc.stories} verhalen in de groepen.` : `${doc.stories} stories in the subsets.`];
  if (!top) return { facts, chart: null, about };
  facts.push(nl ? `Grootste verschil: ${top.key} (q = ${top.q!.toPrecision(2)}).` : `Largest difference: ${top.key} (q = ${top.q!.toPrecision(2)}).`);
  return {
    about,
    facts,
    chart: {
      kind: 'bars',
      title: `${top.key} ${nl ? 'per groep' : 'per subset'} (%)`,
      description: about,
      unit: '%',
      categoryLabel: top.key,
      categories: top.categories,
      series: top.groups.map((g) => ({ name: `${g.subset.toUpperCase()} (n = ${g.n})`, values: g.counts.map((n) => percent(n, g.n)) })),
    },
  };
}
