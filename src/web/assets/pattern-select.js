// Choosing a part of a pattern chart (/patronen/{key}/patroon) with the keyboard or the mouse.
// Every bar, group and area is already a link to its stories, so the page works without this
// script (each part is a Tab stop). With it, a chart is one Tab stop: the arrow keys move between
// its parts (to the nearest part in that direction), Home and End go to the first and last, Enter
// or Space opens the stories; the part in focus or under the mouse is highlighted and announced.
// A chart with a range (a slider's histogram: data-select-range on the <svg>, each bar's range in
// data-range-from and data-range-max) also takes a range of bars: drag over them with the mouse, or
// hold Shift with the left and right arrows; releasing the mouse, or Enter, opens the stories from
// the first bar's lowest value to the last bar's highest (var=…&min=…&max=, both inclusive).

/**
 * The centre of a part on the page.
 * @param {Element} cell
 * @returns {{ x: number, y: number }}
 */
function centre(cell) {
  const box = cell.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * The nearest part in the direction of an arrow key, or null.
 * @param {Element[]} cells
 * @param {Element} from
 * @param {string} key
 * @returns {Element | null}
 */
export function nearest(cells, from, key) {
  const here = centre(from);
  /** @type {Element | null} */
  let best = null;
  let bestScore = Infinity;
  for (const cell of cells) {
    if (cell === from) continue;
    const there = centre(cell);
    const dx = there.x - here.x;
    const dy = there.y - here.y;
    const along = key === 'ArrowRight' ? dx : key === 'ArrowLeft' ? -dx : key === 'ArrowDown' ? dy : -dy;
    const across = key === 'ArrowRight' || key === 'ArrowLeft' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0.5) continue;
    // Straight ahead first: distance across the direction weighs more than along it.
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = cell;
    }
  }
  return best;
}

/** @type {HTMLElement | null} */
const status = document.querySelector('[data-select-status]');

/**
 * @param {Element[]} cells
 * @param {Element} chosen
 */
function choose(cells, chosen) {
  for (const cell of cells) {
    cell.classList.toggle('is-chosen', cell === chosen);
    cell.setAttribute('tabindex', cell === chosen ? '0' : '-1');
  }
  if (status) status.textContent = `${chosen.getAttribute('data-label') ?? ''}. ${status.dataset.selectHint ?? ''}`;
}

/**
 * The address of the stories in the bars lo..hi of a range chart.
 * @param {Element} chart
 * @param {Element[]} cells
 * @param {number} lo
 * @param {number} hi
 */
function rangeHref(chart, cells, lo, hi) {
  const url = new URL(chart.getAttribute('data-select-range') ?? '', window.location.href);
  url.searchParams.set('min', cells[lo].getAttribute('data-range-from') ?? '');
  url.searchParams.set('max', cells[hi].getAttribute('data-range-max') ?? '');
  return `${url.pathname}${url.search}`;
}

/**
 * Drag-to-select and Shift+arrows on a chart whose bars carry a range. Returns the key handler's
 * part: whether it handled the key.
 * @param {Element} chart
 * @param {Element[]} cells
 */
