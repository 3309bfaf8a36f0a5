// Choosing a part of a pattern chart (/patronen/{key}/patroon) with the keyboard or the mouse.
// Every bar, group and area is already a link to its stories, so the page works without this
// script (each part is a Tab stop). With it, a chart is one Tab stop: the arrow keys move between
// its parts (to the nearest part in that direction), Home and End go to the first and last, Enter
// or Space opens the stories; the part in focus or under the mouse is highlighted and announced.

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

for (const chart of document.querySelectorAll('[data-select-chart]')) {
  const cells = [...chart.querySelectorAll('[data-select-cell]')];
  if (cells.length === 0) continue;
  cells.forEach((cell, i) => cell.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  for (const cell of cells) {
    cell.addEventListener('focus', () => choose(cells, cell));
    cell.addEventListener('mouseenter', () => cell.classList.add('is-hovered'));
    cell.addEventListener('mouseleave', () => cell.classList.remove('is-hovered'));
  }
  chart.addEventListener('keydown', (event) => {
    const key = /** @type {KeyboardEvent} */ (event).key;
    const current = document.activeElement;
    if (!current || !cells.includes(current)) return;
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
