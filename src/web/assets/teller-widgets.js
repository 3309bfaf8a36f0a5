// Slider, triad and stones for the storyteller's page. Each widget replaces the question's
// fallback number inputs (which stay in the form, hidden, as the single source of truth) with a
// control for mouse, touch and keyboard: role="slider", arrow keys move the point (the first
// press puts it in the middle), Home = middle, Delete = clear; aria-valuetext says where it is in
// words. "Niet van toepassing" greys it out. See docs/teller.md.

import { sliderWidget } from './teller-slider.js';
import { stonesWidget } from './teller-stones.js';
import { describeTriad, triadWidget } from './teller-triad.js';

export { describeTriad };

/** @type {Record<string, import('./teller-widget-kit.js').WidgetFactory>} */
const FACTORIES = { slider: sliderWidget, triad: triadWidget, stones: stonesWidget };

/**
 * Enhances every widget inside root; returns them by field name (q.<key>).
 * @param {ParentNode} root
 * @param {import('./teller-widget-kit.js').ClientTexts} texts
 * @returns {Map<string, import('./teller-widget-kit.js').Widget>}
 */
export function enhanceWidgets(root, texts) {
  /** @type {Map<string, import('./teller-widget-kit.js').Widget>} */
  const widgets = new Map();
  for (const box of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('.teller-widget[data-widget]'))) {
    const fieldset = /** @type {HTMLElement | null} */ (box.closest('[data-field]'));
    const make = FACTORIES[box.dataset.widget ?? ''];
    if (make && fieldset && !box.dataset.enhanced) {
      box.dataset.enhanced = 'true';
      widgets.set(fieldset.dataset.field ?? '', make(fieldset, box, texts));
    }
  }
  return widgets;
}
