// ONE question of any type, as plain HTML that works without JavaScript. Slider, triad and stones
// render number inputs (empty = unanswered); assets/teller-widgets.js turns them into pointer-
// and keyboard-operable widgets that write into the same inputs. Reused by the questionnaire
// designer's preview and by staff entering interview stories (see docs/teller.md).
import type { Child } from 'hono/jsx';
import type { LocalizedText, Question } from '../../domain/questionnaire/types.ts';
import { MAX_TEXT_ANSWER } from '../../domain/collect/limits.ts';
import type { TellerMessages } from '../i18n/teller.ts';
import { answerField, fieldId, type FieldValues } from './form-fields.ts';

export interface QuestionFieldProps {
  question: Question;
  /** Language of the question texts ("nl", "en"); falls back to Dutch. */
  lang: string;
  t: TellerMessages;
  /** Current form values by field name (see form-fields.ts); empty map = nothing filled in. */
  values?: FieldValues;
  /** B1 message shown next to the question, or undefined. */
  error?: string;
  /** Areas to choose from when an area question has no list of its own (the tenant's register). */
  areas?: { code: string; name: string }[];
}

export const loc = (text: LocalizedText | undefined, lang: string): string => (text ? (text[lang] ?? text.nl ?? Object.values(text)[0] ?? '') : '');

