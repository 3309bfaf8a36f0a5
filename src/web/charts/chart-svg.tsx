// A scene of the one chart engine (domain/charts) on a page: the same SVG writer as the HTML
// report, an image with a title and description that screen readers announce. No script and no
// inline style: the shapes' classes take their colours from duiding.css ("Monitor charts") and
// patterns.css (the interactive charts), so the SVG prints, follows the theme and works under a
// strict CSP. The table alternative is the page's.
//
// `select` makes it an interactive chart (the pattern workbench): a group named by its title and
// description whose parts are links to the stories behind them. Without JavaScript each part is
// an ordinary link (Tab, Enter); assets/pattern-select.js adds arrow keys between the parts, a
// spoken "chosen: …", a visible highlight and, where the chart has a range, drag-to-select.
import { raw } from 'hono/html';
import type { ChartScene } from '../../domain/charts/scene.ts';
import { sceneToSvg } from '../../domain/charts/svg.ts';

interface ChartSvgProps {
  id: string;
  title: string;
  desc: string;
  scene: ChartScene;
  select?: { data?: Record<string, string> };
}

export function ChartSvg({ id, title, desc, scene, select }: ChartSvgProps) {
  return raw(sceneToSvg(scene, { id, title, desc, class: select ? 'duiding-chart duiding-select' : 'duiding-chart', select }));
}
