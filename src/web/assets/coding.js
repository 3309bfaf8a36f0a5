// Coding a passage with the mouse (/verhalen/{id}/coderen): selecting text in the story fills in
// the form's start and end (counted from 1, last character included) and chooses "own passage".
// The form works the same without this script: a sentence list, or start and end typed in.
// Offsets are UTF-16 code units of the story text, which the page shows exactly as stored
// (white-space: pre-wrap, coded passages as <mark>), so Range.toString() counts the same units.

const text = document.getElementById('verhaaltekst');
const start = /** @type {HTMLInputElement | null} */ (document.getElementById('start'));
const end = /** @type {HTMLInputElement | null} */ (document.getElementById('end'));
const passage = /** @type {HTMLInputElement | null} */ (document.getElementById('scope-passage'));
const feedback = document.getElementById('selectie');

/**
 * The offset of (node, offset) from the start of the story text.
 * @param {Node} node
 * @param {number} offset
 * @returns {number}
 */
function offsetIn(node, offset) {
  const range = document.createRange();
  range.selectNodeContents(/** @type {Node} */ (text));
  range.setEnd(node, offset);
  return range.toString().length;
}

function onSelection() {
  const selection = document.getSelection();
  if (!text || !start || !end || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
  const range = selection.getRangeAt(0);
  if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
  const from = offsetIn(range.startContainer, range.startOffset);
  const to = offsetIn(range.endContainer, range.endOffset);
  if (to <= from) return;
  start.value = String(from + 1);
  end.value = String(to);
  if (passage) passage.checked = true;
  if (feedback) {
    const chosen = range.toString();
    const template = feedback.dataset.template ?? '{}';
    feedback.textContent = template.replace('{}', chosen.length > 80 ? `${chosen.slice(0, 77)}…` : chosen);
  }
}

if (text && start && end) {
  text.addEventListener('mouseup', onSelection);
  text.addEventListener('keyup', onSelection);
  text.addEventListener('touchend', onSelection);
}
