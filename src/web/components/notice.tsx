// A message about the page as a whole (Utrecht alert): "saved" (ok), information, a warning, or
// an error that belongs to no single field. Errors are announced at once (role="alert"); the
// others politely (role="status").
import type { Child } from 'hono/jsx';

type NoticeKind = 'ok' | 'info' | 'warning' | 'error';

interface NoticeProps {
  kind?: NoticeKind;
  id?: string;
  /** A heading above the message. */
  title?: Child;
  /** The heading's level: 2 on its own, 3 inside a section. */
  level?: 2 | 3;
  /** Wrap the message in a paragraph (default); false for content with its own blocks. */
  paragraph?: boolean;
  children?: Child;
}

export function Notice({ kind = 'ok', id, title, level = 2, paragraph = true, children }: NoticeProps) {
  return (
    <div class={`utrecht-alert utrecht-alert--${kind} duiding-alert`} role={kind === 'error' ? 'alert' : 'status'} id={id}>
      {title ? level === 2 ? <h2 class="utrecht-heading-2">{title}</h2> : <h3 class="utrecht-heading-3">{title}</h3> : null}
      {paragraph ? <p class="utrecht-paragraph">{children}</p> : children}
    </div>
  );
}

/**
 * What a GET form's filter could not use (a period that is no date, an unknown answer): an error
 * notice listing the problems, already in the page's language; nothing when there are none.
 */
export function ProblemsNotice({ id, title, problems }: { id: string; title: Child; problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <Notice kind="error" id={id} title={title} level={3} paragraph={false}>
      <ul class="utrecht-unordered-list">
        {problems.map((p) => (
          <li>{p}</li>
        ))}
      </ul>
    </Notice>
  );
}
