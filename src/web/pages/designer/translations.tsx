// /vragenlijsten/{key}/vertalingen: per language how many texts are missing, whether the teller's
// interface exists in it, and whether it is an unchecked machine translation; a form to add a
// language. /vragenlijsten/{key}/vertalingen/{taal}: every text with its Dutch source, to fill in.
import { TableHead, TableRegion } from '../../components/table-region.tsx';
import { directionOf, languageName, nativeName } from '../../../domain/languages/index.ts';
import { missingTranslations, translatableTexts } from '../../../domain/questionnaire/translations.ts';
import type { Questionnaire } from '../../../domain/questionnaire/types.ts';
import { tellerCatalogLanguage } from '../../i18n/teller-catalogs.ts';
import { translationsEn, translationsNl, type TranslationsMessages } from '../../i18n/translations.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { Choice } from '../../components/choice-group.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { controlAria, errorText, Field, fieldId, type FieldErrors, type Values } from '../../components/field.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Card } from '../../components/card.tsx';

export const translationTexts = (view: View): TranslationsMessages => (view.lang === 'en' ? translationsEn : translationsNl);

/** "Arabisch (العربية, ar)": the name in the workbench language, in itself, and the tag. */
function LanguageLabel({ view, tag }: { view: View; tag: string }) {
  const own = nativeName(tag);
  const here = languageName(tag, view.lang);
  return (
    <>
      {here}
      {own.toLowerCase() !== here.toLowerCase() ? (
        <>
          {' ('}
          <span lang={tag} dir={directionOf(tag)}>
            {own}
          </span>
          {`, ${tag})`}
        </>
      ) : (
        ` (${tag})`
      )}
    </>
  );
}

/** The id of the control a translation problem points at: `t.<path>` is the i-th text's box. */
function translationIds(texts: { path: string }[]) {
  const ids = new Map(texts.map((t, i) => [`t.${t.path}`, `vertaling-${i}`]));
  return (field: string) => ids.get(field) ?? fieldId(field);
}

function Errors({ view, errors, idOf }: { view: View; errors: FieldErrors; idOf?: (field: string) => string | undefined }) {
  return <ErrorSummary problems={problemsOf(errors)} lang={view.lang} title={translationTexts(view).errorSummary} idOf={idOf} />;
}

