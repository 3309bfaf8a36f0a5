// Staff entering a story: an interview (told in a conversation) or an ombuds signal (a council
// member's case). The teller's own form (web/teller) is reused as it is; the extra "consent was
// asked" box belongs to that form through its form attribute.
import type { Questionnaire } from '../../../domain/questionnaire/types.ts';
import type { CollectionView } from '../../../services/collections.ts';
import type { TellerMessages } from '../../i18n/teller.ts';
import { FieldGroup } from '../../components/field-group.tsx';
import { Layout } from '../../layout.tsx';
import type { FieldValues } from '../../teller/form-fields.ts';
import { TellerForm } from '../../teller/teller-form.tsx';
import type { View } from '../../view.ts';

/** JSON inside <script>: no "<", ">" or "&" can end the element early. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** Interview and signal entry have their own page, each behind its own permission. */
export const entryPath = (c: Pick<CollectionView, 'id' | 'mode'>) => `/verzamelingen/${c.id}/${c.mode === 'signal' ? 'signaal' : 'invoeren'}`;

export interface StaffEntryProps {
  view: View;
  collection: CollectionView;
  definition: Questionnaire;
  t: TellerMessages;
  lang: string;
  submissionId: string;
  values?: FieldValues;
  errors?: Record<string, string>;
  areasByLevel: Record<string, { code: string; name: string }[]>;
}

export function StaffEntryPage(p: StaffEntryProps) {
  const e = p.view.t.designer.entry;
  const askedError = p.errors?.asked;
  const asked = (p.values?.get('asked') ?? []).includes('ja');
  return (
    <Layout view={p.view} title={e.title(p.collection.title)} current="entry" stylesheets={['/assets/teller.css']} scripts={['/assets/staff-entry.js']}>
      <script type="application/json" id="staff-entry-texts" dangerouslySetInnerHTML={{ __html: jsonForScript(p.t.client) }} />
      <h1 class="utrecht-heading-1">{e.title(p.collection.title)}</h1>
      <p class="utrecht-paragraph">{p.collection.mode === 'signal' ? e.introSignal : e.introInterview}</p>
      <FieldGroup id="veld-asked" legend={e.askedLegend} error={askedError} class="duiding-card">
        <div class="utrecht-form-field utrecht-form-field--checkbox duiding-check">
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id="veld-asked-ja"
            name="asked"
            value="ja"
            form="teller-form"
            checked={asked}
            aria-invalid={askedError ? 'true' : undefined}
            aria-describedby={askedError ? 'veld-asked-fout' : undefined}
          />
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="veld-asked-ja">
            {e.asked}
          </label>
        </div>
      </FieldGroup>
      <div class="duiding-staff-form">
        <TellerForm
          t={p.t}
          lang={p.lang}
          questionnaire={p.definition}
          action={`${entryPath(p.collection)}${p.lang === 'en' ? '?taal=en' : ''}`}
          submissionId={p.submissionId}
          values={p.values}
          errors={p.errors}
          intro={p.collection.intro[p.lang as 'nl' | 'en'] ?? p.collection.intro.nl ?? null}
          privacyHref={`/vertel/${p.collection.slug}/privacy`}
          csrfToken={p.view.session!.csrfToken}
          areasByLevel={p.areasByLevel}
          outsideErrors={askedError ? [{ href: '#veld-asked-ja', label: e.askedLegend, message: askedError }] : []}
        />
      </div>
    </Layout>
  );
}

export function StaffEntryDonePage({ view, collection, code }: { view: View; collection: CollectionView; code: string }) {
  const e = view.t.designer.entry;
  return (
    <Layout view={view} title={e.doneTitle} current="entry">
      <h1 class="utrecht-heading-1">{e.doneTitle}</h1>
      <p class="utrecht-paragraph">
        {e.doneIntro} <code>/intrekken</code>.
      </p>
      <dl class="duiding-facts">
        <dt>{e.codeLabel}</dt>
        <dd>
          <strong class="duiding-code" id="intrekcode">
            {code}
          </strong>
        </dd>
      </dl>
      <p class="utrecht-paragraph">{e.codeNote}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={entryPath(collection)}>
          {e.another}
        </a>
      </p>
    </Layout>
  );
}

export function EntryListPage({ view, collections }: { view: View; collections: CollectionView[] }) {
  const e = view.t.designer.entry;
  const k = view.t.designer.collections;
  return (
    <Layout view={view} title={e.listTitle} current="entry">
      <h1 class="utrecht-heading-1">{e.listTitle}</h1>
      <p class="utrecht-paragraph">{e.listIntro}</p>
      {collections.length === 0 ? (
        <p class="utrecht-paragraph duiding-empty">{e.listNone}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {collections.map((c) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link utrecht-link--html-a" href={entryPath(c)}>
                {c.title}
              </a>{' '}
              ({k.modesShort[c.mode]})
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
