// The triad: a dot in a triangle whose corners share 100%. See teller-widgets.js.
import { arrow, el, fire, fmt, frame, isRtl, numberOf, round1, setOff, svgPoint } from './teller-widget-kit.js';

// The triangle: corner 1 at the top, 2 bottom left, 3 bottom right (svg units). Right to left,
// corners 2 and 3 swap sides: corner 2 stays at the start of the reading order, under the first
// bottom label. The weights stay per corner, so a stored answer means the same in every language.
/** @typedef {[number, number]} Point */
/** @typedef {[Point, Point, Point]} Corners */

/** @type {Corners} */
const LTR_CORNERS = [
  [100, 8],
  [8, 168],
  [192, 168],
];
/** @type {Corners} */
const RTL_CORNERS = [LTR_CORNERS[0], LTR_CORNERS[2], LTR_CORNERS[1]];

/**
 * The three weights (summing to 1) of a point in the triangle.
 * @param {Corners} CORNERS
 * @param {number[]} point
 * @returns {number[]}
 */
function weightsAt(CORNERS, [x, y]) {
  const [[ax, ay], [bx, by], [cx, cy]] = CORNERS;
  const det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
  const w1 = ((by - cy) * (x - cx) + (cx - bx) * (y - cy)) / det;
  const w2 = ((cy - ay) * (x - cx) + (ax - cx) * (y - cy)) / det;
  const w = [w1, w2, 1 - w1 - w2].map((n) => Math.max(0, n));
  const sum = w[0] + w[1] + w[2];
  return w.map((n) => n / sum);
}

/** @type {(CORNERS: Corners, w: number[]) => number[]} */
const pointIn = (CORNERS, w) => [0, 1].map((axis) => w[0] * CORNERS[0][axis] + w[1] * CORNERS[1][axis] + w[2] * CORNERS[2][axis]);

/**
 * Where the dot is, in words: nearest corner(s) and every corner's share.
 * @param {number[] | null} weights
 * @param {string[]} labels
 * @param {Pick<import('./teller-widget-kit.js').ClientTexts, 'notPlaced' | 'middle' | 'allEqual' | 'between' | 'closerTo'>} texts
 */
export function describeTriad(weights, labels, texts) {
  if (!weights) return texts.notPlaced;
  const order = [0, 1, 2].sort((a, b) => weights[b] - weights[a]);
  const [hi, mid, lo] = order.map((i) => weights[i]);
  let where;
  if (hi - lo < 0.1) where = `${texts.middle}: ${texts.allEqual}`;
  else if (hi - mid < 0.12) where = fmt(texts.between, { label: labels[order[0]], other: labels[order[1]] });
  else where = fmt(texts.closerTo, { label: labels[order[0]] });
  const shares = labels.map((label, i) => `${label} ${Math.round(weights[i] * 100)}%`).join(', ');
  return `${where} (${shares})`;
}

/** @type {import('./teller-widget-kit.js').WidgetFactory} */
export function triadWidget(fieldset, box, texts) {
  const inputs = [.../** @type {NodeListOf<HTMLInputElement>} */ (box.querySelectorAll('.teller-fallback input'))];
  /** @type {string[]} */
  const labels = JSON.parse(box.dataset.corners ?? '[]');
  const { legendId, na, describedBy } = frame(fieldset, box, texts.triadHint);
  const CORNERS = isRtl(box) ? RTL_CORNERS : LTR_CORNERS;
  /** @param {number[]} w */
  const pointOf = (w) => pointIn(CORNERS, w);
  const top = Object.assign(el('p', 'teller-triad__top', { 'aria-hidden': 'true' }), { textContent: labels[0] });
  const svg = /** @type {SVGSVGElement} */ (
    el('svg:svg', 'teller-triad__svg', {
      viewBox: '0 0 200 176',
      role: 'slider',
      tabindex: 0,
      'aria-labelledby': legendId,
      'aria-describedby': describedBy,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
    })
  );
  svg.append(el('svg:polygon', 'teller-triad__area', { points: CORNERS.map((p) => p.join(',')).join(' ') }));
  const dot = el('svg:circle', 'teller-triad__dot', { r: 9 });
  svg.append(dot);
  const bottom = el('div', 'teller-triad__bottom', { 'aria-hidden': 'true' });
  bottom.append(Object.assign(el('span'), { textContent: labels[1] }), Object.assign(el('span'), { textContent: labels[2] }));
  const shown = el('p', 'teller-value', { 'aria-hidden': 'true' });
  const wrap = el('div', 'teller-triad');
  wrap.append(top, svg, bottom, shown);
  box.append(wrap);

  const read = () => {
    const values = inputs.map(numberOf);
    if (values.every((v) => v === null)) return null;
    const w = values.map((v) => Math.max(0, v ?? 0));
    const sum = w[0] + w[1] + w[2];
    return sum > 0 ? w.map((v) => v / sum) : null;
  };
  const describe = () => (na?.checked ? texts.notApplicable : describeTriad(read(), labels, texts));
  const render = () => {
    const w = read();
    box.classList.toggle('teller-widget--empty', !w);
    const [x, y] = pointOf(w ?? [1 / 3, 1 / 3, 1 / 3]);
    dot.setAttribute('cx', String(x));
    dot.setAttribute('cy', String(y));
    svg.setAttribute('aria-valuenow', String(Math.round((w ?? [1 / 3])[0] * 100)));
    svg.setAttribute('aria-valuetext', describe());
    shown.textContent = describe();
    setOff(box, [svg], Boolean(na?.checked));
  };
  /** @param {number[] | null} w */
  const set = (w) => {
    inputs.forEach((input, i) => {
      input.value = w ? String(round1(w[i] * 100)) : '';
    });
    fire(inputs[0]);
    render();
  };
  svg.addEventListener('keydown', (event) => {
    if (na?.checked) return;
    const w = read();
    const d = arrow(event, 8);
    // Screen directions: the triangle is already mirrored in RTL, so no flip is needed here.
    if (d) set(w ? weightsAt(CORNERS, [pointOf(w)[0] + d[0], pointOf(w)[1] - d[1]]) : [1 / 3, 1 / 3, 1 / 3]);
    else if (event.key === 'Home') set([1 / 3, 1 / 3, 1 / 3]);
    else if (event.key === 'Delete' || event.key === 'Backspace') set(null);
    else return;
    event.preventDefault();
  });
  /** @param {PointerEvent} event */
  const fromPointer = (event) => {
    const p = svgPoint(svg, event);
    set(weightsAt(CORNERS, [p.x, p.y]));
  };
  svg.addEventListener('pointerdown', (event) => {
    if (na?.checked) return;
    svg.setPointerCapture(event.pointerId);
    svg.focus();
    fromPointer(event);
    event.preventDefault();
  });
  svg.addEventListener('pointermove', (event) => {
    if (svg.hasPointerCapture(event.pointerId)) fromPointer(event);
  });
  na?.addEventListener('change', render);
  render();
  return { sync: render, describe };
}
