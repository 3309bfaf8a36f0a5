// The perspectives board with a mouse or the arrow keys (/perspectieven/{questionnaire}). Every
// card already has a form ("Verplaats naar perspectief" + button) that works without this script;
// dragging a card onto a column, or pressing ← / → on a focused card, chooses that column in the
// card's own select and submits the same form. After the move the page comes back with the card
// in the address (#kaart-…), and the card gets the focus again, so a keyboard user keeps their place.

const board = document.querySelector('[data-board]');
const hint = document.getElementById('bord-toetsen');

/** @returns {HTMLElement[]} */
function columns() {
  return board ? Array.from(board.querySelectorAll('[data-perspective]')) : [];
}

/**
 * Moves a card to the column with this perspective id ('' = not sorted yet) by its own form.
 * @param {HTMLElement} card
 * @param {string} perspective
 */
function moveTo(card, perspective) {
  const form = card.querySelector('form');
  const select = card.querySelector('select');
  if (!form || !select || select.value === perspective) return;
  select.value = perspective;
  form.requestSubmit();
}

/** @param {HTMLElement} card */
function columnOf(card) {
  const column = /** @type {HTMLElement | null} */ (card.closest('[data-perspective]'));
  return column ? columns().indexOf(column) : -1;
}

if (board) {
  for (const card of /** @type {NodeListOf<HTMLElement>} */ (board.querySelectorAll('[data-card]'))) {
    card.draggable = true;
    card.tabIndex = 0;
    if (hint) card.setAttribute('aria-describedby', hint.id);
    card.addEventListener('dragstart', (event) => {
      event.dataTransfer?.setData('text/plain', card.dataset.card ?? '');
      card.classList.add('duiding-board__card--dragging');
    });
    card.addEventListener('dragend', () => card.classList.remove('duiding-board__card--dragging'));
    card.addEventListener('keydown', (event) => {
      // Only on the card itself: inside its select the arrows choose an option.
      if (event.target !== card || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
      const all = columns();
      const next = columnOf(card) + (event.key === 'ArrowRight' ? 1 : -1);
      if (next < 0 || next >= all.length) return;
      event.preventDefault();
      moveTo(card, all[next].dataset.perspective ?? '');
    });
  }
  for (const column of columns()) {
    column.addEventListener('dragover', (event) => {
      event.preventDefault();
      column.classList.add('duiding-board__column--target');
    });
    column.addEventListener('dragleave', () => column.classList.remove('duiding-board__column--target'));
    column.addEventListener('drop', (event) => {
      event.preventDefault();
      column.classList.remove('duiding-board__column--target');
      const id = event.dataTransfer?.getData('text/plain') ?? '';
      const card = /** @type {HTMLElement | null} */ (board.querySelector(`[data-card="${CSS.escape(id)}"]`));
      if (card) moveTo(card, column.dataset.perspective ?? '');
    });
  }
  // Back after a move: the moved card has the focus again.
  const moved = location.hash.startsWith('#kaart-') ? document.getElementById(location.hash.slice(1)) : null;
  if (moved) moved.focus();
}
