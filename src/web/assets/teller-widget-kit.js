// Shared helpers of the storyteller's widgets (teller-slider.js, teller-triad.js, teller-stones.js).

const SVG = 'http://www.w3.org/2000/svg';
let counter = 0;

export const fmt = (template, vars) => template.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
export const clamp = (n, lo, hi) => Math.min(hi, Math.max(lo, n));
export const round1 = (n) => Math.round(n * 10) / 10;

export function el(tag, className, attrs = {}) {
  const node = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  if (className) node.setAttribute('class', className);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function fire(input) {
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function numberOf(input) {
  const text = input.value.trim().replace(',', '.');
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export function svgPoint(svg, event) {
  const point = svg.createSVGPoint();
  point.x = event.clientX;
  point.y = event.clientY;
  return point.matrixTransform(svg.getScreenCTM().inverse());
}

/**
 * Right to left (Arabic, Hebrew …): the widgets mirror like the page, so the start of an axis is
 * on the right. The arrow keys still move the point the way they point on the screen (left is
 * left), in both directions: what you press is what you see; the stored value keeps its meaning.
 */
export const isRtl = (node) => getComputedStyle(node).direction === 'rtl';

/** Arrow keys → [dx, dy] on the screen, "up is positive y"; null for other keys. */
export function arrow(event, step) {
  const s = event.shiftKey ? step * 2 : step;
  return { ArrowLeft: [-s, 0], ArrowRight: [s, 0], ArrowUp: [0, s], ArrowDown: [0, -s] }[event.key] ?? null;
}

/** Common frame: hides the fallback, wires "niet van toepassing", adds a keyboard hint. */
export function frame(fieldset, box, hintText) {
  box.querySelector('.teller-fallback').hidden = true;
  const legendId = fieldset.querySelector('legend').id;
  const hint = el('p', 'teller-visually-hidden', { id: `teller-hint-${++counter}` });
  hint.textContent = hintText;
  box.append(hint);
  const na = fieldset.querySelector('input[name$=".na"]');
  const describedBy = [fieldset.querySelector('.teller-help')?.id, hint.id].filter(Boolean).join(' ');
  return { legendId, na, describedBy };
}

export function setOff(box, controls, off) {
  box.classList.toggle('teller-widget--off', off);
  for (const c of controls) c.setAttribute('aria-disabled', String(off));
}
