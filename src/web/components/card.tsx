// A titled block of a page (a "card"): a section named by its heading, so screen readers list it
// as a region with that name.
import type { Child } from 'hono/jsx';

export function Card({ id, title, class: extra, children }: { id: string; title: Child; class?: string; children?: Child }) {
  return (
    <section class={['duiding-card', extra ?? ''].filter(Boolean).join(' ')} aria-labelledby={id}>
      <h2 class="utrecht-heading-2" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}
