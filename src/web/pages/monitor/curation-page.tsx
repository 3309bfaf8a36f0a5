// The analyst's chooser of curated stories for an opgave: what is chosen now (with "weghalen"),
// and a form to choose one more among the quotable, published stories.
import type { CuratedStoryView } from '../../../domain/monitor/types.ts';
import { formatDate } from '../../format.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export interface CurationPageProps {
  view: View;
  opgave: { key: string; title: string };
  patterns: { key: string; sentence: string }[];
  curated: CuratedStoryView[];
  candidates: { ref: string; title: string; excerpt: string; collectedAt: Date }[];
  search: string;
  message?: string;
  problems?: string[];
}

export function CurationPage({ view, opgave, patterns, curated, candidates, search, message, problems }: CurationPageProps) {
  const m = view.t.monitor.curation;
  const base = `/monitor/${encodeURIComponent(opgave.key)}/verhalen`;
  const csrf = view.session!.csrfToken;
  const patternName = (key: string) => (key === '' ? m.general : (patterns.find((p) => p.key === key)?.sentence ?? key));
  return (
    <Layout view={view} title={m.title(opgave.title)} current="monitor">
      <h1 class="utrecht-heading-1">{m.title(opgave.title)}</h1>
      <p class="utrecht-paragraph">{m.intro}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`/monitor/${encodeURIComponent(opgave.key)}`}>
          {m.back}
        </a>
      </p>
      {message ? (
        <p class="utrecht-alert utrecht-alert--ok duiding-message" role="status">
          {message}
        </p>
      ) : null}
      {problems?.length ? (
        <div class="utrecht-alert utrecht-alert--error duiding-message" role="alert">
          <h2 class="utrecht-heading-3">{m.errorTitle}</h2>
          <ul class="utrecht-unordered-list">
            {problems.map((p) => (
              <li class="utrecht-unordered-list__item">{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <section class="duiding-card" aria-labelledby="gekozen">
        <h2 class="utrecht-heading-2" id="gekozen">{m.current}</h2>
        {curated.length === 0 ? <p class="utrecht-paragraph duiding-empty">{m.noneChosen}</p> : null}
        <ul class="utrecht-unordered-list">
          {curated.map((s) => (
            <li class="utrecht-unordered-list__item">
              <strong>{s.title}</strong> — {patternName(s.patternKey)}
              {s.note ? <span class="duiding-monitor__muted"> ({s.note})</span> : null}
              <form method="post" action={`${base}/${s.id}/weghalen`} class="duiding-monitor__inline-form">
                <input type="hidden" name="_csrf" value={csrf} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">{m.remove}</button>
              </form>
            </li>
          ))}
        </ul>
      </section>
      <section class="duiding-card" aria-labelledby="kiezen">
        <h2 class="utrecht-heading-2" id="kiezen">{m.add}</h2>
        <form method="get" action={base} class="duiding-monitor__period">
          <label class="utrecht-form-label" for="zoek">{m.search}</label>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="zoek" name="zoek" value={search} type="search" />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">{m.searchButton}</button>
        </form>
        <form method="post" action={base}>
          <input type="hidden" name="_csrf" value={csrf} />
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend">{m.candidates}</legend>
            {candidates.length === 0 ? <p class="utrecht-paragraph duiding-empty">{m.noCandidates}</p> : null}
            {candidates.map((c, i) => (
              <div class="utrecht-form-field utrecht-form-field--radio duiding-candidate">
                <input class="utrecht-radio-button" type="radio" id={`story-${i}`} name="story" value={c.ref} />
                <label class="utrecht-form-label utrecht-form-label--radio" for={`story-${i}`}>
                  <strong>{c.title}</strong> ({c.ref}, {formatDate(c.collectedAt, view.lang)}) — {c.excerpt}
                </label>
              </div>
            ))}
          </fieldset>
          <p class="utrecht-form-field">
            <label class="utrecht-form-label" for="story_ref">{m.storyRef}</label>
            <input class="utrecht-textbox utrecht-textbox--html-input" id="story_ref" name="story_ref" />
          </p>
          <p class="utrecht-form-field">
            <label class="utrecht-form-label" for="pattern_key">{m.pattern}</label>
            <select class="utrecht-select utrecht-select--html-select" id="pattern_key" name="pattern_key">
              <option value="">{m.general}</option>
              {patterns.map((p) => (
                <option value={p.key}>{p.sentence}</option>
              ))}
            </select>
          </p>
          <p class="utrecht-form-field">
            <label class="utrecht-form-label" for="note">{m.note}</label>
            <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="note" name="note" rows={3} maxlength={1000}></textarea>
          </p>
          <button type="submit" class="utrecht-button utrecht-button--primary-action">{m.submit}</button>
        </form>
      </section>
    </Layout>
  );
}