export function QuestionField({ question: q, lang, t, values = new Map(), error, areas }: QuestionFieldProps) {
  const name = answerField(q.key);
  const id = fieldId(name);
  const helpId = q.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  const value = (field: string) => values.get(field)?.[0] ?? '';
  const checked = (field: string, v: string) => (values.get(field) ?? []).includes(v);
  const input = { describedBy, invalid: error ? 'true' : undefined } as const;
  const na = q.allowNotApplicable ? (
    <div class="teller-check teller-na">
      <input class="teller-check__input" type="checkbox" id={`${id}-na`} name={`${name}.na`} value="ja" checked={checked(`${name}.na`, 'ja')} />
      <label class="teller-check__label" for={`${id}-na`}>
        {t.notApplicable}
      </label>
    </div>
  ) : null;

  let body: Child;
  switch (q.type) {
    case 'choice':
    case 'multichoice':
      body = (
        <div class="teller-options" data-max={q.type === 'multichoice' && q.max ? String(q.max) : undefined}>
          {q.options.map((o, i) => (
            <div class="teller-check">
              <input
                class="teller-check__input"
                type={q.type === 'choice' ? 'radio' : 'checkbox'}
                id={i === 0 ? id : `${id}-${i}`}
                name={name}
                value={o.key}
                checked={checked(name, o.key)}
                aria-describedby={describedBy}
                aria-invalid={input.invalid}
              />
              <label class="teller-check__label" for={i === 0 ? id : `${id}-${i}`}>
                {loc(o.text, lang)}
              </label>
            </div>
          ))}
        </div>
      );
      break;
    case 'area': {
      const list = q.areas ?? areas ?? [];
      body =
        list.length && list.length <= 10 ? (
          <div class="teller-options">
            {list.map((a, i) => (
              <div class="teller-check">
                <input
                  class="teller-check__input"
                  type="radio"
                  id={i === 0 ? id : `${id}-${i}`}
                  name={name}
                  value={a.code}
                  checked={checked(name, a.code)}
                  aria-describedby={describedBy}
                  aria-invalid={input.invalid}
                />
                <label class="teller-check__label" for={i === 0 ? id : `${id}-${i}`}>
                  {a.name}
                </label>
              </div>
            ))}
          </div>
        ) : (
          <select
            class="teller-input teller-select"
            id={id}
            name={name}
            aria-labelledby={`${id}-legend`}
            aria-describedby={describedBy}
            aria-invalid={input.invalid}
          >
            <option value="">{t.chooseArea}</option>
            {list.map((a) => (
              <option value={a.code} selected={value(name) === a.code}>
                {a.name}
              </option>
            ))}
          </select>
        );
      break;
    }
    case 'scale': {
      const steps = Array.from({ length: Math.max(0, Math.floor(q.max) - Math.ceil(q.min) + 1) }, (_, i) => Math.ceil(q.min) + i);
      body = (
        <div class="teller-scale">
          {q.minLabel || q.maxLabel ? (
            <p class="teller-scale__ends" aria-hidden="true">
              <span>{`${q.min}: ${loc(q.minLabel, lang)}`}</span>
              <span>{`${q.max}: ${loc(q.maxLabel, lang)}`}</span>
            </p>
          ) : null}
          <div class="teller-scale__row">
            {steps.map((n, i) => (
              <span class="teller-scale__item">
                <input
                  class="teller-scale__input"
                  type="radio"
                  id={i === 0 ? id : `${id}-${i}`}
                  name={name}
                  value={String(n)}
                  checked={checked(name, String(n))}
                  aria-describedby={describedBy}
                  aria-invalid={input.invalid}
                />
                <label class="teller-scale__label" for={i === 0 ? id : `${id}-${i}`}>
                  {String(n)}
                  {n === q.min && q.minLabel ? <span class="teller-visually-hidden">{` ${loc(q.minLabel, lang)}`}</span> : null}
                  {n === q.max && q.maxLabel ? <span class="teller-visually-hidden">{` ${loc(q.maxLabel, lang)}`}</span> : null}
                </label>
              </span>
            ))}
          </div>
        </div>
      );
      break;
    }
    case 'number':
      body = (
        <input
          class="teller-input teller-input--number"
          type="text"
          inputmode="decimal"
          id={id}
          name={name}
          value={value(name)}
          autocomplete="off"
          aria-labelledby={`${id}-legend`}
          aria-describedby={describedBy}
          aria-invalid={input.invalid}
        />
      );
      break;
    case 'text':
      body = (
        <textarea
          class="teller-input teller-textarea"
          id={id}
          name={name}
          rows={3}
          maxlength={MAX_TEXT_ANSWER}
          aria-labelledby={`${id}-legend`}
          aria-describedby={describedBy}
          aria-invalid={input.invalid}
        >
          {value(name)}
        </textarea>
      );
      break;
    case 'slider':
      body = (
        <div class="teller-widget" data-widget="slider" data-left={loc(q.left, lang)} data-right={loc(q.right, lang)}>
          <div class="teller-fallback">
            <p class="teller-hint" id={`${id}-fallback`}>
              {`${t.sliderFallback} 0 = ${loc(q.left, lang)}, 100 = ${loc(q.right, lang)}.`}
            </p>
            <input
              class="teller-input teller-input--number"
              type="text"
              inputmode="numeric"
              id={id}
              name={name}
              value={value(name)}
              autocomplete="off"
              aria-labelledby={`${id}-legend`}
              aria-describedby={[describedBy, `${id}-fallback`].filter(Boolean).join(' ')}
              aria-invalid={input.invalid}
            />
          </div>
        </div>
      );
      break;
    case 'triad':
      body = (
        <div class="teller-widget" data-widget="triad" data-corners={JSON.stringify(q.corners.map((c) => loc(c, lang)))}>
          <div class="teller-fallback">
            <p class="teller-hint">{t.triadFallback}</p>
            {q.corners.map((corner, i) => (
              <div class="teller-pair">
                <label class="teller-pair__label" for={i === 0 ? id : `${id}-${i + 1}`}>
                  {loc(corner, lang)}
                </label>
                <input
                  class="teller-input teller-input--number"
                  type="text"
                  inputmode="numeric"
                  id={i === 0 ? id : `${id}-${i + 1}`}
                  name={`${name}.${i + 1}`}
                  value={value(`${name}.${i + 1}`)}
                  autocomplete="off"
                  aria-describedby={describedBy}
                  aria-invalid={input.invalid}
                />
              </div>
            ))}
          </div>
        </div>
      );
      break;
    case 'stones':
      body = (
        <div
          class="teller-widget"
          data-widget="stones"
          data-x={loc(q.x, lang)}
          data-y={loc(q.y, lang)}
          data-stones={JSON.stringify(q.stones.map((s) => [s.key, loc(s.text, lang)]))}
        >
          <div class="teller-fallback">
            <p class="teller-hint">{t.stonesFallback}</p>
            {q.stones.map((stone, i) => (
              <fieldset class="teller-stone-fallback">
                <legend class="teller-stone-fallback__legend">{loc(stone.text, lang)}</legend>
                {(['x', 'y'] as const).map((axis) => {
                  const fid = i === 0 && axis === 'x' ? id : `${id}-${stone.key}-${axis}`;
                  return (
                    <div class="teller-pair">
                      <label class="teller-pair__label" for={fid}>
                        {loc(q[axis], lang)}
                      </label>
                      <input
                        class="teller-input teller-input--number"
                        type="text"
                        inputmode="numeric"
                        id={fid}
                        name={`${name}.${stone.key}.${axis}`}
                        value={value(`${name}.${stone.key}.${axis}`)}
                        autocomplete="off"
                        aria-describedby={describedBy}
                        aria-invalid={input.invalid}
                      />
                    </div>
                  );
                })}
              </fieldset>
            ))}
          </div>
        </div>
      );
      break;
  }

  return (
    <fieldset class={`teller-question${error ? ' teller-question--invalid' : ''}`} id={`${id}-group`} data-field={name} data-type={q.type}>
      <legend class="teller-question__legend" id={`${id}-legend`}>
        {loc(q.text, lang)}
        {q.required ? null : <span class="teller-optional">{` ${t.optional}`}</span>}
      </legend>
      {q.help ? (
        <p class="teller-help" id={helpId}>
          {loc(q.help, lang)}
        </p>
      ) : null}
      {error ? (
        <p class="teller-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {body}
      {na}
    </fieldset>
  );
}
