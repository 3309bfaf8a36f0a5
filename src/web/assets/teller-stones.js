// The stones: items placed on a 2-D canvas, 0–100 on both axes. See teller-widgets.js.
import { arrow, clamp, el, fire, fmt, frame, isRtl, numberOf, setOff, svgPoint } from './teller-widget-kit.js';

/** @type {import('./teller-widget-kit.js').WidgetFactory} */
export function stonesWidget(fieldset, box, texts) {
  /** @type {[string, string][]} [key, label] per stone */
  const stones = JSON.parse(box.dataset.stones ?? '[]');
  const xLabel = box.dataset.x ?? '';
  const yLabel = box.dataset.y ?? '';
  const { legendId, na, describedBy } = frame(fieldset, box, texts.stoneMoveHint);
  // Right to left the x axis starts on the right (as the page reads); x keeps its meaning
  // (0 = least of the x label), only where it is drawn changes. See isRtl in the kit.
  const rtl = isRtl(box);
  /** @param {number} x */
  const screenX = (x) => (rtl ? 105 - x : 5 + x);
  const pairs = stones.map(([key]) => ['x', 'y'].map((axis) => /** @type {HTMLInputElement} */ (box.querySelector(`input[name$=".${key}.${axis}"]`))));
  const wrap = el('div', 'teller-stones');
  const yAxis = Object.assign(el('p', 'teller-stones__axes', { 'aria-hidden': 'true' }), { textContent: `↑ ${yLabel}` });
  const svg = /** @type {SVGSVGElement} */ (el('svg:svg', '', { viewBox: '0 0 110 130', role: 'group', 'aria-labelledby': legendId }));
  const plot = el('svg:rect', 'teller-stones__plot', { x: 5, y: 5, width: 100, height: 100 });
  const tray = el('svg:rect', 'teller-stones__tray', { x: 5, y: 111, width: 100, height: 15, rx: 2 });
  svg.append(plot, tray);
  const xAxis = Object.assign(el('p', 'teller-stones__axes teller-stones__axes--x', { 'aria-hidden': 'true' }), {
    textContent: `${xLabel} ${rtl ? '←' : '→'}`,
  });
  const legend = el('ol', 'teller-stones__legend', { 'aria-hidden': 'true' });
  const nodes = stones.map(([, label], i) => {
    const g = el('svg:g', 'teller-stone', {
      role: 'slider',
      tabindex: 0,
      'aria-label': label,
      'aria-describedby': describedBy,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
    });
    g.append(el('svg:circle', 'teller-stone__ring', { r: 6.5 }), el('svg:circle', '', { r: 4.8 }));
    const number = el('svg:text');
    number.textContent = String(i + 1);
    g.append(number);
    svg.append(g);
    legend.append(Object.assign(el('li'), { textContent: label }));
    return g;
  });
  wrap.append(yAxis, svg, xAxis, legend);
  box.append(wrap);
  let active = 0;

  /**
   * @param {number} i
   * @returns {[number, number] | null}
   */
  const read = (i) => {
    const [x, y] = pairs[i].map(numberOf);
    return x === null || y === null ? null : [clamp(x, 0, 100), clamp(y, 0, 100)];
  };
  /** @param {number} i */
  const valueText = (i) => {
    const p = read(i);
    return p ? `${xLabel} ${fmt(texts.outOf, { value: Math.round(p[0]) })}, ${yLabel} ${fmt(texts.outOf, { value: Math.round(p[1]) })}` : texts.notPlaced;
  };
  const describe = () => {
    if (na?.checked) return texts.notApplicable;
    const placed = stones.flatMap(([, label], i) => (read(i) ? [`${label}: ${valueText(i)}`] : []));
    return placed.length ? placed.join('; ') : texts.notAnswered;
  };
  const render = () => {
    nodes.forEach((g, i) => {
      const p = read(i);
      const [x, y] = p ? [screenX(p[0]), 105 - p[1]] : [screenX((i + 0.5) * (100 / nodes.length)), 118.5];
      g.setAttribute('transform', `translate(${x} ${y})`);
      g.classList.toggle('teller-stone--unplaced', !p);
      g.classList.toggle('teller-stone--active', i === active);
      g.setAttribute('aria-valuenow', String(Math.round(p ? p[0] : 50)));
      g.setAttribute('aria-valuetext', valueText(i));
    });
    setOff(box, nodes, Boolean(na?.checked));
  };
  /**
   * @param {number} i
   * @param {number[] | null} p
   */
  const set = (i, p) => {
    pairs[i][0].value = p ? String(Math.round(clamp(p[0], 0, 100))) : '';
    pairs[i][1].value = p ? String(Math.round(clamp(p[1], 0, 100))) : '';
    fire(pairs[i][0]);
    render();
  };
  nodes.forEach((g, i) => {
    g.addEventListener('focus', () => {
      active = i;
      render();
    });
    g.addEventListener('keydown', (event) => {
      if (na?.checked) return;
      const p = read(i);
      const d = arrow(event, 5);
      if (d) set(i, p ? [p[0] + (rtl ? -d[0] : d[0]), p[1] + d[1]] : [50, 50]);
      else if (event.key === 'Home') set(i, [50, 50]);
      else if (event.key === 'Delete' || event.key === 'Backspace') set(i, null);
      else return;
      event.preventDefault();
    });
  });
  /** @type {number | null} */
  let dragging = null;
  /**
   * @param {number} i
   * @param {PointerEvent} event
   */
  const placeAt = (i, event) => {
    const pt = svgPoint(svg, event);
    set(i, pt.y > 108 ? null : [rtl ? 105 - pt.x : pt.x - 5, 105 - pt.y]);
  };
  svg.addEventListener('pointerdown', (event) => {
    if (na?.checked) return;
    const hit = nodes.findIndex((g) => g.contains(/** @type {Node | null} */ (event.target)));
    dragging = hit >= 0 ? hit : active;
    active = dragging;
    svg.setPointerCapture(event.pointerId);
    nodes[dragging].focus();
    if (hit < 0) placeAt(dragging, event);
    event.preventDefault();
  });
  svg.addEventListener('pointermove', (event) => {
    if (dragging !== null && svg.hasPointerCapture(event.pointerId)) placeAt(dragging, event);
  });
  svg.addEventListener('pointerup', () => {
    dragging = null;
  });
  na?.addEventListener('change', render);
  render();
  return { sync: render, describe };
}