function rangeSelection(chart, cells) {
  const numbers = new Intl.NumberFormat(document.documentElement.lang || 'nl');
  /** @type {{ anchor: number, lo: number, hi: number } | null} */
  let range = null;
  let dragging = false;
  let dragged = false;

  /** @param {{ anchor: number, lo: number, hi: number } | null} next */
  function show(next) {
    range = next;
    cells.forEach((cell, i) => cell.classList.toggle('is-in-range', !!next && next.hi > next.lo && i >= next.lo && i <= next.hi));
    if (!next || next.hi === next.lo || !status) return;
    const n = cells.slice(next.lo, next.hi + 1).reduce((sum, cell) => sum + Number(cell.getAttribute('data-count') ?? 0), 0);
    const value = (/** @type {Element} */ cell, /** @type {string} */ name) => numbers.format(Number(cell.getAttribute(name)));
    status.textContent = (chart.getAttribute('data-range-label') ?? '')
      .replace('{from}', value(cells[next.lo], 'data-range-from'))
      .replace('{to}', value(cells[next.hi], 'data-range-max'))
      .replace('{n}', numbers.format(n));
  }

  /** @param {number} anchor @param {number} end */
  const span = (anchor, end) => ({ anchor, lo: Math.min(anchor, end), hi: Math.max(anchor, end) });

  /** The bar nearest the pointer along the axis (empty bars are no parts; the nearest one is). */
  function cellAt(/** @type {number} */ x) {
    let best = 0;
    cells.forEach((cell, i) => {
      if (Math.abs(centre(cell).x - x) < Math.abs(centre(cells[best]).x - x)) best = i;
    });
    return best;
  }

  chart.addEventListener('mousedown', (event) => {
    const mouse = /** @type {MouseEvent} */ (event);
    const cell = /** @type {Element} */ (mouse.target).closest('[data-select-cell]');
    if (mouse.button !== 0 || !cell) return;
    // No native dragging of the link and no text selection while choosing a range.
    mouse.preventDefault();
    dragging = true;
    dragged = false;
    show(span(cells.indexOf(cell), cells.indexOf(cell)));
  });
  chart.addEventListener('mousemove', (event) => {
    if (!dragging || !range) return;
    const end = cellAt(/** @type {MouseEvent} */ (event).clientX);
    if (end !== range.anchor) dragged = true;
    show(span(range.anchor, end));
  });
  window.addEventListener('mouseup', () => {
    if (!dragging) return;
    dragging = false;
    if (dragged && range && range.hi > range.lo) window.location.assign(rangeHref(chart, cells, range.lo, range.hi));
  });
  // After a drag the click lands on a bar (or the chart): the range opens, not that one bar.
  chart.addEventListener(
    'click',
    (event) => {
      if (dragged) event.preventDefault();
    },
    true,
  );

  /**
   * @param {KeyboardEvent} event
   * @param {Element} current
   * @returns {boolean}
   */
  return (event, current) => {
    const at = cells.indexOf(current);
    if (event.shiftKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      const end = Math.max(0, Math.min(cells.length - 1, at + (event.key === 'ArrowRight' ? 1 : -1)));
      const next = span(range && range.hi > range.lo ? range.anchor : at, end);
      /** @type {HTMLElement | SVGElement} */ (cells[end]).focus();
      show(next);
      return true;
    }
    if ((event.key === 'Enter' || event.key === ' ') && range && range.hi > range.lo) {
      window.location.assign(rangeHref(chart, cells, range.lo, range.hi));
      return true;
    }
    if (event.key !== 'Shift') show(null);
    return false;
  };
}

for (const chart of document.querySelectorAll('[data-select-chart]')) {
  const cells = [...chart.querySelectorAll('[data-select-cell]')];
  if (cells.length === 0) continue;
  cells.forEach((cell, i) => cell.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  for (const cell of cells) {
    cell.addEventListener('focus', () => choose(cells, cell));
    cell.addEventListener('mouseenter', () => cell.classList.add('is-hovered'));
    cell.addEventListener('mouseleave', () => cell.classList.remove('is-hovered'));
  }
  const ranged = chart.hasAttribute('data-select-range') ? rangeSelection(chart, cells) : null;
  chart.addEventListener('keydown', (event) => {
    const key = /** @type {KeyboardEvent} */ (event).key;
    const current = document.activeElement;
    if (!current || !cells.includes(current)) return;
    if (ranged?.(/** @type {KeyboardEvent} */ (event), current)) {
      event.preventDefault();
      return;
    }
    /** @type {Element | null} */
    let next = null;
    if (key.startsWith('Arrow')) next = nearest(cells, current, key);
    else if (key === 'Home') next = cells[0];
    else if (key === 'End') next = cells[cells.length - 1];
    else if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      const href = current.getAttribute('href');
      if (href) window.location.assign(href);
      return;
    } else return;
    event.preventDefault();
    if (next) /** @type {HTMLElement | SVGElement} */ (next).focus();
  });
}
