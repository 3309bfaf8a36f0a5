// A page with only a heading and a message: no access, not found.
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';

export function MessagePage({ view, title, message }: { view: View; title: string; message: string }) {
  return (
    <Layout view={view} title={title} current={null}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{message}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href="/">
          {view.t.errors.backHome}
        </a>
      </p>
    </Layout>
  );
}
