// A job's page (/taken/{id}): what runs, a <progress> with its text, and when it is over the
// outcome — a link to the report, the ZIP, the import's counts — or what went wrong, in words
// (never a stack trace). Without JavaScript a link reloads the page; with it, job-progress.js
// asks /taken/{id}/stand every few seconds and reloads once the job is over.
import { formatProblem } from '../../../domain/problems.ts';
import type { JobView } from '../../../services/jobs/jobs.ts';
import { Notice } from '../../components/notice.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export function JobPage({ view, job }: { view: View; job: JobView }) {
  const t = view.t.jobs;
  const over = job.state === 'done' || job.state === 'failed';
  const current = job.kind === 'report' ? 'reports' : job.kind === 'stories-import' ? 'import' : 'admin';
  return (
    <Layout view={view} title={t.titles[job.kind]} current={current} scripts={over ? [] : ['/assets/job-progress.js']}>
      <h1 class="utrecht-heading-1">{t.titles[job.kind]}</h1>
      {over ? null : <Running view={view} job={job} />}
      {job.state === 'done' ? <Done view={view} job={job} /> : null}
      {job.state === 'failed' ? (
        <Notice kind="error" title={t.failedTitle} paragraph={false}>
          <p class="utrecht-paragraph">{t.failedIntro}</p>
          <ul class="utrecht-unordered-list">
            {job.problems.map((problem) => (
              <li class="utrecht-unordered-list__item">{formatProblem(problem, view.lang)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {over ? <BackLink view={view} job={job} /> : null}
    </Layout>
  );
}

function statusText(view: View, job: JobView): string {
  const t = view.t.jobs;
  return job.state === 'queued' ? t.queued : job.state === 'running' ? t.running(job.done, job.total) : t.done;
}

function Running({ view, job }: { view: View; job: JobView }) {
  const t = view.t.jobs;
  const known = job.state === 'running' && job.total !== null && job.total > 0;
  return (
    <div data-job-poll={`/taken/${job.id}/stand${view.lang === 'en' ? '?lang=en' : ''}`}>
      <p class="utrecht-paragraph">{t.intro}</p>
      <p class="utrecht-paragraph">
        <label for="job-progress">{t.progressLabel}</label>
        <br />
        {/* Without a value the bar is indeterminate: the total is not known yet. */}
        <progress
          id="job-progress"
          class="duiding-job-progress"
          max={known ? job.total! : undefined}
          value={known ? job.done : undefined}
          aria-describedby="job-status"
        >
          {statusText(view, job)}
        </progress>
      </p>
      <p class="utrecht-paragraph" id="job-status" role="status">
        {statusText(view, job)}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/taken/${job.id}`}>
          {t.reload}
        </a>{' '}
        <span class="duiding-muted">{t.reloadHint}</span>
      </p>
    </div>
  );
}

function Done({ view, job }: { view: View; job: JobView }) {
  const t = view.t.jobs;
  const r = job.result ?? {};
  const num = (key: string) => (typeof r[key] === 'number' ? (r[key] as number) : 0);
  if (job.kind === 'report') {
    const href = `/rapporten?opgave=${encodeURIComponent(String(r.opgave ?? ''))}&gemaakt=${encodeURIComponent(String(r.reportId ?? ''))}`;
    return (
      <Notice kind="ok" paragraph={false}>
        <p class="utrecht-paragraph">{t.reportDone}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={href}>
            {t.reportOpen}
          </a>
        </p>
      </Notice>
    );
  }
  if (job.kind === 'tenant-export') {
    return (
      <Notice kind="ok" paragraph={false}>
        <p class="utrecht-paragraph">{t.exportDone(num('files'))}</p>
        {job.hasFile ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={`/taken/${job.id}/bestand`} download>
              {t.exportDownload}
            </a>
          </p>
        ) : null}
      </Notice>
    );
  }
  if (job.kind === 'stories-import') return <Notice kind="ok">{t.importDone(num('stories'), num('replaced'), num('collectionsCreated'))}</Notice>;
  return <Notice kind="ok">{t.retentionDone(num('deleted'))}</Notice>;
}

function BackLink({ view, job }: { view: View; job: JobView }) {
  const t = view.t.jobs;
  if (job.kind === 'report') return null;
  const [href, text] = job.kind === 'stories-import' ? ['/importeren', t.importBack] : ['/beheer/gegevens', t.adminBack];
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link utrecht-link--html-a" href={href}>
        {text}
      </a>
    </p>
  );
}
