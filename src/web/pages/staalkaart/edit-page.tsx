// Editing one domain's row of the staalkaart (staalkaart.write).
import type { StaalkaartRow } from '../../../services/staalkaart.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export function StaalkaartEditPage({ view, row, problems }: { view: View; row: StaalkaartRow; problems?: string[] }) {
  const m = view.t.monitor.staalkaart;
  const name = view.t.opgaven.domains[row.domain] ?? row.domain;
  return (
    <Layout view={view} title={m.editTitle(name)} current="staalkaart">
      <h1 class="utrecht-heading-1">{m.editTitle(name)}</h1>
      <p class="utrecht-paragraph">{m.editIntro}</p>
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
      <form method="post" action={`/staalkaart/${row.domain}/bewerken`}>
        <input type="hidden" name="_csrf" value={view.session!.csrfToken} />
        <p class="utrecht-form-field">
          <label class="utrecht-form-label" for="legal_basis">{m.legalBasis}</label>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="legal_basis" name="legal_basis" value={row.legalBasis} maxlength={300} required />
        </p>
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{m.room}</legend>
          {(['groot', 'beperkt', 'klein'] as const).map((room) => (
            <div class="utrecht-form-field utrecht-form-field--radio">
              <input class="utrecht-radio-button" type="radio" id={`room-${room}`} name="room" value={room} checked={row.room === room} />
              <label class="utrecht-form-label utrecht-form-label--radio" for={`room-${room}`}>{m.rooms[room]}</label>
            </div>
          ))}
        </fieldset>
        <p class="utrecht-form-field">
          <label class="utrecht-form-label" for="room_explanation">{m.explanation}</label>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="room_explanation" name="room_explanation" value={row.explanation[view.lang]} maxlength={300} required />
        </p>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">{m.save}</button>{' '}
        <a class="utrecht-link utrecht-link--html-a" href="/staalkaart">{m.cancel}</a>
      </form>
    </Layout>
  );
}
