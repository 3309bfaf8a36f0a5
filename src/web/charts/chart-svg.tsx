// A scene of the one chart engine (domain/charts) on a page: the same SVG writer as the HTML
// report, an image with a title and description that screen readers announce. No script and no
// inline style: the shapes' classes take their colours from duiding.css ("Monitor charts"), so the
// SVG prints, follows the theme and works under a strict CSP. The table alternative is the page's.
import { raw } from 'hono/html';
import type { ChartScene } from '../../domain/charts/scene.ts';
import { sceneToSvg } from '../../domain/charts/svg.ts';

export function ChartSvg({ id, title, desc, scene }: { id: string; title: string; desc: string; scene: ChartScene }) {
  return raw(sceneToSvg(scene, { id, title, desc, class: 'duiding-chart' }));
}
