// Busy state for "Rapport maken" on /rapporten. The form posts normally and works without this
// script; making a report takes seconds, so the button is disabled (no double submit) and a
// status message is announced to screen readers.
for (const form of /** @type {NodeListOf<HTMLFormElement>} */ (document.querySelectorAll('form[data-busy]'))) {
  form.addEventListener('submit', () => {
    const button = /** @type {HTMLButtonElement | null} */ (form.querySelector('button[type="submit"]'));
    const status = document.getElementById(form.dataset.busy ?? '');
    if (status && button) status.textContent = button.dataset.busyText ?? '';
    // After the submission has started, so the request still goes out.
    setTimeout(() => {
      if (button) {
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
      }
    }, 0);
  });
}
