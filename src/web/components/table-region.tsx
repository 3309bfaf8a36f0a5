// A data table in its own scroll container, so a wide table scrolls by itself and never widens
// the page (issue 17: every page fits 320 px). The container is a focusable region named by the
// table's caption: keyboard users can scroll it with the arrow keys, and screen readers announce
// it as "<caption>, region". Use it for every data table in src/web/pages.
import type { Child } from 'hono/jsx';

export interface TableRegionProps {
  /** The table's caption; it also names the region (aria-labelledby). */
  caption: Child;
  /** Extra classes on the <table> (the Utrecht table classes are always there). */
  tableClass?: string;
  /** Extra classes on the <caption>, e.g. duiding-visually-hidden. */
  captionClass?: string;
  /** Extra classes on the region, e.g. duiding-pack__block. */
  class?: string;
  /** A stable id for the caption; without one a unique id is made up. */
  id?: string;
  /** An id on the <table> itself, for a link that jumps to it (a map's "show as table"); it can take focus. */
  tableId?: string;
  /** The table's <thead>, <tbody> and <tfoot>. */
  children?: Child;
}

let made = 0;

/** Unique within a process, so within every page: two tables on a page never share a name. */
function nextId(): string {
  made = (made + 1) % Number.MAX_SAFE_INTEGER;
  return `tabel-${made}`;
}

export function TableRegion({ caption, tableClass, captionClass, class: regionClass, id, tableId, children }: TableRegionProps) {
  const captionId = id ?? nextId();
  return (
    <div class={['duiding-table-region', regionClass].filter(Boolean).join(' ')} role="region" tabindex={0} aria-labelledby={captionId}>
      <table class={['utrecht-table', 'utrecht-table--html-table', tableClass].filter(Boolean).join(' ')} id={tableId} tabindex={tableId ? -1 : undefined}>
        <caption id={captionId} class={['utrecht-table__caption', captionClass].filter(Boolean).join(' ')}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

interface Column {
  label: Child;
  /** Right-aligned figures (Utrecht's numeric column). */
  numeric?: boolean;
  /** A column heading only screen readers hear (e.g. above a column of buttons). */
  hidden?: boolean;
}

/** The head row of a data table: one column heading (scope="col") per column. */
export function TableHead({ columns }: { columns: (Column | Child)[] }) {
  const column = (c: Column | Child): Column => (c !== null && typeof c === 'object' && 'label' in c ? (c as Column) : { label: c as Child });
  return (
    <thead class="utrecht-table__header">
      <tr class="utrecht-table__row">
        {columns.map(column).map((c) => (
          <th class={`utrecht-table__header-cell${c.numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`} scope="col">
            {c.hidden ? <span class="duiding-visually-hidden">{c.label}</span> : c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
