// /verzamelingen/nieuw and /verzamelingen/{id}: the settings of one collection, its public and
// privacy links, closing it early (via a confirmation page) and entering stories for staff modes.
import type { CollectionView } from '../../../services/collections.ts';
import { languageName } from '../../../domain/languages/index.ts';
import { localized } from '../../i18n/index.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { entryPath } from './staff-entry.tsx';
import { Checkbox, Choices, Csrf, ErrorSummary, Notice, TextField, type FieldErrors, type Values } from './form-bits.tsx';

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
  return (
    <Layout view={view} title={title} current="collections">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href="/verzamelingen">{k.title}</a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      {collection && link ? (
        <section class="duiding-card" aria-labelledby="links-titel">
          <h2 class="utrecht-heading-2" id="links-titel">{k.links}</h2>
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
              <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={entryPath(collection)}>{k.enter}</a>
            ) : null}
            {canWrite && collection.state !== 'closed' ? (
              <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/verzamelingen/${collection.id}/sluiten`}>{k.closeButton}</a>
            ) : null}
          </div>
        </section>
      ) : null}
      {canWrite ? (
        questionnaires.length === 0 ? (
          <p class="utrecht-paragraph duiding-empty">{k.needQuestionnaire}</p>
        ) : (
          <>
            <ErrorSummary view={view} errors={errors} />
            <form method="post" action={collection ? `/verzamelingen/${collection.id}` : '/verzamelingen'} class="utrecht-form duiding-form" novalidate>
              <Csrf view={view} />
              <TextField name="title" label={k.name} hint={k.nameHint} values={values} errors={errors} required />
              <Choices name="questionnaire" kind="select" legend={k.questionnaire} values={values} errors={errors} options={questionnaires.map((q) => ({ value: q.key, label: `${localized(q.title, view.lang)} (${q.key})` }))} />
              <TextField name="slug" label={k.slug} hint={k.slugHint} values={values} errors={errors} required />
              <TextField name="opens" type="date" label={k.opens} hint={k.datesHint} values={values} errors={errors} />
              <TextField name="closes" type="date" label={k.closes} hint={k.datesHint} values={values} errors={errors} />
              <fieldset class="utrecht-form-fieldset duiding-fieldset" id="veld-languages">
                <legend class="utrecht-form-fieldset__legend duiding-legend">{k.languages}</legend>
                {errors.languages?.length ? <p class="utrecht-form-field-error-message duiding-field-error" id="veld-languages-fout">{errors.languages.join(' ')}</p> : null}
                <Checkbox name="languages" value="nl" label={view.t.designer.dutch} values={values} errors={errors} />
                <Checkbox name="languages" value="en" label="English" values={values} errors={errors} />
                {/* Further languages of any questionnaire (translations page); the service checks the chosen questionnaire has them. */}
                {[...new Set(questionnaires.flatMap((q) => q.languages ?? []))]
                  .filter((l) => l !== 'nl' && l !== 'en')
                  .map((l) => (
                    <Checkbox name="languages" value={l} label={`${languageName(l, view.lang)} (${l})`} values={values} errors={errors} />
                  ))}
              </fieldset>
              <Choices name="mode" legend={k.mode} values={values} errors={errors} options={modes.map((m) => ({ value: m, label: k.modes[m] }))} />
              <TextField name="introNl" multiline label={k.introNl} hint={k.introHint} values={values} errors={errors} />
              <TextField name="introEn" multiline label={k.introEn} hint={k.introHint} values={values} errors={errors} />
              <TextField name="retentionDays" type="number" label={k.retention} hint={k.retentionHint} values={values} errors={errors} required />
              <button type="submit" class="utrecht-button utrecht-button--primary-action">{k.save}</button>
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
      <p class="utrecht-paragraph"><strong>{k.closeConfirm(collection.title)}</strong></p>
      <form method="post" action={`/verzamelingen/${collection.id}/sluiten`} class="duiding-actions">
        <Csrf view={view} />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">{k.closeYes}</button>
        <a class="utrecht-link utrecht-link--html-a" href={`/verzamelingen/${collection.id}`}>{k.closeNo}</a>
      </form>
    </Layout>
  );
}
