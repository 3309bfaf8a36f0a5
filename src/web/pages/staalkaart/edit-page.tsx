// Editing one domain's row of the staalkaart (staalkaart.write).
import type { StaalkaartRow } from '../../../services/staalkaart.ts';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, problemsOf } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export function StaalkaartEditPage({ view, row, problems }: { view: View; row: StaalkaartRow; problems?: string[] }) {
  const m = view.t.monitor.staalkaart;
  const name = view.t.opgaven.domains[row.domain] ?? row.domain;
  return (
    <Layout view={view} title={m.editTitle(name)} current="staalkaart">
      <h1 class="utrecht-heading-1">{m.editTitle(name)}</h1>
      <p class="utrecht-paragraph">{m.editIntro}</p>
      <ErrorSummary problems={problemsOf({ '': problems ?? [] })} lang={view.lang} title={m.errorTitle} />
      <form method="post" action={`/staalkaart/${row.domain}/bewerken`}>
        <CsrfField token={view.session?.csrfToken} />
        <TextField id="legal_basis" name="legal_basis" label={m.legalBasis} value={row.legalBasis} maxlength={300} required />
        <ChoiceGroup
          id="room"
          name="room"
          kind="radio"
          legend={m.room}
          value={row.room}
          options={(['groot', 'beperkt', 'klein'] as const).map((room) => ({ value: room, label: m.rooms[room] }))}
        />
        <TextField id="room_explanation" name="room_explanation" label={m.explanation} value={row.explanation[view.lang]} maxlength={300} required />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {m.save}
        </button>{' '}
        <a class="utrecht-link utrecht-link--html-a" href="/staalkaart">
          {m.cancel}
        </a>
      </form>
    </Layout>
  );
}
