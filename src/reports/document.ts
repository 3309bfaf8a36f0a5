// The council report as a neutral document: cover, summary, sections of blocks. Built once from
// the monitor (build-document.ts) and rendered twice — HTML (html.ts) and PDF (pdf.ts) — so both
// formats always carry the same content, and a suppressed figure can only reach either of them
// through this one model (it never does: the monitor is built with the council's view).

import type { Choropleth } from '../domain/areas/choropleth.ts';

export type ReportLang = 'nl' | 'en';

/** A chart that both renderers draw as vectors, always followed by its table alternative. */
export interface ReportChart {
  /** bars: horizontal bars per category (one or more series); lines: values over periods; map: a choropleth (`map`). */
  kind: 'bars' | 'lines' | 'map';
  title: string;
  /** One-sentence description: the SVG's <desc> and the PDF figure's alternative text. */
  description: string;
  unit: string;
  /** Header of the first table column, e.g. "Wijk" or "Jaar". */
  categoryLabel: string;
  /** Bars: the category labels. Lines: the periods on the x axis. */
  categories: string[];
  /**
   * A string is a value that is missing or suppressed ("te weinig verhalen", "geen cijfer"): a gap
   * in the chart, and that text in the table — never a number.
   */
  series: { name: string; values: (number | string)[] }[];
  /** kind "map": the projected areas, their classes and the legend (domain/areas/choropleth.ts). */
  map?: Choropleth;
  /** kind "map": the legend's words for a hidden and a missing value. */
  mapLegend?: { suppressed: string; missing: string };
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; emphasis?: boolean }
  | { kind: 'note'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'quote'; title: string; text: string; source: string }
  | { kind: 'chart'; chart: ReportChart }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] }
  /** A labelled status, e.g. an assumption with "houdt stand". */
  | { kind: 'status'; label: string; status: string; tone: 'good' | 'doubt' | 'bad' | 'unknown'; detail: string[] };

interface ReportSection {
  /** Stable anchor, e.g. "indicatoren". */
  id: string;
  title: string;
  blocks: ReportBlock[];
}

interface ReportCover {
  municipality: string;
  opgave: string;
  opgaveDescription: string;
  period: string;
  /** Already formatted in the report's language. */
  date: string;
  fictional: boolean;
}

export interface ReportDocument {
  lang: ReportLang;
  /** Document title: "Raadsrapportage {opgave} {period}". */
  title: string;
  cover: ReportCover;
  /** The municipality's colour (hex), from tenants.settings.theme. */
  accent: string;
  /** Texts the renderers need (contents, page numbers, table alternative). */
  labels: {
    documentKind: string;
    contents: string;
    page: (n: number, total: number) => string;
    tableAlternative: string;
    fictional: string;
    generatedOn: string;
    period: string;
  };
  sections: ReportSection[];
}
