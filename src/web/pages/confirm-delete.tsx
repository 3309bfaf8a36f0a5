// Every delete posts first without "bevestigd": this page repeats the form with it, so nothing is
// removed by one stray click (opgaven, statements, dialogues, actions).
import { HiddenFields } from '../components/buttons.tsx';
import { CsrfField } from '../components/csrf-field.tsx';
import { Layout, type NavKey } from '../layout.tsx';
import type { View } from '../view.ts';

export function ConfirmPage({
  view,
  current,
  action,
  message,
  fields,
  back,
}: {
  view: View;
  current: NavKey;
  action: string;
  message: string;
  fields: Record<string, string>;
  back: string;
}) {
  const o = view.t.opgaven.confirm;
  return (
    <Layout view={view} title={o.title} current={current}>
      <h1 class="utrecht-heading-1">{o.title}</h1>
      <p class="utrecht-paragraph">{message}</p>
      <p class="utrecht-paragraph">
        <strong>{o.cannotUndo}</strong>
      </p>
      <form method="post" action={action} class="duiding-inline-form">
        <CsrfField token={view.session?.csrfToken} />
        <HiddenFields fields={{ ...fields, bevestigd: 'ja' }} />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {o.yes}
        </button>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={back}>
          {view.t.opgaven.cancel}
        </a>
      </p>
    </Layout>
  );
}
