// A job's page (/taken/{id}) with JavaScript: asks /taken/{id}/stand every few seconds, moves the
// <progress> jobBar and its text, and reloads the page once the job is over (the server then shows
// the outcome). Without this script the page has a link that reloads it.

const jobBox = /** @type {HTMLElement | null} */ (document.querySelector('[data-job-poll]'));
const jobBar = /** @type {HTMLProgressElement | null} */ (document.getElementById('job-progress'));
const jobStatus = document.getElementById('job-status');
const JOB_POLL_MS = 2000;

/**
 * @typedef {{ state: string, done: number, total: number | null, text: string }} JobState
 */

async function pollJob() {
  if (!jobBox) return;
  try {
    const response = await fetch(jobBox.dataset.jobPoll ?? '', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return;
    const job = /** @type {JobState} */ (await response.json());
    if (job.state === 'done' || job.state === 'failed') {
      window.location.reload();
      return;
    }
    if (jobBar && job.total !== null && job.total > 0) {
      jobBar.max = job.total;
      jobBar.value = job.done;
      jobBar.textContent = job.text;
    }
    // Only when it changed, so a screen reader does not hear the same sentence again.
    if (jobStatus && jobStatus.textContent !== job.text) jobStatus.textContent = job.text;
  } catch {
    // Offline for a moment, or the server restarting: the next try will tell.
  } finally {
    setTimeout(pollJob, JOB_POLL_MS);
  }
}

if (jobBox) setTimeout(pollJob, JOB_POLL_MS);
