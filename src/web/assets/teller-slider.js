// The slider (dyad): a point between two poles, 0–100. See teller-widgets.js.
import { arrow, clamp, el, fire, fmt, frame, isRtl, numberOf, setOff } from './teller-widget-kit.js';

/** @type {import('./teller-widget-kit.js').WidgetFactory} */
export function sliderWidget(fieldset, box, texts) {
  const input = /** @type {HTMLInputElement} */ (box.querySelector('.teller-fallback input'));
  const left = box.dataset.left ?? '';
  const right = box.dataset.right ?? '';
  const { legendId, na, describedBy } = frame(fieldset, box, texts.sliderHint);
  // In RTL the left pole (0) is on the right, like the reading order; see isRtl in the kit.
  const rtl = isRtl(box);
  const ends = el('div', 'teller-dyad__ends');
  ends.append(Object.assign(el('span'), { textContent: left }), Object.assign(el('span'), { textContent: right }));
  const track = el('div', 'teller-dyad__track');
  const thumb = el('div', 'teller-dyad__thumb', {
    role: 'slider',
    tabindex: 0,
    'aria-labelledby': legendId,
    'aria-describedby': describedBy,
    'aria-valuemin': 0,
    'aria-valuemax': 100,
  });
  const shown = el('p', 'teller-value', { 'aria-hidden': 'true' });
  track.append(thumb);
  box.append(ends, track, shown);

  const describe = () => {
    if (na?.checked) return texts.notApplicable;
    const v = numberOf(input);
    if (v === null) return texts.notPlaced;
    const where = v < 45 ? fmt(texts.closerTo, { label: left }) : v > 55 ? fmt(texts.closerTo, { label: right }) : texts.middle;
    return `${where} (${fmt(texts.outOf, { value: Math.round(v) })})`;
  };
  const render = () => {
    const v = numberOf(input);
    box.classList.toggle('teller-widget--empty', v === null);
    thumb.style.insetInlineStart = `${clamp(v ?? 50, 0, 100)}%`;
    thumb.setAttribute('aria-valuenow', String(Math.round(v ?? 50)));
    thumb.setAttribute('aria-valuetext', describe());
    shown.textContent = describe();
    setOff(box, [thumb], Boolean(na?.checked));
  };
  /** @param {number | null} v */
  const set = (v) => {
    input.value = v === null ? '' : String(Math.round(clamp(v, 0, 100)));
    fire(input);
    render();
  };
  thumb.addEventListener('keydown', (event) => {
    if (na?.checked) return;
    const current = numberOf(input);
    const d = arrow(event, 5);
    let next;
    if (d) next = current === null ? 50 : current + (rtl ? -d[0] : d[0]) + d[1];
    else if (event.key === 'PageUp' || event.key === 'PageDown') next = (current ?? 50) + (event.key === 'PageUp' ? 10 : -10);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = 100;
    else if (event.key === 'Delete' || event.key === 'Backspace') next = null;
    else return;
    event.preventDefault();
    set(next);
  });
  /** @param {PointerEvent} event */
  const fromPointer = (event) => {
    const r = track.getBoundingClientRect();
    set(((rtl ? r.right - event.clientX : event.clientX - r.left) / r.width) * 100);
  };
  track.addEventListener('pointerdown', (event) => {
    if (na?.checked) return;
    track.setPointerCapture(event.pointerId);
    fromPointer(event);
    thumb.focus();
    event.preventDefault();
  });
  track.addEventListener('pointermove', (event) => {
    if (track.hasPointerCapture(event.pointerId)) fromPointer(event);
  });
  na?.addEventListener('change', render);
  render();
  return { sync: render, describe };
}
