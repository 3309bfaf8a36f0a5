// A job's page (/taken/{id}) with JavaScript: asks /taken/{id}/stand every few seconds, moves the
// <progress> bar and its text, and reloads the page once the job is over (the server then shows
// the outcome). Without this script the page has a link that reloads it.

const box = /** @type {HTMLElement | null} */ (document.querySelector('[data-job-poll]'));
const bar = /** @type {HTMLProgressElement | null} */ (document.getElementById('job-progress'));
const status = document.getElementById('job-status');
const EVERY_MS = 2000;

/**
 * @typedef {{ state: string, done: number, total: number | null, text: string }} JobState
 */

async function poll() {
  if (!box) return;
  try {
    const response = await fetch(box.dataset.jobPoll ?? '', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return;
    const job = /** @type {JobState} */ (await response.json());
    if (job.state === 'done' || job.state === 'failed') {
      window.location.reload();
      return;
    }
    if (bar && job.total !== null && job.total > 0) {
      bar.max = job.total;
      bar.value = job.done;
      bar.textContent = job.text;
    }
    // Only when it changed, so a screen reader does not hear the same sentence again.
    if (status && status.textContent !== job.text) status.textContent = job.text;
  } catch {
    // Offline for a moment, or the server restarting: the next try will tell.
  } finally {
    setTimeout(poll, EVERY_MS);
  }
}

if (box) setTimeout(poll, EVERY_MS);
