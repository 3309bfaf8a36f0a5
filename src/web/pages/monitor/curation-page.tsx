// The analyst's chooser of curated stories for an opgave: what is chosen now (with "weghalen"),
// and a form to choose one more among the quotable, published stories.
import type { CuratedStoryView } from '../../../domain/monitor/types.ts';
import { formatDate } from '../../format.ts';
import { Choice } from '../../components/choice-group.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { Card } from '../../components/card.tsx';

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
      {message ? <Notice>{message}</Notice> : null}
      <ErrorSummary problems={problemsOf({ '': problems ?? [] })} lang={view.lang} title={m.errorTitle} />
      <Card id="gekozen" title={m.current}>
        {curated.length === 0 ? <p class="utrecht-paragraph duiding-empty">{m.noneChosen}</p> : null}
        <ul class="utrecht-unordered-list">
          {curated.map((s) => (
            <li class="utrecht-unordered-list__item">
              <strong>{s.title}</strong> — {patternName(s.patternKey)}
              {s.note ? <span class="duiding-monitor__muted"> ({s.note})</span> : null}
              <form method="post" action={`${base}/${s.id}/weghalen`} class="duiding-monitor__inline-form">
                <CsrfField token={csrf} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                  {m.remove}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </Card>
      <Card id="kiezen" title={m.add}>
        <form method="get" action={base} class="duiding-monitor__period">
          <label class="utrecht-form-label" for="zoek">
            {m.search}
          </label>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="zoek" name="zoek" value={search} type="search" />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {m.searchButton}
          </button>
        </form>
        <form method="post" action={base}>
          <CsrfField token={csrf} />
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend">{m.candidates}</legend>
            {candidates.length === 0 ? <p class="utrecht-paragraph duiding-empty">{m.noCandidates}</p> : null}
            {candidates.map((c, i) => (
              <Choice
                kind="radio"
                id={`story-${i}`}
                name="story"
                value={c.ref}
                checked={false}
                label={
                  <>
                    <strong>{c.title}</strong> ({c.ref}, {formatDate(c.collectedAt, view.lang)}) — {c.excerpt}
                  </>
                }
              />
            ))}
          </fieldset>
          <TextField id="story_ref" name="story_ref" label={m.storyRef} />
          <SelectField
            id="pattern_key"
            name="pattern_key"
            label={m.pattern}
            empty={m.general}
            options={patterns.map((p) => ({ value: p.key, label: p.sentence }))}
          />
          <TextField id="note" name="note" label={m.note} rows={3} maxlength={1000} />
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {m.submit}
          </button>
        </form>
      </Card>
    </Layout>
  );
}
