// Shared helpers of the storyteller's widgets (teller-slider.js, teller-triad.js, teller-stones.js).

/**
 * The texts the page gives its scripts (JSON): the `client` part of the teller's messages.
 * @typedef {import('../i18n/teller.ts').TellerMessages['client']} ClientTexts
 * @typedef {{ sync(): void, describe(): string }} Widget
 * @typedef {(fieldset: HTMLElement, box: HTMLElement, texts: ClientTexts) => Widget} WidgetFactory
 */

const SVG = 'http://www.w3.org/2000/svg';
let counter = 0;

/** @type {(template: string, vars: Record<string, string | number>) => string} */
export const fmt = (template, vars) => template.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
/** @type {(n: number, lo: number, hi: number) => number} */
export const clamp = (n, lo, hi) => Math.min(hi, Math.max(lo, n));
/** @type {(n: number) => number} */
export const round1 = (n) => Math.round(n * 10) / 10;

/**
 * An element with a class and attributes; `svg:circle` makes an SVG element.
 * @overload
 * @param {`svg:${string}`} tag
 * @param {string} [className]
 * @param {Record<string, string | number>} [attrs]
 * @returns {SVGElement}
 */
/**
 * @overload
 * @param {string} tag
 * @param {string} [className]
 * @param {Record<string, string | number>} [attrs]
 * @returns {HTMLElement}
 */
/**
 * @param {string} tag
 * @param {string} [className]
 * @param {Record<string, string | number>} [attrs]
 * @returns {Element}
 */
export function el(tag, className, attrs = {}) {
  const node = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  if (className) node.setAttribute('class', className);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** @param {HTMLInputElement} input */
export function fire(input) {
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * @param {HTMLInputElement} input
 * @returns {number | null}
 */
export function numberOf(input) {
  const text = input.value.trim().replace(',', '.');
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * The pointer's position in the SVG's own coordinates.
 * @param {SVGSVGElement} svg
 * @param {{ clientX: number, clientY: number }} event
 */
export function svgPoint(svg, event) {
  const point = svg.createSVGPoint();
  point.x = event.clientX;
  point.y = event.clientY;
  return point.matrixTransform(/** @type {DOMMatrix} */ (svg.getScreenCTM()).inverse());
}

/**
 * Right to left (Arabic, Hebrew …): the widgets mirror like the page, so the start of an axis is
 * on the right. The arrow keys still move the point the way they point on the screen (left is
 * left), in both directions: what you press is what you see; the stored value keeps its meaning.
 */
/** @type {(node: Element) => boolean} */
export const isRtl = (node) => getComputedStyle(node).direction === 'rtl';

/**
 * Arrow keys → [dx, dy] on the screen, "up is positive y"; null for other keys.
 * @param {KeyboardEvent} event
 * @param {number} step
 * @returns {[number, number] | null}
 */
export function arrow(event, step) {
  const s = event.shiftKey ? step * 2 : step;
  /** @type {Record<string, [number, number]>} */
  const moves = { ArrowLeft: [-s, 0], ArrowRight: [s, 0], ArrowUp: [0, s], ArrowDown: [0, -s] };
  return moves[event.key] ?? null;
}

/**
 * Common frame: hides the fallback, wires "niet van toepassing", adds a keyboard hint.
 * @param {HTMLElement} fieldset
 * @param {HTMLElement} box
 * @param {string} hintText
 */
export function frame(fieldset, box, hintText) {
  /** @type {HTMLElement} */ (box.querySelector('.teller-fallback')).hidden = true;
  const legendId = /** @type {HTMLLegendElement} */ (fieldset.querySelector('legend')).id;
  const hint = el('p', 'teller-visually-hidden', { id: `teller-hint-${++counter}` });
  hint.textContent = hintText;
  box.append(hint);
  const na = /** @type {HTMLInputElement | null} */ (fieldset.querySelector('input[name$=".na"]'));
  const describedBy = [fieldset.querySelector('.teller-help')?.id, hint.id].filter(Boolean).join(' ');
  return { legendId, na, describedBy };
}

/**
 * @param {Element} box
 * @param {Element[]} controls
 * @param {boolean} off
 */
export function setOff(box, controls, off) {
  box.classList.toggle('teller-widget--off', off);
  for (const c of controls) c.setAttribute('aria-disabled', String(off));
}