export function TranslationsOverviewPage(props: {
  view: View;
  questionnaireKey: string;
  definition: Questionnaire;
  canWrite: boolean;
  values?: Values;
  errors?: FieldErrors;
}) {
  const { view, definition: q } = props;
  const k = translationTexts(view);
  const base = `/vragenlijsten/${encodeURIComponent(props.questionnaireKey)}`;
  const total = translatableTexts(q).length;
  const title = k.title(q.title[view.lang] ?? q.title.nl ?? props.questionnaireKey);
  const errors = props.errors ?? {};
  return (
    <Layout view={view} title={title} current="questionnaires">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={base}>
          {k.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{k.intro}</p>
      <TableRegion caption={k.tableCaption} id="talen-caption">
        <TableHead columns={[k.language, k.texts, k.interface, k.status]} />
        <tbody class="utrecht-table__body">
          {q.languages.map((tag) => {
            const missing = tag === 'nl' ? 0 : missingTranslations(q, tag).length;
            return (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  <LanguageLabel view={view} tag={tag} />
                </th>
                <td class="utrecht-table__cell">
                  {tag === 'nl' ? (
                    k.source
                  ) : props.canWrite ? (
                    <a
                      class="utrecht-link utrecht-link--html-a"
                      href={`${base}/vertalingen/${encodeURIComponent(tag)}`}
                      aria-label={`${k.fill(languageName(tag, view.lang))}: ${k.missing(missing, total)}`}
                    >
                      {k.missing(missing, total)}
                    </a>
                  ) : (
                    k.missing(missing, total)
                  )}
                </td>
                <td class="utrecht-table__cell">{tellerCatalogLanguage(tag) ? k.interfaceYes : k.interfaceNo}</td>
                <td class="utrecht-table__cell">{tag === 'nl' ? '—' : q.machineTranslated?.includes(tag) ? k.machine : k.checked}</td>
              </tr>
            );
          })}
        </tbody>
      </TableRegion>
      {props.canWrite ? (
        <Card id="taal-toevoegen" title={k.addTitle}>
          <Errors view={view} errors={errors} />
          <form method="post" action={`${base}/vertalingen`} class="utrecht-form duiding-form" novalidate>
            <CsrfField token={view.session?.csrfToken} />
            <TextField name="taal" label={k.addLabel} hint={k.addHint} value={props.values?.taal} error={errorText(errors.taal)} autocomplete="off" />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {k.add}
            </button>
          </form>
        </Card>
      ) : null}
    </Layout>
  );
}

export function TranslationFormPage(props: {
  view: View;
  questionnaireKey: string;
  definition: Questionnaire;
  language: string;
  values?: Values;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { view, definition: q, language } = props;
  const k = translationTexts(view);
  const base = `/vragenlijsten/${encodeURIComponent(props.questionnaireKey)}`;
  const texts = translatableTexts(q);
  const values: Values = props.values ?? Object.fromEntries(texts.map((t) => [`t.${t.path}`, t.text[language] ?? '']));
  const machine = props.values ? props.values.machine === 'ja' : (q.machineTranslated?.includes(language) ?? false);
  const missing = texts.filter((t) => !(values[`t.${t.path}`] ?? '').trim()).length;
  const name = languageName(language, view.lang);
  const title = k.editTitle(`${name} (${language})`);
  const dir = directionOf(language);
  return (
    <Layout view={view} title={title} current="questionnaires">
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`${base}/vertalingen`}>
          {k.tableCaption}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <p class="utrecht-paragraph">{k.editIntro}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={`${base}/voorbeeld?taal=${encodeURIComponent(language)}`}>
          {k.preview(name)}
        </a>
      </p>
      <p class="utrecht-paragraph">
        <strong>{k.missingCount(missing)}</strong>
      </p>
      <Errors view={view} errors={props.errors ?? {}} idOf={translationIds(texts)} />
      <form method="post" action={`${base}/vertalingen/${encodeURIComponent(language)}`} class="utrecht-form duiding-form" novalidate>
        <CsrfField token={view.session?.csrfToken} />
        <Choice kind="checkbox" id="veld-machine" name="machine" value="ja" label={k.machineLabel} checked={machine} describedBy="veld-machine-uitleg" />
        <p class="utrecht-form-field-description" id="veld-machine-uitleg">
          {k.machineHint}
        </p>
        {texts.map((t, i) => {
          const id = `vertaling-${i}`;
          const value = values[`t.${t.path}`] ?? '';
          const long = (t.text.nl ?? '').length > 80 || t.path.startsWith('prompts.') || t.path.endsWith('.help');
          const path = <code>{t.path}</code>;
          const error = errorText(props.errors?.[`t.${t.path}`]);
          const common = { id, name: `t.${t.path}`, lang: language, dir, ...controlAria(id, { hint: path, error }) };
          const label = (
            <>
              <span lang="nl">{t.text.nl}</span>
              {value.trim() ? null : <strong class="duiding-muted">{` (${k.missingMark})`}</strong>}
            </>
          );
          return (
            <Field id={id} label={label} hint={path} error={error}>
              {long ? (
                <textarea class="utrecht-textarea utrecht-textarea--html-textarea" rows={3} {...common}>
                  {value}
                </textarea>
              ) : (
                <input class="utrecht-textbox utrecht-textbox--html-input" type="text" value={value} autocomplete="off" {...common} />
              )}
            </Field>
          );
        })}
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {k.save}
        </button>
      </form>
    </Layout>
  );
}
