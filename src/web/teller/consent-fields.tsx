// The consent questions of the first step: taking part (required), anonymous quotes (ja/nee) and,
// only when the municipality is an active member of a network, sharing the story with the other
// members (optional, unticked unless the teller ticks it: docs/network.md "Shared stories").
import type { TellerMessages } from '../i18n/teller.ts';
import { fieldErrors } from './field-errors.tsx';
import { fieldId, type FieldValues } from './form-fields.ts';

export function ConsentFields({
  t,
  values,
  errors,
  askNetwork = false,
}: {
  t: TellerMessages;
  values: FieldValues;
  errors: Record<string, string>;
  askNetwork?: boolean;
}) {
  const checked = (field: string, v: string) => (values.get(field) ?? []).includes(v);
  const { err, described, invalid } = fieldErrors(errors);
  return (
    <>
      <fieldset class="teller-question" id={`${fieldId('consent.share')}-group`} data-field="consent.share">
        <legend class="teller-question__legend">{t.consent.legend}</legend>
        {err('consent.share')}
        <div class="teller-check">
          <input
            class="teller-check__input"
            type="checkbox"
            id={fieldId('consent.share')}
            name="consent.share"
            value="ja"
            checked={checked('consent.share', 'ja')}
            aria-describedby={described('consent.share')}
            aria-invalid={invalid('consent.share')}
          />
          <label class="teller-check__label" for={fieldId('consent.share')}>
            {t.consent.share}
          </label>
        </div>
      </fieldset>
      <fieldset class="teller-question" id={`${fieldId('consent.quote')}-group`} data-field="consent.quote">
        <legend class="teller-question__legend">{t.consent.quoteLegend}</legend>
        <p class="teller-help" id="consent-quote-help">
          {t.consent.quoteHelp}
        </p>
        {err('consent.quote')}
        {(['ja', 'nee'] as const).map((v, i) => (
          <div class="teller-check">
            <input
              class="teller-check__input"
              type="radio"
              id={i === 0 ? fieldId('consent.quote') : `${fieldId('consent.quote')}-nee`}
              name="consent.quote"
              value={v}
              checked={checked('consent.quote', v)}
              aria-describedby={described('consent.quote', 'consent-quote-help')}
              aria-invalid={invalid('consent.quote')}
            />
            <label class="teller-check__label" for={i === 0 ? fieldId('consent.quote') : `${fieldId('consent.quote')}-nee`}>
              {v === 'ja' ? t.consent.quoteYes : t.consent.quoteNo}
            </label>
          </div>
        ))}
      </fieldset>
      {askNetwork ? (
        <fieldset class="teller-question" id={`${fieldId('consent.network')}-group`} data-field="consent.network">
          <legend class="teller-question__legend">{t.consent.networkLegend}</legend>
          <p class="teller-help" id="consent-network-help">
            {t.consent.networkHelp}
          </p>
          <div class="teller-check">
            <input
              class="teller-check__input"
              type="checkbox"
              id={fieldId('consent.network')}
              name="consent.network"
              value="ja"
              checked={checked('consent.network', 'ja')}
              aria-describedby="consent-network-help"
            />
            <label class="teller-check__label" for={fieldId('consent.network')}>
              {t.consent.network}
            </label>
          </div>
        </fieldset>
      ) : null}
    </>
  );
}
