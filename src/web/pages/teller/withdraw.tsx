// /intrekken: type the withdrawal code → confirm → the story is deleted (or "code niet gevonden").
import { HiddenFields } from '../../components/buttons.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { TellerLayout, type TellerLayoutProps } from '../../teller/teller-layout.tsx';

export type WithdrawState =
  | { step: 'form'; code?: string; error?: string }
  | { step: 'confirm'; code: string }
  | { step: 'done' }
  | { step: 'not-found'; code: string };

export function WithdrawPage({ frame, state, csrfToken }: { frame: Omit<TellerLayoutProps, 'children' | 'title'>; state: WithdrawState; csrfToken?: string }) {
  const w = frame.t.withdraw;
  const action = `/intrekken${frame.lang === 'nl' ? '' : `?lang=${frame.lang}`}`;
  const csrf = <CsrfField token={csrfToken} />;
  const title = state.step === 'confirm' ? w.confirmTitle : state.step === 'done' ? w.doneTitle : state.step === 'not-found' ? w.notFoundTitle : w.title;
  const codeForm = (code: string, error?: string) => (
    <form method="post" action={action} class="teller-form" novalidate>
      {csrf}
      <HiddenFields fields={{ stap: 'controleer' }} />
      <div class="teller-field">
        <label class="teller-label" for="intrekcode">
          {w.code}
        </label>
        <p class="teller-help" id="intrekcode-help">
          {w.codeHelp}
        </p>
        {error ? (
          <p class="teller-error" id="intrekcode-error">
            {error}
          </p>
        ) : null}
        <input
          class="teller-input teller-input--code"
          type="text"
          id="intrekcode"
          name="code"
          value={code}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          autofocus={Boolean(error)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'intrekcode-error intrekcode-help' : 'intrekcode-help'}
        />
      </div>
      <button type="submit" class="teller-button teller-button--primary">
        {w.next}
      </button>
    </form>
  );
  return (
    <TellerLayout {...frame} title={title}>
      <h1 class="teller-title" id="intrekken-titel" tabindex={-1} autofocus={state.step !== 'form'}>
        {title}
      </h1>
      {state.step === 'form' ? (
        <>
          <p class="teller-paragraph">{w.intro}</p>
          {codeForm(state.code ?? '', state.error)}
        </>
      ) : null}
      {state.step === 'confirm' ? (
        <>
          <p class="teller-paragraph">{w.confirm}</p>
          <p class="teller-code">{state.code}</p>
          <form method="post" action={action} class="teller-actions">
            {csrf}
            <HiddenFields fields={{ stap: 'verwijder', code: state.code }} />
            <button type="submit" class="teller-button teller-button--danger">
              {w.confirmButton}
            </button>
            <a class="teller-link teller-actions__cancel" href={action}>
              {w.cancel}
            </a>
          </form>
        </>
      ) : null}
      {state.step === 'done' ? (
        <p class="teller-paragraph" role="status">
          {w.done}
        </p>
      ) : null}
      {state.step === 'not-found' ? (
        <>
          <p class="teller-paragraph">{w.notFound}</p>
          {codeForm(state.code)}
        </>
      ) : null}
    </TellerLayout>
  );
}
