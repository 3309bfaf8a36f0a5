// /verzamelingen/nieuw and /verzamelingen/{id}: the settings of one collection, its public and
// privacy links, closing it early (via a confirmation page) and entering stories for staff modes.
import type { CollectionView } from '../../../services/collections.ts';
import { languageName } from '../../../domain/languages/index.ts';
import { localized } from '../../i18n/index.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { entryPath } from './staff-entry.tsx';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { bindFields, errorText, type FieldErrors, type Values } from '../../components/field.tsx';
import { Notice } from '../../components/notice.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Card } from '../../components/card.tsx';

export interface CollectionFormProps {
  view: View;
  /** null: a new collection. */
  collection: CollectionView | null;
  questionnaires: { key: string; title: Record<string, string>; languages?: string[] }[];
  values: Values;
  errors: FieldErrors;
  canWrite: boolean;
  canEnter: boolean;
  publicUrl: string;
  notice?: string;
}

export function collectionValues(c: CollectionView): Values {
  return {
    title: c.title,
    questionnaire: c.questionnaireKey,
    slug: c.slug,
    opens: c.opens,
    closes: c.closes,
    languages: c.languages.join('|'),
    mode: c.mode,
    introNl: c.intro.nl ?? '',
    introEn: c.intro.en ?? '',
    retentionDays: c.retentionDays === null ? '' : String(c.retentionDays),
  };
}

export function CollectionFormPage({ view, collection, questionnaires, values, errors, canWrite, canEnter, publicUrl, notice }: CollectionFormProps) {
  const k = view.t.designer.collections;
  const title = collection ? k.editTitle(collection.title) : k.createTitle;
  const modes = ['self', 'interview', 'signal', ...(collection?.mode === 'import' ? ['import'] : [])];
  const link = collection ? `/vertel/${collection.slug}` : null;
  const field = bindFields(values, errors);
  const languages = ['nl', 'en', ...new Set(questionnaires.flatMap((q) => q.languages ?? []).filter((l) => l !== 'nl' && l !== 'en'))];
  const languageLabel = (l: string) => (l === 'nl' ? view.t.designer.dutch : l === 'en' ? 'English' : `${languageName(l, view.lang)} (${l})`);
  return (
    <Layout view={view} title={title} current="collections">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href="/verzamelingen">
          {k.title}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      {collection && link ? (
        <Card id="links-titel" title={k.links}>
          <dl class="duiding-facts">
            {/* Only a channel for storytellers themselves has a public page; interviews and
                signals are entered by staff, and /vertel/ answers 404 for them. */}
            {collection.mode === 'self' ? (
              <>
                <dt>{k.publicLink}</dt>
                <dd>
                  <a class="utrecht-link utrecht-link--html-a duiding-public-link" href={link}>{`${publicUrl}${link}`}</a>
                </dd>
              </>
            ) : null}
            <dt>{k.privacyLink}</dt>
            <dd>
              <a class="utrecht-link utrecht-link--html-a" href={`${link}/privacy`}>{`${publicUrl}${link}/privacy`}</a>
            </dd>
            <dt>{k.columnState}</dt>
            <dd>{k.states[collection.state]}</dd>
            <dt>{k.columnStories}</dt>
            <dd>{k.storiesCount(collection.stories)}</dd>
            {canWrite
              ? null
              : [
                  [k.questionnaire, collection.questionnaireKey],
                  [k.mode, k.modes[collection.mode]],
                  [k.opens, collection.opens || '—'],
                  [k.closes, collection.closes || '—'],
                  [k.languages, collection.languages.join(', ')],
                  [k.retention, collection.retentionDays === null ? '—' : String(collection.retentionDays)],
                ].map(([term, value]) => (
                  <>
                    <dt>{term}</dt>
                    <dd>{value}</dd>
                  </>
                ))}
          </dl>
          <div class="duiding-actions">
            {canEnter && (collection.mode === 'interview' || collection.mode === 'signal') && collection.state === 'open' ? (
              <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={entryPath(collection)}>
                {k.enter}
              </a>
            ) : null}
            {canWrite && collection.state !== 'closed' ? (
              <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/verzamelingen/${collection.id}/sluiten`}>
                {k.closeButton}
              </a>
            ) : null}
          </div>
        </Card>
      ) : null}
      {canWrite ? (
        questionnaires.length === 0 ? (
          <p class="utrecht-paragraph duiding-empty">{k.needQuestionnaire}</p>
        ) : (
          <>
            <ErrorSummary problems={problemsOf(errors)} lang={view.lang} title={view.t.designer.errorSummary} />
            <form method="post" action={collection ? `/verzamelingen/${collection.id}` : '/verzamelingen'} class="utrecht-form duiding-form" novalidate>
              <CsrfField token={view.session?.csrfToken} />
              <TextField {...field('title')} label={k.name} hint={k.nameHint} required />
              <SelectField
                {...field('questionnaire')}
                label={k.questionnaire}
                options={questionnaires.map((q) => ({ value: q.key, label: `${localized(q.title, view.lang)} (${q.key})` }))}
              />
              <TextField {...field('slug')} label={k.slug} hint={k.slugHint} required />
              <TextField {...field('opens')} type="date" label={k.opens} hint={k.datesHint} />
              <TextField {...field('closes')} type="date" label={k.closes} hint={k.datesHint} />
              {/* Further languages come from any questionnaire (translations page); the service checks the chosen questionnaire has them. */}
              <ChoiceGroup
                name="languages"
                kind="checkbox"
                legend={k.languages}
                error={errorText(errors.languages)}
                checked={(values.languages ?? '').split('|')}
                options={languages.map((l) => ({ value: l, label: languageLabel(l) }))}
              />
              <ChoiceGroup {...field('mode')} kind="radio" legend={k.mode} options={modes.map((m) => ({ value: m, label: k.modes[m] }))} />
              <TextField {...field('introNl')} rows={3} label={k.introNl} hint={k.introHint} />
              <TextField {...field('introEn')} rows={3} label={k.introEn} hint={k.introHint} />
              <TextField {...field('retentionDays')} type="number" label={k.retention} hint={k.retentionHint} required />
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {k.save}
              </button>
            </form>
          </>
        )
      ) : null}
    </Layout>
  );
}

export function CloseCollectionPage({ view, collection }: { view: View; collection: CollectionView }) {
  const k = view.t.designer.collections;
  return (
    <Layout view={view} title={k.closeTitle} current="collections">
      <h1 class="utrecht-heading-1">{k.closeTitle}</h1>
      <p class="utrecht-paragraph">{k.closeIntro}</p>
      <p class="utrecht-paragraph">
        <strong>{k.closeConfirm(collection.title)}</strong>
      </p>
      <form method="post" action={`/verzamelingen/${collection.id}/sluiten`} class="duiding-actions">
        <CsrfField token={view.session?.csrfToken} />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {k.closeYes}
        </button>
        <a class="utrecht-link utrecht-link--html-a" href={`/verzamelingen/${collection.id}`}>
          {k.closeNo}
        </a>
      </form>
    </Layout>
  );
}
